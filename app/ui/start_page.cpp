#include "app/ui/start_page.h"

#include <QFileInfo>
#include <QFont>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace seg {

namespace {

struct Step
{
    const char *title;
    const char *text;
};

// The tour: the three things a marketer does with SegmentScope, in order.
constexpr Step kSteps[] = {
    {QT_TRANSLATE_NOOP("seg::StartPage", "1 of 3: Open your customer data"),
     QT_TRANSLATE_NOOP("seg::StartPage",
                       "A CSV file or an SQLite table with one row per customer (or a transaction log, one row per "
                       "purchase). SegmentScope checks every column, suggests what each one means and shows what it "
                       "will fill in or leave out before anything is computed.")},
    {QT_TRANSLATE_NOOP("seg::StartPage", "2 of 3: Find the segments"),
     QT_TRANSLATE_NOOP("seg::StartPage",
                       "Choose the number of segments k and the feature groups on the left. The map, the heatmap "
                       "and the segment table update together; the chart of k and the quality figures say how far "
                       "to trust the segmentation.")},
    {QT_TRANSLATE_NOOP("seg::StartPage", "3 of 3: Turn segments into personas"),
     QT_TRANSLATE_NOOP("seg::StartPage",
                       "Name each segment, read its persona card (traits, channels, value) and export the persona "
                       "report as a PDF. Save the project to reopen it exactly as you left it.")},
};

QPushButton *bigButton(const QString &text, const QString &description, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setMinimumHeight(48);
    QFont font = button->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    button->setFont(font);
    button->setToolTip(description);
    button->setAccessibleDescription(description);
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Start page"));
    auto *title = new QLabel(tr("SegmentScope"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.0);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Turn behavioural customer data into segments you can act on."), this);
    subtitle->setWordWrap(true);

    m_open = bigButton(tr("&Open your customer data…"),
                       tr("A CSV file, an SQLite database or a SegmentScope project"), this);
    m_demo = bigButton(tr("Try the &demo"), tr("50,000 synthetic customers of an online shop"), this);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openRequested);
    connect(m_demo, &QPushButton::clicked, this, &StartPage::demoRequested);

    m_recentTitle = new QLabel(tr("&Recent projects"), this);
    QFont bold = m_recentTitle->font();
    bold.setBold(true);
    m_recentTitle->setFont(bold);
    m_recent = new QListWidget(this);
    m_recent->setAccessibleName(tr("Recent projects"));
    m_recent->setMaximumHeight(160);
    m_recentTitle->setBuddy(m_recent);
    connect(m_recent, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT recentRequested(item->data(Qt::UserRole).toString()); });

    // The tour, in a framed box with its own buttons.
    m_tour = new QFrame(this);
    static_cast<QFrame *>(m_tour)->setFrameShape(QFrame::StyledPanel);
    m_tour->setAccessibleName(tr("Tour"));
    m_stepTitle = new QLabel(m_tour);
    m_stepTitle->setFont(bold);
    m_stepText = new QLabel(m_tour);
    m_stepText->setWordWrap(true);
    m_stepText->setMinimumHeight(m_stepText->fontMetrics().lineSpacing() * 4);
    m_next = new QPushButton(m_tour);
    auto *dismiss = new QPushButton(tr("Dismiss the tour"), m_tour);
    connect(m_next, &QPushButton::clicked, this, &StartPage::nextStep);
    connect(dismiss, &QPushButton::clicked, this, [this] {
        setTourVisible(false);
        Q_EMIT tourDismissed();
    });
    auto *tourButtons = new QHBoxLayout;
    tourButtons->addStretch();
    tourButtons->addWidget(dismiss);
    tourButtons->addWidget(m_next);
    auto *tourLayout = new QVBoxLayout(m_tour);
    tourLayout->addWidget(m_stepTitle);
    tourLayout->addWidget(m_stepText);
    tourLayout->addLayout(tourButtons);

    // A centred column of readable width.
    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(16);
    column->addWidget(m_open);
    column->addWidget(m_demo);
    column->addSpacing(16);
    column->addWidget(m_recentTitle);
    column->addWidget(m_recent);
    column->addSpacing(16);
    column->addWidget(m_tour);
    column->addStretch();
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 3);
    outer->addStretch(1);
    setTabOrder(m_open, m_demo);
    setTabOrder(m_demo, m_recent);
    setTabOrder(m_recent, m_next);
    setTabOrder(m_next, dismiss);

    setRecentProjects({});
    showStep();
}

int StartPage::stepCount()
{
    return int(std::size(kSteps));
}

void StartPage::setRecentProjects(const QStringList &projects)
{
    m_recent->clear();
    for (const QString &path : projects) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_recentTitle->setVisible(!projects.isEmpty());
    m_recent->setVisible(!projects.isEmpty());
}

void StartPage::setTourVisible(bool visible)
{
    m_step = 0;
    showStep();
    m_tour->setVisible(visible);
}

bool StartPage::isTourVisible() const
{
    return !m_tour->isHidden();
}

void StartPage::nextStep()
{
    if (m_step + 1 >= stepCount()) {
        setTourVisible(false);
        Q_EMIT tourDismissed();
        return;
    }
    ++m_step;
    showStep();
}

void StartPage::showStep()
{
    const Step &step = kSteps[m_step];
    m_stepTitle->setText(tr(step.title));
    m_stepText->setText(tr(step.text));
    m_next->setText(m_step + 1 < stepCount() ? tr("&Next") : tr("Do&ne"));
    m_stepText->setAccessibleName(m_stepTitle->text());
}

} // namespace seg
