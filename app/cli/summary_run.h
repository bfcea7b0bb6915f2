#pragma once
// What segscope's commands that judge a segmentation share (sweep, stability, consensus): the
// arguments, the customers read, validated and prepared exactly as cluster does (CustomerInput),
// the --json summary with any other outputs, committed together, and the summary's common parts
// (input, spec, warnings, timings).

#include "app/cli/args.h"
#include "app/cli/customer_input.h"

#include "engine/data/column_spill.h"
#include "engine/data/table.h"
#include "engine/io/atomic_file.h"
#include "engine/prep/feature_spec.h"
#include "engine/prep/prepare.h"

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace seg::cli {

class SummaryRun
{
public:
    /// Parses `arguments` for `command`: the input options, --threads, --json, --quiet and the
    /// command's own value options and flags. `outputs` are the command's optional output files
    /// beside --json (option names, e.g. "out"). Requires --json and exactly one INPUT; sets the
    /// thread count; refuses outputs that would overwrite an input or each other (before
    /// anything is read); opens every output given.
    SummaryRun(const QStringList &arguments, const QString &command, std::set<QString> own,
               const std::set<QString> &flags = {}, const std::vector<QString> &outputs = {});

    /// Reads and prepares the input; fills the summary's input and spec, and the warnings. A
    /// large table waits on disk (prepareSpilling) while its matrix is used: `table` has no
    /// cells until tableBack().
    void read();
    /// Frees the prepared matrix and reads the table's cells back when they waited on disk;
    /// for the outputs written per customer, once the matrix is no longer needed.
    void tableBack();
    /// The file of the output option `option`, or null when it was not given.
    AtomicFile *output(const QString &option) const;
    /// Writes the summary (warnings, and `timings` with read_and_prepare added, in ms), commits it
    /// together with the other outputs, and prints the warnings.
    void finish(nlohmann::json timings);

    std::set<QString> accepted;
    Args args;
    CustomerInput customers;
    Table table;
    FeatureSpec spec;
    PreparedData prepared;
    std::optional<ColumnSpill> spill; ///< the table's cells while they wait on disk
    nlohmann::json summary;
    std::vector<std::string> warnings;
    double readMs = 0.0;

private:
    std::unique_ptr<AtomicFile> m_json;
    std::map<QString, std::unique_ptr<AtomicFile>> m_outputs;
};

} // namespace seg::cli
