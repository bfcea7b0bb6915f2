#pragma once
// The personas as cards, one per segment: label, two sentences, size and money, channels, price
// sensitivity, risks and the user's strategy notes. Drafts are worded in the user's language
// (PersonaText); the user's edits (Document::personaEdits) replace them as typed; clicking a
// card makes its segment the current one everywhere, and the current segment's card is
// highlighted.

#include "app/core/analysis.h"
#include "app/core/document.h"
#include "widgets/segment_appearance.h"

#include <QScrollArea>

#include <memory>
#include <vector>

class QFrame;
class QVBoxLayout;

namespace seg {

class SegmentSelection;

class PersonaView : public QScrollArea
{
    Q_OBJECT
public:
    explicit PersonaView(SegmentSelection *selection, QWidget *parent = nullptr);

    void setResult(std::shared_ptr<const AnalysisResult> result);
    void setAppearance(const SegmentAppearance &appearance);
    void setEdits(const PersonaEdits &edits);

    /// Cards shown (one per segment of the result).
    int cardCount() const { return static_cast<int>(m_cards.size()); }
    /// The text a card shows for segment number `segment`, after the user's edits (label first).
    QString cardText(int segment) const;
    /// The card of segment number `segment` (null when there is none).
    QFrame *card(int segment) const
    {
        return segment >= 0 && std::size_t(segment) < m_cards.size() ? m_cards[std::size_t(segment)] : nullptr;
    }
    /// Opens the editor of segment number `segment`'s persona.
    void editPersona(int segment);

Q_SIGNALS:
    /// The user edited the persona of the segment with key `key`.
    void editRequested(int key, const seg::PersonaEdit &edit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();
    void highlight(int segment);
    const Persona *draft(int segment) const;
    PersonaEdit editOf(int segment) const;

    SegmentSelection *m_selection;
    std::shared_ptr<const AnalysisResult> m_result;
    SegmentAppearance m_appearance;
    PersonaEdits m_edits;
    QWidget *m_content = nullptr;
    QVBoxLayout *m_layout = nullptr;
    std::vector<QFrame *> m_cards;
};

} // namespace seg
