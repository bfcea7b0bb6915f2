#include "app/ui/persona_view.h"

#include "app/report/persona_text.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_selection.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <cmath>

namespace seg {

namespace {

QPixmap swatch(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return pixmap;
}

QLabel *wrapped(const QString &text)
{
    auto *label = new QLabel(text);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    return label;
}

} // namespace

PersonaView::PersonaView(SegmentSelection *selection, QWidget *parent)
    : QScrollArea(parent), m_selection(selection)
{
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setAccessibleName(tr("Personas"));
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(6, 6, 6, 6);
    m_layout->setSpacing(6);
    setWidget(m_content);
    if (m_selection)
        connect(m_selection, &SegmentSelection::currentSegmentChanged, this, &PersonaView::highlight);
}

void PersonaView::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    rebuild();
}

void PersonaView::setAppearance(const SegmentAppearance &appearance)
{
    if (appearance == m_appearance)
        return;
    m_appearance = appearance;
    rebuild();
}

void PersonaView::setEdits(const PersonaEdits &edits)
{
    if (edits == m_edits)
        return;
    m_edits = edits;
    rebuild();
}

const Persona *PersonaView::draft(int segment) const
{
    if (!m_result || !m_result->personas || segment < 0 || std::size_t(segment) >= m_result->personas->size())
        return nullptr;
    return &(*m_result->personas)[std::size_t(segment)];
}

PersonaEdit PersonaView::editOf(int segment) const
{
    const auto it = m_edits.find(m_appearance.key(segment));
    return it == m_edits.end() ? PersonaEdit {} : it->second;
}

QString PersonaView::cardText(int segment) const
{
    if (segment < 0 || std::size_t(segment) >= m_cards.size())
        return {};
    QStringList lines;
    for (const QLabel *label : m_cards[std::size_t(segment)]->findChildren<QLabel *>())
        if (!label->text().isEmpty())
            lines << label->text();
    return lines.join(QLatin1Char('\n'));
}

void PersonaView::rebuild()
{
    m_cards.clear();
    while (QLayoutItem *item = m_layout->takeAt(0))
        delete item;
    qDeleteAll(m_content->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly));
    const QLocale locale;
    const PersonaText words(locale); // drafts in the user's language
    const int count = m_result && m_result->personas ? static_cast<int>(m_result->personas->size()) : 0;
    if (count == 0) {
        auto *empty = new QLabel(tr("Personas appear here once the customers are segmented."));
        empty->setWordWrap(true);
        m_layout->addWidget(empty);
        m_layout->addStretch(1);
        return;
    }
    for (int s = 0; s < count; ++s) {
        const Persona &p = *draft(s);
        const PersonaEdit edit = editOf(s);
        auto *card = new QFrame;
        card->setObjectName(QStringLiteral("personaCard"));
        card->setFrameShape(QFrame::StyledPanel);
        card->setProperty("segment", s);
        card->setCursor(Qt::PointingHandCursor);
        card->installEventFilter(this);
        auto *layout = new QVBoxLayout(card);
        layout->setContentsMargins(8, 6, 8, 8);
        layout->setSpacing(3);

        auto *header = new QHBoxLayout;
        auto *dot = new QLabel;
        dot->setPixmap(swatch(m_appearance.color(s), 12));
        dot->setAttribute(Qt::WA_TransparentForMouseEvents);
        header->addWidget(dot);
        const QString label = edit.label.isEmpty() ? words.label(p) : edit.label;
        auto *title = new QLabel(label);
        title->setTextFormat(Qt::PlainText);
        // A long label wraps: unwrapped, its width would widen every card past the pane.
        title->setWordWrap(true);
        title->setAttribute(Qt::WA_TransparentForMouseEvents);
        QFont bold = title->font();
        bold.setBold(true);
        bold.setPointSizeF(bold.pointSizeF() * 1.1);
        title->setFont(bold);
        title->setToolTip(edit.label.isEmpty() ? tr("Drafted from the segment's strongest traits") : tr("Your label"));
        header->addWidget(title, 1);
        // The segment the card describes, by its name in the table.
        auto *segmentName = new QLabel(m_appearance.name(s));
        segmentName->setAttribute(Qt::WA_TransparentForMouseEvents);
        segmentName->setForegroundRole(QPalette::PlaceholderText);
        header->addWidget(segmentName);
        auto *editButton = new QToolButton;
        editButton->setText(tr("Edit…"));
        editButton->setToolTip(tr("Edit the label, the description and the strategy notes"));
        // Every card has one: the name says whose persona it edits.
        editButton->setAccessibleName(tr("Edit the persona of %1").arg(m_appearance.numberedName(s)));
        editButton->setAutoRaise(true);
        connect(editButton, &QToolButton::clicked, this, [this, s] { editPersona(s); });
        header->addWidget(editButton);
        layout->addLayout(header);

        layout->addWidget(wrapped(edit.description.isEmpty() ? words.description(p) : edit.description));

        QStringList figures;
        //: Persona card: customers in the segment and their share of all.
        figures << tr("%Ln customer(s) (%1)", nullptr, int(std::min<std::size_t>(p.size, INT_MAX))).arg(formatShare(locale, p.share));
        if (!std::isnan(p.revenuePerCustomer))
            //: Persona card: revenue per customer.
            figures << tr("revenue %1 per customer").arg(formatAmount(locale, p.revenuePerCustomer));
        if (!std::isnan(p.clvMean))
            //: Persona card: expected lifetime value per customer.
            figures << tr("lifetime value %1 per customer").arg(formatAmount(locale, p.clvMean));
        if (!std::isnan(p.probabilityAlive))
            figures << tr("P(alive) %1").arg(locale.toString(p.probabilityAlive, 'f', 2));
        layout->addWidget(wrapped(figures.join(QStringLiteral(" · "))));

        if (const QStringList channels = words.channels(p); !channels.isEmpty())
            layout->addWidget(wrapped(tr("Channels: %1").arg(channels.join(QStringLiteral(", ")))));
        if (const QString price = words.priceSensitivity(p); !price.isEmpty())
            layout->addWidget(wrapped(tr("Price sensitivity: %1").arg(price)));
        if (const QStringList risks = words.risks(p); !risks.isEmpty()) {
            auto *risk = wrapped(tr("Risks: %1").arg(risks.join(QStringLiteral("; "))));
            risk->setObjectName(QStringLiteral("personaRisks"));
            layout->addWidget(risk);
        }
        layout->addWidget(wrapped(edit.notes.isEmpty() ? tr("Strategy notes: none yet (Edit… to add them)")
                                                       : tr("Strategy notes: %1").arg(edit.notes)));
        m_cards.push_back(card);
        m_layout->addWidget(card);
    }
    m_layout->addStretch(1);
    highlight(m_selection ? m_selection->currentSegment() : -1);
}

void PersonaView::highlight(int segment)
{
    for (QFrame *card : m_cards) {
        const bool current = card->property("segment").toInt() == segment;
        // The palette's own highlight, so the frame reads on light and dark palettes alike.
        card->setStyleSheet(current ? QStringLiteral("QFrame#personaCard { border: 2px solid palette(highlight); "
                                                     "border-radius: 4px; }")
                                    : QStringLiteral("QFrame#personaCard { border: 1px solid palette(mid); "
                                                     "border-radius: 4px; }"));
        if (current)
            ensureWidgetVisible(card);
    }
}

bool PersonaView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease) {
        if (auto *card = qobject_cast<QFrame *>(watched); card && m_selection) {
            const int segment = card->property("segment").toInt();
            m_selection->setCurrentSegment(m_selection->currentSegment() == segment ? -1 : segment);
            return true;
        }
    } else if (event->type() == QEvent::MouseButtonDblClick) {
        if (auto *card = qobject_cast<QFrame *>(watched)) {
            editPersona(card->property("segment").toInt());
            return true;
        }
    }
    return QScrollArea::eventFilter(watched, event);
}

void PersonaView::editPersona(int segment)
{
    const Persona *p = draft(segment);
    if (!p)
        return;
    const PersonaEdit current = editOf(segment);
    const PersonaText words;
    const QString draftLabel = words.label(*p), draftDescription = words.description(*p);
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Persona of %1").arg(m_appearance.name(segment)));
    auto *form = new QFormLayout(&dialog);
    auto *label = new QLineEdit(current.label.isEmpty() ? draftLabel : current.label);
    auto *description = new QPlainTextEdit(current.description.isEmpty() ? draftDescription : current.description);
    auto *notes = new QPlainTextEdit(current.notes);
    notes->setPlaceholderText(tr("What to offer this segment, through which channel, and what to avoid"));
    form->addRow(tr("&Label:"), label);
    form->addRow(tr("&Description:"), description);
    form->addRow(tr("Strategy &notes:"), notes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    dialog.resize(480, 360);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Text equal to the draft is no edit: the draft keeps following the data.
    PersonaEdit edit;
    edit.label = label->text().trimmed() == draftLabel ? QString() : label->text().trimmed();
    edit.description = description->toPlainText().trimmed() == draftDescription
                           ? QString()
                           : description->toPlainText().trimmed();
    edit.notes = notes->toPlainText().trimmed();
    Q_EMIT editRequested(m_appearance.key(segment), edit);
}

} // namespace seg
