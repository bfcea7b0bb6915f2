#include "app/ui/selection_profile.h"

#include "widgets/feature_label.h"
#include "widgets/segment_figures.h"
#include "widgets/segment_palette.h"
#include "widgets/segment_selection.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <map>

namespace seg {

namespace {

/// The value the model saw for `row` of `feature`, in original units before any transform.
double featureValue(const Column &column, const FittedFeature &feature, std::size_t row)
{
    if (feature.oneHot) {
        if (column.type != ColumnType::Categorical)
            return 0.0;
        const std::int32_t code = column.codes[row];
        // A missing level counts as the fitted fill, which for one-hot features is a share.
        if (code < 0)
            return feature.fill;
        const std::string &level = column.levels[std::size_t(code)];
        return std::find(feature.levels.begin(), feature.levels.end(), level) != feature.levels.end() ? 1.0 : 0.0;
    }
    if (!column.isNumeric())
        return feature.fill;
    const double value = column.numbers[row];
    return std::isnan(value) ? feature.fill : value;
}

QString formatValue(double value)
{
    const double magnitude = std::abs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return QLocale().toString(value, 'f', decimals);
}

} // namespace

std::vector<SelectionFeature> profileSelection(const Table &table, const PreparedData &prepared,
                                               const std::vector<int> &rows, std::size_t top)
{
    std::vector<SelectionFeature> features;
    const std::size_t n = prepared.rows.size();
    if (rows.empty() || n == 0)
        return features;
    const ColumnIndex columns(table); // one lookup per feature: linear in the table's width
    for (std::size_t j = 0; j < prepared.transform.features.size(); ++j) {
        const FittedFeature &feature = prepared.transform.features[j];
        const Column *column = columns.find(feature.column);
        if (!column)
            continue;
        // Means in original units; z on the feature as clustered (the prepared matrix), as the
        // heatmap and the segment traits measure it.
        const auto model = [&](std::size_t i) {
            return prepared.x(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j));
        };
        double sum = 0.0, modelSum = 0.0, modelSquares = 0.0;
        for (std::size_t i = 0; i < n; ++i) {
            sum += featureValue(*column, feature, prepared.rows[i]);
            modelSum += model(i);
            modelSquares += model(i) * model(i);
        }
        const double mean = sum / double(n);
        const double modelMean = modelSum / double(n);
        const double sd = std::sqrt(std::max(0.0, modelSquares / double(n) - modelMean * modelMean));
        if (!(sd > 1e-12 * std::max(1.0, std::abs(modelMean))))
            continue;
        double selectionSum = 0.0, selectionModelSum = 0.0;
        std::size_t count = 0;
        for (const int r : rows) {
            if (r < 0 || std::size_t(r) >= n)
                continue;
            selectionSum += featureValue(*column, feature, prepared.rows[std::size_t(r)]);
            selectionModelSum += model(std::size_t(r));
            ++count;
        }
        if (count == 0)
            return {};
        const double selectionMean = selectionSum / double(count);
        features.push_back({feature.name, selectionMean, mean, (selectionModelSum / double(count) - modelMean) / sd});
    }
    std::stable_sort(features.begin(), features.end(), [](const SelectionFeature &a, const SelectionFeature &b) {
        return std::abs(a.zScore) > std::abs(b.zScore);
    });
    if (features.size() > top)
        features.resize(top);
    return features;
}

std::vector<MoneyFigures> moneyOfRows(const Table &table, const PreparedData &prepared, const std::vector<int> &rows,
                                      const std::vector<std::string> &columns)
{
    std::vector<MoneyFigures> out;
    const std::size_t n = prepared.rows.size();
    for (const std::string &name : columns) {
        const Column *column = table.find(name);
        MoneyFigures m;
        if (!column || !column->isNumeric()) {
            m.mean = m.total = m.share = std::nan("");
            out.push_back(m);
            continue;
        }
        double whole = 0.0;
        for (std::size_t i = 0; i < n; ++i)
            if (const double v = column->numbers[prepared.rows[i]]; !std::isnan(v))
                whole += v;
        for (const int r : rows) {
            if (r < 0 || std::size_t(r) >= n)
                continue;
            const double v = column->numbers[prepared.rows[std::size_t(r)]];
            if (std::isnan(v))
                continue;
            m.total += v;
            ++m.known;
        }
        m.mean = m.known > 0 ? m.total / double(m.known) : std::nan("");
        m.share = whole != 0.0 ? m.total / whole : std::nan("");
        out.push_back(m);
    }
    return out;
}

SelectionProfilePanel::SelectionProfilePanel(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setToolTip(tr("Forget the customers chosen in the segment map"));
    top->addWidget(m_clear, 0, Qt::AlignTop);
    layout->addLayout(top);
    m_segments = new QLabel(this);
    m_segments->setWordWrap(true);
    m_segments->setTextFormat(Qt::RichText);
    layout->addWidget(m_segments);
    m_money = new QLabel(this);
    m_money->setWordWrap(true);
    m_money->setToolTip(tr("Arithmetic means and totals of the money columns over the chosen customers, in the "
                           "data's own units, and their share of the total over all customers"));
    layout->addWidget(m_money);
    m_list = new QTreeWidget(this);
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Feature"), tr("Selection"), tr("Everyone"), tr("z")});
    m_list->headerItem()->setToolTip(3, tr("Difference of the means in population standard deviations of the features as clustered (after log(1 + x) where applied)"));
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_list->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_list->setToolTip(tr("Features in which the chosen customers differ most from everyone"));
    m_list->setAccessibleName(tr("Features of the chosen customers"));
    layout->addWidget(m_list, 1);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_selection)
            m_selection->setSelectedRows({});
    });
    refresh();
}

SelectionProfilePanel::~SelectionProfilePanel() = default;

void SelectionProfilePanel::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    refresh();
}

void SelectionProfilePanel::setAppearance(const SegmentAppearance &appearance)
{
    if (appearance == m_appearance)
        return;
    m_appearance = appearance;
    refresh();
}

QString SelectionProfilePanel::moneyText() const
{
    return m_money->text();
}

void SelectionProfilePanel::setSelection(SegmentSelection *selection)
{
    if (m_selection)
        disconnect(m_selection, nullptr, this, nullptr);
    m_selection = selection;
    if (m_selection)
        connect(m_selection, &SegmentSelection::selectedRowsChanged, this, &SelectionProfilePanel::refresh);
    refresh();
}

void SelectionProfilePanel::refresh()
{
    m_list->clear();
    m_features.clear();
    const std::vector<int> rows = m_selection ? m_selection->selectedRows() : std::vector<int>{};
    m_clear->setEnabled(!rows.empty());
    if (rows.empty() || !m_result || !m_result->prepared || !m_result->request.table) {
        m_summary->setText(tr("Drag a lasso in the segment map (Shift+drag for a rectangle) to see how those "
                              "customers differ from everyone."));
        m_segments->clear();
        m_money->clear();
        m_money->setVisible(false);
        m_list->setVisible(false);
        return;
    }
    m_list->setVisible(true);
    const PreparedData &prepared = *m_result->prepared;
    const std::size_t n = prepared.rows.size();
    const QLocale locale;
    m_summary->setText(tr("<b>%1</b> customers chosen (%2% of %3)")
                           .arg(locale.toString(qulonglong(rows.size())),
                                locale.toString(100.0 * double(rows.size()) / double(std::max<std::size_t>(n, 1)), 'f', 1),
                                locale.toString(qulonglong(n))));

    if (m_result->labels) {
        std::map<int, std::size_t> counts;
        for (const int r : rows)
            if (r >= 0 && std::size_t(r) < m_result->labels->size())
                ++counts[(*m_result->labels)[std::size_t(r)]];
        std::vector<std::pair<std::size_t, int>> order;
        for (const auto &[segment, count] : counts)
            order.emplace_back(count, segment);
        std::sort(order.begin(), order.end(), std::greater<>());
        QStringList parts;
        for (std::size_t i = 0; i < order.size() && i < 4; ++i) {
            const int segment = order[i].second;
            const QString name = m_appearance.name(segment);
            parts << QStringLiteral("<span style=\"color:%1\">&#9679;</span> %2 %3%")
                         .arg(m_appearance.color(segment).name(), name.toHtmlEscaped(),
                              locale.toString(100.0 * double(order[i].first) / double(rows.size()), 'f', 0));
        }
        m_segments->setText(tr("Mostly: %1").arg(parts.join(QStringLiteral(", &nbsp;"))));
    }

    m_money->clear();
    if (m_result->profiles && !m_result->profiles->moneyColumns.empty()) {
        const std::vector<std::string> &columns = m_result->profiles->moneyColumns;
        const std::vector<MoneyFigures> money = moneyOfRows(*m_result->request.table, prepared, rows, columns);
        QStringList lines;
        for (std::size_t m = 0; m < columns.size(); ++m)
            //: Money of the chosen customers in one column: column, mean per customer, total, share of all.
            lines << tr("%1: mean %2 · total %3 (%4 of all)")
                         .arg(QString::fromStdString(columns[m]), formatAmount(locale, money[m].mean),
                              formatAmount(locale, money[m].total), formatShare(locale, money[m].share));
        m_money->setText(lines.join(QLatin1Char('\n')));
    }
    m_money->setVisible(!m_money->text().isEmpty());

    m_features = profileSelection(*m_result->request.table, prepared, rows);
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    for (const SelectionFeature &feature : m_features) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, featureDisplayName(feature.feature));
        item->setToolTip(0, QString::fromStdString(feature.feature));
        item->setText(1, formatValue(feature.selectionMean));
        item->setText(2, formatValue(feature.populationMean));
        item->setText(3, QStringLiteral("%1%2").arg(feature.zScore >= 0 ? QStringLiteral("+") : QString(),
                                                     locale.toString(feature.zScore, 'f', 2)));
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        const QColor colour = divergingColor(feature.zScore, 2.0, dark);
        item->setBackground(3, colour);
        item->setForeground(3, colour.lightness() < 140 ? Qt::white : Qt::black);
    }
}

} // namespace seg
