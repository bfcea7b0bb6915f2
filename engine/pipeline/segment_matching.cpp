#include "engine/pipeline/segment_matching.h"

#include "engine/core/error.h"

#include <algorithm>
#include <cassert>
#include <limits>
#include <set>

namespace seg {

std::vector<int> hungarian(const std::vector<double> &cost, int n)
{
    // The O(n^3) shortest-augmenting-path form with potentials (Jonker & Volgenant, 1987,
    // as usually presented for the assignment problem); 1-based internally.
    assert(cost.size() == static_cast<std::size_t>(n) * static_cast<std::size_t>(n));
    const double inf = std::numeric_limits<double>::infinity();
    const auto N = static_cast<std::size_t>(n);
    std::vector<double> u(N + 1, 0.0), v(N + 1, 0.0);
    std::vector<std::size_t> p(N + 1, 0), way(N + 1, 0);
    for (std::size_t i = 1; i <= N; ++i) {
        p[0] = i;
        std::size_t j0 = 0;
        std::vector<double> minv(N + 1, inf);
        std::vector<char> used(N + 1, 0);
        do {
            used[j0] = 1;
            const std::size_t i0 = p[j0];
            double delta = inf;
            std::size_t j1 = 0;
            for (std::size_t j = 1; j <= N; ++j) {
                if (used[j])
                    continue;
                const double cur = cost[(i0 - 1) * N + (j - 1)] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (std::size_t j = 0; j <= N; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const std::size_t j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    std::vector<int> column(N, -1);
    for (std::size_t j = 1; j <= N; ++j)
        if (p[j] != 0)
            column[p[j] - 1] = static_cast<int>(j - 1);
    return column;
}

std::vector<int> matchSegments(const SegmentMembership &previous, const SegmentMembership &next)
{
    if (!previous.labels || !previous.rows || !next.labels || !next.rows
        || previous.labels->size() != previous.rows->size() || next.labels->size() != next.rows->size())
        throw Error(ErrorKind::Usage, Text::tr("segment matching needs a label for every customer"));
    const auto kp = static_cast<std::size_t>(std::max(previous.count, 0));
    const auto kn = static_cast<std::size_t>(std::max(next.count, 0));
    std::vector<int> match(kn, -1);
    if (kp == 0 || kn == 0)
        return match;

    // Shared customers per (previous, next) pair: a merge over the ascending table rows.
    std::vector<std::size_t> shared(kp * kn, 0);
    std::vector<std::size_t> sizePrevious(kp, 0), sizeNext(kn, 0);
    const Labels &lp = *previous.labels, &ln = *next.labels;
    const std::vector<std::size_t> &rp = *previous.rows, &rn = *next.rows;
    for (const std::int32_t l : lp)
        if (l >= 0 && static_cast<std::size_t>(l) < kp)
            ++sizePrevious[static_cast<std::size_t>(l)];
    for (const std::int32_t l : ln)
        if (l >= 0 && static_cast<std::size_t>(l) < kn)
            ++sizeNext[static_cast<std::size_t>(l)];
    for (std::size_t i = 0, j = 0; i < rp.size() && j < rn.size();) {
        if (rp[i] < rn[j]) {
            ++i;
        } else if (rn[j] < rp[i]) {
            ++j;
        } else {
            const std::int32_t a = lp[i], b = ln[j];
            if (a >= 0 && b >= 0 && static_cast<std::size_t>(a) < kp && static_cast<std::size_t>(b) < kn)
                ++shared[static_cast<std::size_t>(a) * kn + static_cast<std::size_t>(b)];
            ++i;
            ++j;
        }
    }

    // Maximise the shared total: minimise its negation on a square matrix padded with zeros.
    const std::size_t m = std::max(kp, kn);
    std::vector<double> cost(m * m, 0.0);
    for (std::size_t a = 0; a < kp; ++a)
        for (std::size_t b = 0; b < kn; ++b)
            cost[b * m + a] = -static_cast<double>(shared[a * kn + b]);
    const std::vector<int> pairing = hungarian(cost, static_cast<int>(m));
    for (std::size_t b = 0; b < kn; ++b) {
        const int a = pairing[b];
        if (a < 0 || static_cast<std::size_t>(a) >= kp)
            continue;
        const std::size_t common = shared[static_cast<std::size_t>(a) * kn + b];
        const std::size_t smaller = std::min(sizePrevious[static_cast<std::size_t>(a)], sizeNext[b]);
        if (common > 0 && 2 * common >= smaller)
            match[b] = a;
    }
    return match;
}

std::vector<int> segmentKeys(const std::vector<int> &match, const std::vector<int> &previousKeys,
                             const std::vector<int> &reserved)
{
    std::vector<int> keys(match.size(), -1);
    std::set<int> taken(reserved.begin(), reserved.end());
    for (std::size_t s = 0; s < match.size(); ++s) {
        const int m = match[s];
        if (m >= 0 && static_cast<std::size_t>(m) < previousKeys.size()) {
            keys[s] = previousKeys[static_cast<std::size_t>(m)];
            taken.insert(keys[s]);
        }
    }
    int next = 0;
    for (int &key : keys) {
        if (key >= 0)
            continue;
        while (taken.count(next))
            ++next;
        key = next;
        taken.insert(next);
    }
    return keys;
}

} // namespace seg
