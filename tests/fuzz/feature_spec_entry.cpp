#include "tests/fuzz/feature_spec_entry.h"

#include "engine/prep/feature_spec.h"
#include "tests/fuzz/fuzz_support.h"

#include <string>
#include <string_view>

namespace seg::fuzz {

void runFeatureSpec(const std::uint8_t *data, std::size_t size)
{
    constexpr std::string_view kTarget = "feature_spec";
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    FeatureSpec spec;
    if (!acceptedOrRejected([&] { spec = parseFeatureSpec(text, "fuzz.json"); }))
        return;
    (void)spec.enabledColumns();
    const std::string written = toJson(spec);
    FeatureSpec back;
    try {
        back = parseFeatureSpec(written, "written.json");
    } catch (const Error &e) {
        propertyFailed(kTarget, std::string("the written spec is rejected: ") + e.what() + "\n" + written);
    }
    if (!(back == spec))
        propertyFailed(kTarget, "the written spec reads back different:\n" + written);
    const std::string again = toJson(back);
    if (again != written)
        propertyFailed(kTarget, "writing the spec read back gives other text:\n" + written + "\n" + again);
}

} // namespace seg::fuzz
