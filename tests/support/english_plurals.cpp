// The explorer's tests read its English as the program shows it: the programs always install a
// translation (app/gui/main.cpp falls back on segmentscope_en.qm, which holds the English
// plural forms: "1 note on the data", "2 notes on the data"), so every GUI test installs the
// English one as its application starts.

#include <QCoreApplication>
#include <QTranslator>

namespace {

void installEnglish()
{
    static QTranslator english;
    if (english.load(QStringLiteral(SEG_ENGLISH_QM)))
        QCoreApplication::installTranslator(&english);
    else
        qFatal("cannot load the English translation %s", SEG_ENGLISH_QM);
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
