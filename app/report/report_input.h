#pragma once
// Everything the persona report and the workbook show, as plain values: the data set and its
// fingerprint, the segmentation with its profiles, economics, drivers and personas (with the
// user's edits), the quality metrics, the value model's fit and the segment map. The CLI fills
// it with analyseForReport() (report_analysis.h); the explorer from its current result.

#include "engine/data/table.h"
#include "engine/embed/embedding.h"
#include "engine/eval/lift_record.h"
#include "engine/eval/k_sweep.h"
#include "engine/eval/quality.h"
#include "engine/persona/persona.h"
#include "engine/pipeline/pipeline.h"
#include "engine/prep/prepare.h"
#include "engine/profile/drivers.h"
#include "engine/profile/segment_profile.h"
#include "engine/value/segment_value.h"
#include "widgets/segment_appearance.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace seg {

class PersonaText;

struct ReportInput
{
    QString dataSet;     ///< what the customers are: a file name, "demo data"
    QString fingerprint; ///< tableFingerprint() of the table
    QDateTime created;   ///< when the report was made (shown in the locale's format)

    std::shared_ptr<const Table> table;
    std::string idColumn;    ///< customer ids for the per-customer sheet; empty: row numbers
    std::string labelColumn; ///< known segments (ARI, NMI), may be empty
    std::shared_ptr<const PreparedData> prepared;
    std::shared_ptr<const Segmentation> segmentation;
    /// Names and colours as the explorer shows them (segment keys and the user's names).
    SegmentAppearance appearance;
    std::shared_ptr<const Profiles> profiles;
    std::shared_ptr<const Economics> economics; ///< with bootstrap intervals where known
    std::shared_ptr<const Drivers> drivers;
    std::shared_ptr<const Drivers> valueDrivers; ///< null without a value model
    /// One persona per segment number, as drafted (the engine's English and its facts).
    std::vector<Persona> personas;
    /// The user's persona label and description per segment number (empty: the draft's). Kept
    /// apart from the drafts, which the PDF words in its language and the tables in English.
    QStringList personaLabels;
    QStringList personaDescriptions;
    /// The user's strategy notes per segment number (empty: none).
    QStringList notes;
    QualityReport quality;
    /// The lifetime-value model (null when the table has no frequency, recency and T columns);
    /// valueNote says why when it is null, or is empty.
    std::shared_ptr<const CustomerValueModel> value;
    QString valueNote;
    /// The segment map of the prepared rows (null: the overview says it was not computed).
    std::shared_ptr<const Embedding> map;
    /// Inertia and silhouette over a range of k (empty: not measured).
    std::vector<KSweepPoint> sweep;
    /// Mean adjusted Rand index between this segmentation and `stabilityRuns` others with other
    /// seeds (nullopt: not measured).
    std::optional<double> stability;
    int stabilityRuns = 0;
    /// A campaign analysed against this segmentation (segscope lift), for the lift page; its
    /// segments must be this segmentation's.
    std::optional<LiftRecord> lift;
    /// Segments with fewer customers are suppressed in the report and the workbook (k-anonymity):
    /// their figures, persona and composition are not shown. 0: none is.
    std::size_t minSegmentSize = 10;

    int segmentCount() const { return segmentation ? segmentation->clustering.clusterCount : 0; }
    /// The customers of segment `segment` (its labels counted).
    std::size_t segmentSize(int segment) const;
    /// True when segment `segment` is smaller than minSegmentSize.
    bool suppressed(int segment) const { return segmentSize(segment) < minSegmentSize; }
    /// Persona `segment`'s label: the user's, else the draft worded by `words` (the PDF), or
    /// without `words` the engine's English (the workbook and the CSV tables).
    QString personaLabel(int segment, const PersonaText *words = nullptr) const;
    /// The same for its description.
    QString personaDescription(int segment, const PersonaText *words = nullptr) const;
    /// The segment's name in the report: the user's name, else its persona's label (worded as
    /// personaLabel), else the default "Segment N".
    QString segmentName(int segment, const PersonaText *words = nullptr) const;
    /// appearance with every segment named by segmentName() (for the painters).
    SegmentAppearance reportAppearance(const PersonaText *words = nullptr) const;
};

/// A fingerprint of a table's content: the first 16 hex digits of the SHA-256 of its column
/// names, types and every cell as text. Equal data, equal fingerprint; any changed cell changes it.
QString tableFingerprint(const Table &table);

} // namespace seg
