#pragma once
// The data of the project benchmarks: seg::generateDemoData(rows, 7) (19 columns) plus
// `visits_30d`, an integer column (Poisson-like counts from seg::Rng), so 20 columns, with the
// id and label roles set.

#include "engine/core/random.h"
#include "engine/data/column_roles.h"
#include "engine/demo/demo_data.h"

namespace seg::bench {

inline Table projectBenchTable(std::size_t rows)
{
    Table table = generateDemoData(rows, 7);
    Column visits;
    visits.name = "visits_30d";
    visits.type = ColumnType::Integer;
    Rng rng(11);
    for (std::size_t r = 0; r < rows; ++r)
        visits.numbers.push_back(static_cast<double>(rng.below(4) + rng.below(4) * rng.below(5)));
    table.columns.push_back(visits);
    assignColumnRoles(table, {{"customer_id", ColumnRole::Id}, {"true_segment", ColumnRole::Label}});
    return table;
}

} // namespace seg::bench
