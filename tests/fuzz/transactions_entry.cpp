#include "tests/fuzz/transactions_entry.h"

#include "engine/data/csv_reader.h"
#include "engine/prep/transactions.h"
#include "tests/fuzz/fuzz_support.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>

namespace seg::fuzz {

namespace {

constexpr std::string_view kTarget = "transactions";

bool finiteAtLeastZero(double value)
{
    return std::isfinite(value) && value >= 0.0;
}

void checkCustomer(const CustomerSummary &c, const CustomerTable &customers, bool fromLog)
{
    const auto fail = [&](const std::string &what) { propertyFailed(kTarget, "customer '" + c.id + "': " + what); };
    if (!finiteAtLeastZero(c.frequency) || c.frequency != std::floor(c.frequency))
        fail("frequency " + std::to_string(c.frequency));
    if (!finiteAtLeastZero(c.recency) || !std::isfinite(c.tenure) || c.recency > c.tenure)
        fail("recency " + std::to_string(c.recency) + " with T " + std::to_string(c.tenure));
    if (c.frequency == 0.0 && c.recency != 0.0)
        fail("recency " + std::to_string(c.recency) + " without a repeat purchase");
    if (!finiteAtLeastZero(c.monetary))
        fail("monetary value " + std::to_string(c.monetary));
    if (!fromLog) {
        if (!(c.tenure > 0.0))
            fail("T " + std::to_string(c.tenure));
        return;
    }
    if (!finiteAtLeastZero(c.tenure) || !finiteAtLeastZero(c.totalSpend) || !finiteAtLeastZero(c.returns))
        fail("T, spend or returns not finite and non-negative");
    if (c.firstPurchase > customers.calibrationEnd)
        fail("first purchase after the calibration end");
    if (c.lines == 0)
        fail("no purchase line");
    if (c.channelShares.size() != customers.channels.size())
        fail("channel shares for " + std::to_string(c.channelShares.size()) + " channels");
    // Shares of the lines that give a channel sum to one; without any, every share is unknown.
    const bool unknown = !c.channelShares.empty() && std::isnan(c.channelShares.front());
    double sum = 0.0;
    for (const double share : c.channelShares) {
        if (unknown ? !std::isnan(share) : !(share >= 0.0 && share <= 1.0))
            fail("channel share " + std::to_string(share));
        sum += share;
    }
    if (!c.channelShares.empty() && !unknown && std::abs(sum - 1.0) > 1e-9)
        fail("channel shares sum to " + std::to_string(sum));
    if (!finiteAtLeastZero(c.holdoutPurchases) || !finiteAtLeastZero(c.holdoutSpend))
        fail("holdout purchases or spend");
}

} // namespace

void runTransactions(const std::uint8_t *data, std::size_t size)
{
    if (size < 4)
        return;
    const std::uint8_t columnsByte = data[0], valuesByte = data[1], extrasByte = data[2], options = data[3];
    const std::string_view text(reinterpret_cast<const char *>(data) + 4, size - 4);
    CsvOptions csv;
    csv.maxRows = 2000;
    Table table;
    if (!acceptedOrRejected([&] { table = parseCsv(text, "log.csv", csv); }))
        return;
    const std::size_t n = table.columns.size();
    if (n < 2)
        return;
    const auto name = [&](unsigned index) { return table.columns[index % n].name; };

    TransactionColumns columns;
    columns.customer = name(columnsByte & 15);
    columns.date = name(columnsByte >> 4);
    const unsigned value = valuesByte & 15;
    if (options & 32) {
        columns.unitPrice = name(value);
        columns.quantity = name(valuesByte >> 4);
    } else {
        columns.amount = name(value);
        if (valuesByte >> 4)
            columns.quantity = name(valuesByte >> 4);
    }
    if (options & 64)
        columns.channel = name(extrasByte & 15);
    if (options & 128)
        columns.category = name(extrasByte >> 4);
    const TimeUnit unit = static_cast<TimeUnit>(std::min(options & 3, 2));
    const bool dayFirst = (options & 8) != 0;

    std::optional<double> end;
    if (acceptedOrRejected([&] { end = lastDate(table, columns.date, dayFirst); }) && end) {
        TransactionOptions log;
        log.columns = columns;
        log.unit = unit;
        log.dayFirst = dayFirst;
        log.dropDuplicates = (options & 16) != 0;
        log.calibrationEnd = *end;
        if (options & 4) {
            log.calibrationEnd = *end - 4 * daysPerUnit(unit);
            log.holdoutEnd = *end;
        }
        CustomerTable customers;
        if (acceptedOrRejected([&] { customers = summariseTransactions(table, log); })) {
            if (customers.customers.empty())
                propertyFailed(kTarget, "a log accepted with no customer");
            for (const CustomerSummary &c : customers.customers)
                checkCustomer(c, customers, true);
            for (const RowIssue &issue : customers.issues)
                if (issue.index >= table.rowCount)
                    propertyFailed(kTarget, "an issue at row index " + std::to_string(issue.index));
        }

        LogImport import;
        import.columns = columns;
        import.unit = unit;
        import.dayFirst = dayFirst;
        import.dropDuplicates = log.dropDuplicates;
        import.holdoutLength = (options & 4) ? 4.0 : 0.0;
        Table features;
        if (acceptedOrRejected([&] { features = customersFromLog(table, import); })) {
            checkTable(features, kTarget);
            if (features.rowCount == 0 || features.rowCount > table.rowCount)
                propertyFailed(kTarget, std::to_string(features.rowCount) + " customers from "
                                            + std::to_string(table.rowCount) + " lines");
        }
    }

    if (n >= 5) {
        SummaryColumns summary {name(columnsByte & 15), name((columnsByte & 15) + 1), name((columnsByte & 15) + 2),
                                name((columnsByte & 15) + 3), (options & 4) ? name((columnsByte & 15) + 4) : ""};
        CustomerTable customers;
        if (acceptedOrRejected([&] { customers = customersFromSummary(table, summary, unit); }))
            for (const CustomerSummary &c : customers.customers)
                checkCustomer(c, customers, false);
    }
}

} // namespace seg::fuzz
