// The report's tables, as CSV and as an XLSX workbook (see report_tables.h).

#include "app/report/report_tables.h"

#include "engine/core/error.h"
#include "engine/data/csv_writer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <cmath>
#include <cstdio>

namespace seg {

namespace {

std::string text(const QString &s)
{
    return s.toStdString();
}

std::string joined(const std::vector<std::string> &items, const char *separator)
{
    std::string out;
    for (const std::string &i : items)
        out += (out.empty() ? "" : separator) + i;
    return out;
}

/// What a suppressed segment's row says instead of its figures.
std::string suppressedNote(const ReportInput &in)
{
    return "suppressed: fewer than " + std::to_string(in.minSegmentSize) + " customers";
}

void pushInterval(std::vector<ReportCell> &cells, std::size_t &c, const Interval &i)
{
    cells[c++] = i.estimate;
    cells[c++] = i.low;
    cells[c++] = i.high;
}

} // namespace

ReportTable segmentTable(const ReportInput &in)
{
    ReportTable t;
    t.name = "Segments";
    t.header = {"segment", "name", "persona", "customers", "share", "share_low", "share_high"};
    for (const char *f : {"revenue_per_customer", "revenue_total", "revenue_share", "clv_mean", "clv_total", "clv_share",
                          "expected_purchases", "p_alive"})
        for (const char *suffix : {"", "_low", "_high"})
            t.header.push_back(std::string(f) + suffix);
    t.rows = static_cast<std::size_t>(in.segmentCount());
    t.fill = [&in](std::size_t row, std::vector<ReportCell> &cells) {
        const int s = static_cast<int>(row);
        const SegmentEconomics &e = in.economics->segments[row];
        std::size_t c = 0;
        cells[c++] = static_cast<double>(in.appearance.key(s));
        cells[c++] = text(in.segmentName(s));
        if (in.suppressed(s)) {
            cells[c++] = suppressedNote(in);
            std::fill(cells.begin() + std::ptrdiff_t(c), cells.end(), ReportCell {}); // the figures stay empty
            return;
        }
        cells[c++] = text(in.personaLabel(s)); // the engine's English, or the user's label
        cells[c++] = static_cast<double>(e.size);
        for (const Interval *i : {&e.share, &e.revenuePerCustomer, &e.revenueTotal, &e.revenueShare, &e.clvMean,
                                  &e.clvTotal, &e.clvShare, &e.expectedPurchases, &e.probabilityAlive})
            pushInterval(cells, c, *i);
    };
    return t;
}

ReportTable personaTable(const ReportInput &in)
{
    ReportTable t;
    t.name = "Personas";
    t.header = {"segment", "name", "label", "description", "customers", "share", "channels", "price_sensitivity",
                "risks", "strategy_notes"};
    t.rows = static_cast<std::size_t>(in.segmentCount());
    t.fill = [&in](std::size_t row, std::vector<ReportCell> &cells) {
        const int s = static_cast<int>(row);
        const Persona &p = in.personas[row];
        if (in.suppressed(s)) {
            cells = {static_cast<double>(in.appearance.key(s)), text(in.segmentName(s)), suppressedNote(in)};
            cells.resize(10); // the persona's traits stay empty
            return;
        }
        cells = {static_cast<double>(in.appearance.key(s)),
                 text(in.segmentName(s)),
                 text(in.personaLabel(s)),
                 text(in.personaDescription(s)),
                 static_cast<double>(p.size),
                 p.share,
                 joined(p.channels, ", "),
                 p.priceSensitivity,
                 joined(p.risks, "; "),
                 s < in.notes.size() ? text(in.notes[s]) : std::string()};
    };
    return t;
}

ReportTable customerTable(const ReportInput &in)
{
    ReportTable t;
    t.name = "Customers";
    t.header = {"id", "segment", "segment_name", "distance"};
    if (in.value)
        for (const char *h : {"expected_purchases", "p_alive", "expected_spend", "clv"})
            t.header.push_back(h);
    const Table &table = *in.table;
    t.rows = table.rowCount;
    // Per table row: its entry in the segmentation, or -1.
    auto entry = std::make_shared<std::vector<std::ptrdiff_t>>(table.rowCount, -1);
    const std::vector<std::size_t> &rows = in.segmentation->rows;
    for (std::size_t i = 0; i < rows.size(); ++i)
        (*entry)[rows[i]] = static_cast<std::ptrdiff_t>(i);
    const Column *id = in.idColumn.empty() ? nullptr : table.find(in.idColumn);
    auto names = std::make_shared<std::vector<std::string>>();
    for (int s = 0; s < in.segmentCount(); ++s)
        names->push_back(text(in.segmentName(s)));
    t.fill = [&in, &table, entry, id, names](std::size_t row, std::vector<ReportCell> &cells) {
        std::size_t c = 0;
        if (id)
            cells[c++] = id->cellText(row);
        else
            cells[c++] = static_cast<double>(table.rowNumber(row));
        const std::ptrdiff_t e = (*entry)[row];
        const ClusteringResult &fit = in.segmentation->clustering;
        if (e < 0) {
            cells[c++] = std::monostate {};
            cells[c++] = std::monostate {};
            cells[c++] = std::monostate {};
        } else if (const int label = fit.labels[static_cast<std::size_t>(e)]; label < 0) {
            cells[c++] = std::string("outlier");
            cells[c++] = std::monostate {};
            cells[c++] = std::monostate {};
        } else {
            cells[c++] = static_cast<double>(in.appearance.key(label));
            cells[c++] = (*names)[static_cast<std::size_t>(label)];
            cells[c++] = fit.scores[static_cast<std::size_t>(e)];
        }
        if (in.value) {
            const CustomerValue &v = in.value->rows[row];
            cells[c++] = v.expectedPurchases;
            cells[c++] = v.probabilityAlive;
            cells[c++] = v.expectedSpend;
            cells[c++] = in.value->hasMonetary ? v.clv : std::nan("");
        }
    };
    return t;
}

std::string tableCsv(const ReportTable &table)
{
    std::string out;
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        if (c)
            out += ',';
        appendCsvField(out, table.header[c]);
    }
    out += '\n';
    std::vector<ReportCell> cells(table.header.size());
    char buf[40];
    for (std::size_t r = 0; r < table.rows; ++r) {
        table.fill(r, cells);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            if (c)
                out += ',';
            if (const double *d = std::get_if<double>(&cells[c])) {
                if (std::isfinite(*d)) {
                    std::snprintf(buf, sizeof buf, "%.10g", *d);
                    out += buf;
                }
            } else if (const std::string *s = std::get_if<std::string>(&cells[c])) {
                appendCsvField(out, *s);
            }
        }
        out += '\n';
    }
    return out;
}

namespace {

void check(lxw_error error, const std::string &path)
{
    if (error != LXW_NO_ERROR)
        throw Error(ErrorKind::Io,
                    QCoreApplication::translate("seg::ReportInput", "cannot write the workbook: %1")
                        .arg(QString::fromUtf8(lxw_strerror(error)))
                        .toStdString(),
                    ErrorLocation {path, -1, {}});
}

void writeSheet(lxw_workbook *book, const ReportTable &table, lxw_format *header, lxw_format *percent,
                const std::string &path)
{
    lxw_worksheet *sheet = workbook_add_worksheet(book, table.name.c_str());
    for (std::size_t c = 0; c < table.header.size(); ++c)
        check(worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), header), path);
    std::vector<bool> isShare(table.header.size());
    for (std::size_t c = 0; c < table.header.size(); ++c) {
        const std::string &h = table.header[c];
        isShare[c] = h.starts_with("share") || h.starts_with("revenue_share") || h.starts_with("clv_share")
                     || h.starts_with("p_alive");
    }
    std::vector<ReportCell> cells(table.header.size());
    for (std::size_t r = 0; r < table.rows; ++r) {
        table.fill(r, cells);
        const auto row = static_cast<lxw_row_t>(r + 1);
        for (std::size_t c = 0; c < cells.size(); ++c) {
            const auto col = static_cast<lxw_col_t>(c);
            if (const double *d = std::get_if<double>(&cells[c])) {
                if (std::isfinite(*d))
                    check(worksheet_write_number(sheet, row, col, *d, isShare[c] ? percent : nullptr), path);
            } else if (const std::string *s = std::get_if<std::string>(&cells[c])) {
                if (!s->empty())
                    check(worksheet_write_string(sheet, row, col, s->c_str(), nullptr), path);
            }
        }
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_set_column(sheet, 0, static_cast<lxw_col_t>(table.header.size() - 1), 14, nullptr);
}

} // namespace

void writeWorkbook(const ReportInput &in, const std::string &path)
{
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go out as written: a million customers fit
    lxw_workbook *book = workbook_new_opt(path.c_str(), &options);
    if (!book)
        throw Error(ErrorKind::Io,
                    QCoreApplication::translate("seg::ReportInput", "cannot create the workbook").toStdString(),
                    ErrorLocation {path, -1, {}});
    try {
        lxw_format *header = workbook_add_format(book);
        format_set_bold(header);
        format_set_bottom(header, LXW_BORDER_THIN);
        lxw_format *percent = workbook_add_format(book);
        format_set_num_format(percent, "0.0%");
        writeSheet(book, segmentTable(in), header, percent, path);
        writeSheet(book, personaTable(in), header, percent, path);
        writeSheet(book, customerTable(in), header, percent, path);
        lxw_worksheet *about = workbook_add_worksheet(book, "About");
        const std::pair<std::string, std::string> rows[] = {
            {"data set", text(in.dataSet)},
            {"created", text(in.created.toString(Qt::ISODate))},
            {"data fingerprint", text(in.fingerprint)},
            {"segments", std::to_string(in.segmentCount())},
            {"customers", std::to_string(in.table ? in.table->rowCount : 0)}};
        lxw_row_t r = 0;
        for (const auto &[key, value] : rows) {
            check(worksheet_write_string(about, r, 0, key.c_str(), header), path);
            check(worksheet_write_string(about, r, 1, value.c_str(), nullptr), path);
            ++r;
        }
        worksheet_set_column(about, 0, 1, 24, nullptr);
    } catch (...) {
        workbook_close(book);
        throw;
    }
    check(workbook_close(book), path);
}

std::string workbookBytes(const ReportInput &in)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        throw Error(ErrorKind::Io,
                    QCoreApplication::translate("seg::ReportInput", "cannot make a temporary folder for the workbook: %1")
                        .arg(dir.errorString())
                        .toStdString(),
                    {});
    const QString path = dir.filePath(QStringLiteral("workbook.xlsx"));
    writeWorkbook(in, path.toStdString());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(ErrorKind::Io,
                    QCoreApplication::translate("seg::ReportInput", "cannot read the workbook back: %1")
                        .arg(file.errorString())
                        .toStdString(),
                    ErrorLocation {path.toStdString(), -1, {}});
    const QByteArray bytes = file.readAll();
    return std::string(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

} // namespace seg
