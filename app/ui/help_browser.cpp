#include "app/ui/help_browser.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QShortcut>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

namespace seg {

HelpBrowser::HelpBrowser(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("SegmentScope user guide"));
    setWindowFlag(Qt::WindowContextHelpButtonHint, false);
    resize(900, 700);

    m_browser = new QTextBrowser(this);
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setSearchPaths({QStringLiteral(":/help")});
    // Links to the other guides stay inside; web addresses open in the browser.
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")
            || url.scheme() == QLatin1String("mailto")) {
            QDesktopServices::openUrl(url);
            return;
        }
        const QUrl target = m_browser->source().resolved(url);
        if (target.fileName().endsWith(QLatin1String(".md")))
            m_browser->setSource(target, QTextDocument::MarkdownResource);
        else
            m_browser->setSource(target);
    });

    auto *back = new QToolButton(this);
    back->setText(tr("Back"));
    back->setAccessibleName(tr("Back"));
    back->setShortcut(QKeySequence::Back);
    back->setEnabled(false);
    connect(back, &QToolButton::clicked, m_browser, &QTextBrowser::backward);
    connect(m_browser, &QTextBrowser::backwardAvailable, back, &QWidget::setEnabled);
    auto *forward = new QToolButton(this);
    forward->setText(tr("Forward"));
    forward->setAccessibleName(tr("Forward"));
    forward->setShortcut(QKeySequence::Forward);
    forward->setEnabled(false);
    connect(forward, &QToolButton::clicked, m_browser, &QTextBrowser::forward);
    connect(m_browser, &QTextBrowser::forwardAvailable, forward, &QWidget::setEnabled);
    auto *home = new QToolButton(this);
    home->setText(tr("Contents"));
    home->setAccessibleName(tr("Contents"));
    connect(home, &QToolButton::clicked, this,
            [this] { m_browser->setSource(startPage(), QTextDocument::MarkdownResource); });

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find in the guide"));
    m_search->setAccessibleName(tr("Find in the guide"));
    m_search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    connect(m_search, &QLineEdit::returnPressed, this, [this] { find(m_search->text()); });
    auto *findShortcut = new QShortcut(QKeySequence::Find, this);
    connect(findShortcut, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(back);
    bar->addWidget(forward);
    bar->addWidget(home);
    bar->addStretch();
    bar->addWidget(searchLabel);
    bar->addWidget(m_search);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_browser);

    m_browser->setSource(startPage(), QTextDocument::MarkdownResource);
}

QUrl HelpBrowser::startPage()
{
    // A translated guide (user-guide.de.md) where the interface's language has one.
    const QString language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    const QString translated = QStringLiteral(":/help/user-guide.%1.md").arg(language);
    if (QFile::exists(translated))
        return QUrl(QStringLiteral("qrc") + translated);
    return QUrl(QStringLiteral("qrc:/help/user-guide.md"));
}

bool HelpBrowser::find(const QString &text)
{
    if (text.isEmpty())
        return false;
    if (m_browser->find(text))
        return true;
    // Wrap around once.
    QTextCursor top = m_browser->textCursor();
    top.movePosition(QTextCursor::Start);
    m_browser->setTextCursor(top);
    return m_browser->find(text);
}

} // namespace seg
