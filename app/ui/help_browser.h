#pragma once
// Help › User guide: the guides of docs/ (embedded under :/help), shown offline with working
// links between them, back and forward, and a search field.

#include <QDialog>
#include <QUrl>

class QLineEdit;
class QTextBrowser;

namespace seg {

class HelpBrowser : public QDialog
{
    Q_OBJECT
public:
    explicit HelpBrowser(QWidget *parent = nullptr);

    /// The guide shown first: the user guide in the interface's language where one exists.
    static QUrl startPage();
    QTextBrowser *browser() const { return m_browser; }
    /// Finds the next occurrence of `text` (from the top after the last); false when none.
    bool find(const QString &text);

private:
    QTextBrowser *m_browser = nullptr;
    QLineEdit *m_search = nullptr;
};

} // namespace seg
