#include "engine/eval/quality.h"

#include "engine/eval/metrics.h"

#include <string>
#include <unordered_map>

namespace seg {

QualityReport assessQuality(const Matrix &x, const Labels &labels, std::size_t silhouetteSample,
                            std::uint64_t seed, const Labels *truth, const Progress &progress)
{
    QualityReport report;
    report.inertia = inertia(x, labels);
    report.daviesBouldin = daviesBouldin(x, labels);
    report.calinskiHarabasz = calinskiHarabasz(x, labels);
    const std::size_t sample = silhouetteSample >= static_cast<std::size_t>(x.rows()) ? 0 : silhouetteSample;
    report.silhouette = silhouette(x, labels, sample, seed, progress);
    if (truth) {
        report.ari = adjustedRandIndex(*truth, labels);
        report.nmi = normalizedMutualInfo(*truth, labels);
    }
    return report;
}

Labels encodeLabels(const Column &column, const std::vector<std::size_t> &rows)
{
    Labels codes;
    codes.reserve(rows.size());
    std::unordered_map<std::string, std::int32_t> seen;
    for (const std::size_t row : rows) {
        const auto [it, inserted] = seen.try_emplace(column.cellText(row), static_cast<std::int32_t>(seen.size()));
        codes.push_back(it->second);
    }
    return codes;
}

} // namespace seg
