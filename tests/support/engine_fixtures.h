#pragma once

// Small builders and checks shared by the engine test suites (tests/engine/test_*.cpp).

#include "engine/core/error.h"
#include "engine/core/matrix.h"
#include "engine/core/random.h"
#include "engine/data/table.h"

#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// QVERIFY that `actual` is within relative tolerance `tol` of `expected` (see seg::test::close); prints both
// to 17 digits on failure.
#define VERIFY_CLOSE_TOL(actual, expected, tol)                                                              \
    do {                                                                                                     \
        const double a_ = (actual);                                                                          \
        const double e_ = (expected);                                                                        \
        QVERIFY2(seg::test::close(a_, e_, tol),                                                              \
                 qPrintable(QStringLiteral("%1 != %2").arg(a_, 0, 'g', 17).arg(e_, 0, 'g', 17)));            \
    } while (false)

namespace seg::test {

/// The name seg::toString gives an enum value, so QCOMPARE failures on enums are readable.
template<typename E> QString nameOf(E value)
{
    const std::string_view s = toString(value);
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

/// A numeric column `name` of type `type` holding `values` (NaN = missing).
inline Column numeric(const std::string &name, std::vector<double> values, ColumnType type = ColumnType::Real)
{
    Column c;
    c.name = name;
    c.type = type;
    c.numbers = std::move(values);
    return c;
}

/// A categorical column `name` with `levels` and one code per row into them (-1 = missing).
inline Column categorical(const std::string &name, std::vector<std::string> levels,
                          std::vector<std::int32_t> codes)
{
    Column c;
    c.name = name;
    c.type = ColumnType::Categorical;
    c.levels = std::move(levels);
    c.codes = std::move(codes);
    return c;
}

/// A table of `columns` read from `source`; its row count is the first column's (0 without columns).
inline Table tableOf(std::vector<Column> columns, const std::string &source = "customers.csv")
{
    Table t;
    t.source = source;
    t.rowCount = columns.empty() ? 0 : columns.front().size();
    t.columns = std::move(columns);
    return t;
}

/// True when |actual - expected| <= relTol * max(1, |expected|): relative, absolute near zero.
inline bool close(double actual, double expected, double relTol = 1e-12)
{
    return std::abs(actual - expected) <= relTol * std::max(1.0, std::abs(expected));
}

/// A row-major matrix from rows of equal length given in braces.
inline Matrix matrixOf(std::initializer_list<std::initializer_list<double>> rows)
{
    Matrix m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(rows.begin()->size()));
    Eigen::Index r = 0;
    for (const auto &row : rows) {
        Eigen::Index c = 0;
        for (double v : row)
            m(r, c++) = v;
        ++r;
    }
    return m;
}

/// The fixed 16-point, 3-feature dataset the scikit-learn references of the metrics and PCA tests were
/// computed on: three blobs, with row 14 between blobs 0 and 1 and row 15 between blobs 1 and 2.
inline Matrix smallData()
{
    return matrixOf({{1.0, 2.0, 0.5},
                     {1.5, 1.8, 0.7},
                     {0.8, 2.4, 0.2},
                     {1.2, 2.1, 0.9},
                     {0.9, 1.7, 0.4},
                     {5.0, 6.0, 2.0},
                     {5.5, 5.2, 2.5},
                     {4.7, 6.3, 1.8},
                     {5.2, 5.9, 2.2},
                     {6.0, 6.1, 3.0},
                     {9.0, 1.0, 4.0},
                     {8.5, 1.5, 4.4},
                     {9.3, 0.7, 3.6},
                     {8.8, 1.2, 4.1},
                     {3.0, 4.0, 1.5},
                     {7.0, 3.0, 3.0}});
}

/// The rows of the UCI "Wholesale customers" file (Cardoso, 2013; CC BY 4.0; see
/// SEG_SHARED_DATA_DIR/wholesale/SOURCE.md) without its header, all eight fields as numbers:
/// Channel, Region, then the spend in Fresh, Milk, Grocery, Frozen, Detergents_Paper, Delicassen.
inline std::vector<std::vector<double>> wholesaleRows()
{
    std::ifstream in(std::string(SEG_SHARED_DATA_DIR) + "/wholesale/Wholesale customers data.csv");
    std::vector<std::vector<double>> rows;
    std::string line;
    std::getline(in, line); // header
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty())
            continue;
        std::vector<double> values;
        std::stringstream fields(line);
        std::string field;
        while (std::getline(fields, field, ','))
            values.push_back(std::stod(field));
        rows.push_back(values);
    }
    return rows;
}

/// Runs `f`, which must throw seg::Error, and returns it; if nothing is thrown, returns
/// Error(Usage, "NO ERROR THROWN") so the caller's checks on the error fail.
template<typename F> Error expectError(F &&f)
{
    try {
        f();
    } catch (const Error &e) {
        return e;
    }
    return Error(ErrorKind::Usage, "NO ERROR THROWN");
}

/// Runs `action`, which must throw seg::Error, and returns it; if nothing is thrown, throws
/// std::runtime_error (failing the test function there). Given `kind`, warns when the error has another.
inline Error requireError(const std::function<void()> &action, std::optional<ErrorKind> kind = std::nullopt)
{
    try {
        action();
    } catch (const Error &e) {
        if (kind && e.kind() != *kind)
            qWarning("unexpected error kind for: %s", e.what());
        return e;
    }
    throw std::runtime_error("no seg::Error was thrown");
}

/// True when `part` occurs in `text`.
inline bool contains(const std::string &text, const std::string &part)
{
    return text.find(part) != std::string::npos;
}

/// contains(), printing both strings as a warning when `part` is missing.
inline bool containsOrWarn(const std::string &text, const std::string &part)
{
    const bool found = contains(text, part);
    if (!found)
        qWarning("'%s' not found in '%s'", part.c_str(), text.c_str());
    return found;
}

/// The bytes of the file at `path` (empty when it cannot be read).
inline std::string readAll(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Text of code points below 256 (one byte each) as UTF-16 or UTF-32 code units, little- or
// big-endian, without a byte order mark.
inline std::string encodeUnits(const std::string &ascii, int unitBytes, bool littleEndian)
{
    std::string out;
    for (const char c : ascii) {
        std::string unit(static_cast<std::size_t>(unitBytes), '\0');
        unit[littleEndian ? 0 : unit.size() - 1] = c;
        out += unit;
    }
    return out;
}

/// `rows` rows of `dims` features around `blobs` centres drawn N(0, spread²) per feature, each
/// row from a uniformly drawn centre plus N(0, 1) noise; truth[i] is row i's centre. Seeded.
inline Matrix gaussianBlobs(int rows, int dims, int blobs, double spread, std::uint64_t seed,
                            Labels *truth = nullptr)
{
    Rng rng(seed);
    Matrix centres(blobs, dims);
    for (int j = 0; j < blobs; ++j)
        for (int t = 0; t < dims; ++t)
            centres(j, t) = spread * rng.normal();
    Matrix x(rows, dims);
    if (truth)
        truth->resize(static_cast<std::size_t>(rows));
    for (int i = 0; i < rows; ++i) {
        const int j = static_cast<int>(rng.below(static_cast<std::uint64_t>(blobs)));
        for (int t = 0; t < dims; ++t)
            x(i, t) = centres(j, t) + rng.normal();
        if (truth)
            (*truth)[static_cast<std::size_t>(i)] = j;
    }
    return x;
}

/// True when both labelings split the rows into the same groups (up to renaming), i.e. ARI = 1.
inline bool samePartition(const Labels &a, const Labels &b)
{
    if (a.size() != b.size())
        return false;
    std::map<std::int32_t, std::int32_t> ab, ba;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto [itA, newA] = ab.emplace(a[i], b[i]);
        const auto [itB, newB] = ba.emplace(b[i], a[i]);
        if (itA->second != b[i] || itB->second != a[i])
            return false;
    }
    return true;
}

} // namespace seg::test
