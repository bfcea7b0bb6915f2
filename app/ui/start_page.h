#pragma once
// The start page: what a first-time user sees when SegmentScope starts without a file. Open your
// customer data, try the demo, reopen a recent project, and a three-step tour (dismissable).

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace seg {

class StartPage : public QWidget
{
    Q_OBJECT
public:
    explicit StartPage(QWidget *parent = nullptr);

    /// Lists `projects` (paths, newest first) under "Recent projects"; hidden when empty.
    void setRecentProjects(const QStringList &projects);
    /// Shows the tour at its first step (`visible`), or hides it.
    void setTourVisible(bool visible);
    bool isTourVisible() const;
    /// The tour's step on screen, 0..stepCount()-1.
    int tourStep() const { return m_step; }
    static int stepCount();

    QPushButton *openButton() const { return m_open; }
    QPushButton *demoButton() const { return m_demo; }
    QListWidget *recentList() const { return m_recent; }

public Q_SLOTS:
    /// The tour's next step; after the last it closes as "Done" does.
    void nextStep();

Q_SIGNALS:
    void openRequested();
    void demoRequested();
    void recentRequested(const QString &path);
    /// The user finished or dismissed the tour (remembered in the preferences).
    void tourDismissed();

private:
    void showStep();

    QPushButton *m_open = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_recentTitle = nullptr;
    QListWidget *m_recent = nullptr;
    QWidget *m_tour = nullptr;
    QLabel *m_stepTitle = nullptr;
    QLabel *m_stepText = nullptr;
    QPushButton *m_next = nullptr;
    int m_step = 0;
};

} // namespace seg
