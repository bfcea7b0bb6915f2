#pragma once
// What every fuzz entry shares: checking the documented invariants of what the engine returns,
// failing loudly when one does not hold, and a scratch file for the readers that take a path.
//
// An entry (tests/fuzz/*_entry.h) runs one input through the engine. It returns normally when
// the engine accepted the input (and what came back is consistent) or rejected it with
// seg::Error; anything else — another exception, a crash, a broken invariant (std::abort via
// propertyFailed) — is a finding. The libFuzzer programs and tests/engine/test_fuzz_regressions
// call the same entries.

#include "engine/core/error.h"
#include "engine/data/table.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace seg::fuzz {

/// Prints "fuzz property failed (TARGET): WHAT" on stderr and aborts, so libFuzzer records the
/// input as a crash and the regression test fails.
[[noreturn]] void propertyFailed(std::string_view target, const std::string &what);

/// Checks what table.h promises of every table a reader returns: each column has rowCount
/// cells in the storage of its type, categorical codes index `levels` (or are -1), integer
/// cells are whole, booleans 0 or 1, dates and reals not infinite... and names are unique.
void checkTable(const Table &table, std::string_view target);

/// Runs `f`; true when it returned, false when it threw seg::Error (a clean rejection).
/// Every other exception passes through.
template<class F>
bool acceptedOrRejected(F &&f)
{
    try {
        f();
        return true;
    } catch (const Error &) {
        return false;
    }
}

/// A file holding the bytes of one input, for the readers that take a path: one per process
/// (the name carries the process id), rewritten for each input, removed at exit.
const std::string &scratchFile(const std::uint8_t *data, std::size_t size, std::string_view suffix);

} // namespace seg::fuzz
