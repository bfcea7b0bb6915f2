// The campaign lift analysis (engine/eval/campaign_lift.h) of N synthetic customers in k
// segments with conversion, revenue and 20 pre-campaign covariates: the time of the whole
// analysis, dominated by the revenue bootstrap (B resamples of every customer, overall and per
// segment). Prints JSON.
//
//   bench_campaign_lift [--rows N] [--k 6] [--resamples B] [--threads T]

#include "engine/core/parallel.h"
#include "engine/core/random.h"
#include "engine/eval/campaign_lift.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>

int main(int argc, char **argv)
{
    std::size_t rows = 1000000;
    int k = 6;
    int resamples = 2000;
    int threads = 0;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string option = argv[i];
        const long long value = std::atoll(argv[i + 1]);
        if (option == "--rows")
            rows = std::size_t(value);
        else if (option == "--k")
            k = int(value);
        else if (option == "--resamples")
            resamples = int(value);
        else if (option == "--threads")
            threads = int(value);
    }
    seg::setThreadCount(threads);
    seg::LiftInput input;
    input.segmentCount = k;
    seg::Rng rng(11);
    std::vector<std::vector<double>> covariates(20);
    for (std::size_t i = 0; i < rows; ++i) {
        const int segment = int(rng.below(std::uint64_t(k)));
        const bool treated = rng.uniform() < 0.5;
        const bool converted = rng.uniform() < 0.08 + 0.01 * segment + (treated ? 0.01 : 0.0);
        input.segments.push_back(segment);
        input.treated.push_back(treated ? 1 : 0);
        input.converted.push_back(converted ? 1 : 0);
        input.revenue.push_back(converted ? 20.0 + 10.0 * rng.uniform() : 0.0);
        for (std::vector<double> &c : covariates)
            c.push_back(rng.normal());
    }
    for (std::size_t c = 0; c < covariates.size(); ++c)
        input.covariates.push_back(seg::LiftCovariate::of("feature " + std::to_string(c), std::move(covariates[c])));
    seg::LiftOptions options;
    options.resamples = resamples;
    const auto start = std::chrono::steady_clock::now();
    const seg::CampaignLift lift = seg::campaignLift(input, options);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf("{\"bench\": \"campaign_lift\", \"rows\": %zu, \"k\": %d, \"resamples\": %d, \"threads\": %d, "
                "\"seconds\": %.3f, \"customers_per_second\": %.0f, \"overall_difference\": %.6f}\n",
                rows, k, resamples, seg::threadCount(), seconds, double(rows) / seconds,
                lift.overall.conversion.difference.estimate);
    return 0;
}
