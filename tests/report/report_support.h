#pragma once
// Reading back what the report writes, with the tools a reader would use: pdfinfo and pdftotext
// (poppler-utils) for the PDF, unzip for the workbook (an XLSX file is a zip of XML parts).

#include <QByteArray>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace seg::test {

/// Standard output of `program arguments` (empty when it fails to run or exits non-zero).
inline QByteArray runTool(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return p.readAllStandardOutput();
}

/// The page count pdfinfo reports, -1 when it reports none.
inline int pdfPages(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

/// pdfinfo's "Page size" line.
inline QString pdfPageSize(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("^Page size:\\s+(.*)$"),
                                                         QRegularExpression::MultilineOption)
                                          .match(info);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

/// The text of page `page` (1-based; 0: every page) as pdftotext extracts it, with runs of
/// white space made one space.
inline QString pdfText(const QString &path, int page = 0)
{
    QStringList args;
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    args << path << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), args)).simplified();
}

/// `text` without any white space: a label wrapped on the page ("high-" / "acquisition") and
/// the label itself compare equal.
inline QString squeezed(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("\\s")));
    return text;
}

/// The cells of one worksheet of an XLSX file: reference ("B2") -> value as text (numbers as
/// written, strings inline or from the shared strings).
inline QMap<QString, QString> xlsxCells(const QString &path, int sheet)
{
    QStringList shared;
    {
        QXmlStreamReader xml(runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), path, QStringLiteral("xl/sharedStrings.xml")}));
        QString current;
        bool inSi = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inSi) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared << current;
                inSi = false;
            }
        }
    }
    QMap<QString, QString> cells;
    QXmlStreamReader xml(runTool(QStringLiteral("unzip"),
                                 {QStringLiteral("-p"), path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(sheet)}));
    QString ref, type, value;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("c")) {
            ref = xml.attributes().value(QLatin1String("r")).toString();
            type = xml.attributes().value(QLatin1String("t")).toString();
            value.clear();
        } else if (xml.isStartElement() && (xml.name() == QLatin1String("v") || xml.name() == QLatin1String("t"))) {
            value += xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
            cells.insert(ref, type == QLatin1String("s") ? shared.value(value.toInt()) : value);
        }
    }
    return cells;
}

/// The spreadsheet column letters of 0-based column `c` (0 -> A, 26 -> AA).
inline QString columnLetters(int c)
{
    QString out;
    for (++c; c > 0; c = (c - 1) / 26)
        out.prepend(QChar(u'A' + (c - 1) % 26));
    return out;
}

} // namespace seg::test
