// libFuzzer program of tests/fuzz/feature_spec_entry.h: seg::Error is a clean rejection, anything
// else (another exception, a sanitizer report, an abort from a broken property) is a finding.

#include "engine/core/error.h"
#include "tests/fuzz/feature_spec_entry.h"

#include <nlohmann/json.hpp>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        seg::fuzz::runFeatureSpec(data, size);
    } catch (const seg::Error &) {
        // a clean rejection
    } catch (const nlohmann::json::out_of_range &e) {
        // Known finding, fix pending (regressions/KNOWN.md, feature_spec/number_overflow_*): a
        // number too large for a double escapes parseFeatureSpec as nlohmann's exception 406
        // instead of seg::Error. Every other input reaches it within seconds, so the run would
        // find nothing else; let it pass until the fix lands, then remove this catch.
        if (e.id != 406)
            throw;
    }
    return 0;
}
