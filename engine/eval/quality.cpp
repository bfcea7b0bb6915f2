#include "engine/eval/quality.h"

#include "engine/eval/metrics.h"

#include <bit>
#include <cstdint>
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
    std::unordered_map<std::string, std::int32_t> byText;
    auto codeOfText = [&](std::string text) {
        return byText.try_emplace(std::move(text), static_cast<std::int32_t>(byText.size())).first->second;
    };
    if (column.type == ColumnType::Identifier) {
        for (const std::size_t row : rows)
            codes.push_back(codeOfText(column.cellText(row)));
        return codes;
    }
    // A number's or a level's text follows from what is stored, so each distinct stored value is
    // formatted once (formatting every cell took longer than the metrics it serves).
    std::unordered_map<std::uint64_t, std::int32_t> byValue;
    for (const std::size_t row : rows) {
        const std::uint64_t key = column.isNumeric()
            ? std::bit_cast<std::uint64_t>(column.numbers[row])
            : static_cast<std::uint64_t>(static_cast<std::uint32_t>(column.codes[row]));
        auto it = byValue.find(key);
        if (it == byValue.end())
            it = byValue.emplace(key, codeOfText(column.cellText(row))).first;
        codes.push_back(it->second);
    }
    return codes;
}

} // namespace seg
