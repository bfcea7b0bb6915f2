// libFuzzer program of tests/fuzz/transactions_entry.h: seg::Error is a clean rejection, anything
// else (another exception, a sanitizer report, an abort from a broken property) is a finding.

#include "engine/core/error.h"
#include "tests/fuzz/transactions_entry.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    try {
        seg::fuzz::runTransactions(data, size);
    } catch (const seg::Error &) {
        // a clean rejection
    }
    return 0;
}
