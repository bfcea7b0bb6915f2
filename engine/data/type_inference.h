#pragma once
// The rules that give an imported text column its type (boolean, date, categorical or
// identifier) from its distinct values, as docs/data-import.md describes them. TableBuilder
// applies them once a column has been read; they are plain functions so that the rules can be
// read, and tested, apart from the bookkeeping of the import.

#include "engine/data/cell_parsers.h"
#include "engine/data/table.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace seg {

/// Text columns with more distinct values than this are identifiers, never categorical.
constexpr std::size_t kMaxCategoricalLevels = 1000;

/// What the distinct values (levels) of a text column look like, for inferTextType().
struct LevelSurvey
{
    /// Every level is a boolean word (true/false, yes/no, t/f, y/n; not 1/0); false without levels.
    bool allBoolean = false;
    /// Every level is a date, all in the same layout (YYYYMMDD not counted); false without levels.
    bool allDates = false;
    /// The date layout most levels use (on ties the first in DateFormat's order); None when no
    /// level is a date.
    DateFormat dominantDate = DateFormat::None;
    /// How many levels are dates in the dominantDate layout.
    std::size_t dominantDateCount = 0;
    /// When at least half of the levels are dates in the dominant layout but not all are: the
    /// index of the first level that is not; the number of levels otherwise. It lets a warning
    /// say which value kept a date-like column from being read as dates.
    std::size_t strayNonDate = 0;
    /// The order slash dates were read in: what the levels show (DayMonthEvidence), else the fallback.
    DayMonthOrder dateOrder = DayMonthOrder::MonthFirst;
    /// True when some level showed the order (a day above 12); false when the fallback was used.
    bool dateOrderShown = false;
};

/// Surveys `levels` (the distinct non-missing texts of one column, in any order). Slash dates
/// are read day first or month first as the levels show (a number above 12 says which), in
/// `dateOrder` when nothing shows it.
LevelSurvey surveyLevels(const std::vector<std::string> &levels, DayMonthOrder dateOrder = DayMonthOrder::MonthFirst);

/// The type of a text column whose type is inferred (not forced), in this order: Boolean when
/// survey.allBoolean, Date when survey.allDates, Categorical when it has at most
/// kMaxCategoricalLevels levels and at most one level per two non-missing cells, else Identifier.
ColumnType inferTextType(const LevelSurvey &survey, std::size_t levelCount, std::size_t nonMissing);

/// When every present number of `numbers` (NaN = missing; at least one present) is a date written
/// YYYYMMDD (compactDateValue): replaces each by its days since 1970-01-01 and returns true. Leaves
/// `numbers` unchanged and returns false otherwise. The rule that reads 19970101 as a date.
bool compactDatesToDays(std::vector<double> &numbers);

/// Integers with at least this many digits are codes rather than amounts when a whole column
/// holds them and some cannot be stored exactly (the big-integer rule, docs/data-import.md).
constexpr std::size_t kMinCodeDigits = 16;

/// True for `text` (surrounding spaces and tabs ignored) made only of digits, at least
/// kMinCodeDigits of them: a card, account or tracking number rather than an amount.
bool isLongDigitCode(std::string_view text);

/// How a text that is not a plain number is still written like one.
enum class NumberStyle {
    None, ///< a plain number (parseNumber() reads it), or not a number at all
    DecimalComma, ///< sign, digits, one ',' and digits: "1,5", "-0,25"; also "12,345" (ambiguous)
    ThousandsSeparators, ///< digits grouped in threes: "1,234.50", "12,345,678", "1.234,56"
    Decorated, ///< currency or percent signs, apostrophes: "$5", "12 %", "€3" (looksLikeDecoratedNumber)
};
NumberStyle numberStyle(std::string_view text);

/// What a style looks like, for messages, in the user's language: "a decimal comma" ("a decimal
/// comma or a thousands separator" for "12,345"), "thousands separators", "a currency or percent
/// sign"; `text` is the example shown with it. The words follow "looks like numbers with".
std::string describeNumberStyle(NumberStyle style, std::string_view text);

/// True for a DecimalComma text whose comma may as well separate thousands: three digits follow
/// it ("12,345").
bool commaMayGroupThousands(std::string_view text);

/// The value of a DecimalComma text read with ',' as the decimal mark ("1,5" is 1.5).
double decimalCommaValue(std::string_view text);

/// True for text that a person reads as a number but that is not a plain number: a number with
/// currency signs ($, €, £, ¥), percent signs, thousands separators or apostrophes, such as
/// "1,200", "$5", "12 %", "1.234,56" or "€3". Such values are never converted (parseNumber()
/// rejects them); this only words a warning.
bool looksLikeDecoratedNumber(std::string_view text);

/// True for a text column (categorical or identifier) most of whose present cells are numbers
/// but some are not: a numeric column with bad cells. Numbers written with a decimal comma,
/// thousands separators or currency signs (seg::numberStyle) count as numbers here, and make the
/// column such a column. The role suggestion (column_roles.h) makes such columns numeric features and prepare() rejects them
/// naming the cells (or how the numbers are written), rather than leave them out silently.
bool looksNumericWithText(const Column &column);

} // namespace seg
