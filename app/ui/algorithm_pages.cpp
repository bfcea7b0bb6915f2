#include "app/ui/algorithm_pages.h"

#include "widgets/segment_figures.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace seg {

namespace {

/// A form without margins of its own: the page sits inside the Segmentation box's form.
QFormLayout *pageForm(QWidget *page)
{
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return form;
}

/// A note under the parameters: wraps in the narrow dock, never widens it.
QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    label->setMinimumWidth(0);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

/// The page's button under its inputs (beside one it would widen the narrow dock), then the
/// note across the whole row (a wrapped label wraps reliably only in a row of its own).
void addNoteRow(QFormLayout *form, QWidget *page, QLabel *note, QPushButton *button)
{
    (void)page;
    form->addRow(QString(), button);
    form->addRow(note);
}

/// A labelled input: the label's buddy, its tooltip and accessible name the input's too.
template <typename Input>
Input *addRow(QFormLayout *form, QWidget *page, const QString &label, Input *input, const QString &toolTip)
{
    auto *text = new QLabel(label, page);
    text->setBuddy(input);
    input->setToolTip(toolTip);
    text->setToolTip(toolTip);
    input->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    input->setAccessibleDescription(toolTip);
    form->addRow(text, input);
    return input;
}

QString number(double value)
{
    return QLocale().toString(value, 'g', 4);
}

// --- k-means -------------------------------------------------------------------------------

class KMeansPage : public AlgorithmPage
{
public:
    KMeansPage() : AlgorithmPage(Algorithm::KMeans)
    {
        QFormLayout *form = pageForm(this);
        m_restarts = new QSpinBox(this);
        m_restarts->setRange(1, 100);
        m_restarts->setKeyboardTracking(false);
        addRow(form, this, AlgorithmPage::tr("&Restarts:"), m_restarts,
               AlgorithmPage::tr("How many times k-means starts from different customers and keeps the best result. "
                  "More restarts make the segments less dependent on luck and take longer; 10 is plenty "
                  "for most data."));
        connect(m_restarts, &QSpinBox::valueChanged, this, [this] { notifyEdited(); });
    }

    QList<QWidget *> inputs() const override { return {m_restarts}; }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &) override
    {
        m_restarts->setValue(std::get<KMeansOptions>(options).nInit);
    }

    ClusteringOptions read(ClusteringOptions base) const override
    {
        std::get<KMeansOptions>(base).nInit = m_restarts->value();
        return base;
    }

private:
    QSpinBox *m_restarts = nullptr;
};

// --- mini-batch k-means --------------------------------------------------------------------

class MiniBatchPage : public AlgorithmPage
{
public:
    MiniBatchPage() : AlgorithmPage(Algorithm::MiniBatchKMeans)
    {
        QFormLayout *form = pageForm(this);
        m_restarts = new QSpinBox(this);
        m_restarts->setRange(1, 100);
        m_restarts->setKeyboardTracking(false);
        addRow(form, this, AlgorithmPage::tr("&Restarts:"), m_restarts,
               AlgorithmPage::tr("How many times k-means starts, on a sample of the customers, from different customers; "
                                 "the best start is then refined on everyone in batches."));
        m_batch = new QSpinBox(this);
        m_batch->setRange(64, 65536);
        m_batch->setSingleStep(256);
        m_batch->setKeyboardTracking(false);
        addRow(form, this, AlgorithmPage::tr("&Batch size:"), m_batch,
               AlgorithmPage::tr("Customers per batch: each batch moves the segment centres a little. Larger batches move "
                                 "them more smoothly and take a little longer."));
        auto *note = noteLabel(this);
        note->setText(AlgorithmPage::tr("For millions of customers: nearly the segments of k-means in a fraction of the "
                                        "time."));
        note->setAccessibleName(note->text());
        form->addRow(note);
        connect(m_restarts, &QSpinBox::valueChanged, this, [this] { notifyEdited(); });
        connect(m_batch, &QSpinBox::valueChanged, this, [this] { notifyEdited(); });
    }

    QList<QWidget *> inputs() const override { return {m_restarts, m_batch}; }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &) override
    {
        const auto &o = std::get<MiniBatchKMeansOptions>(options);
        m_restarts->setValue(o.nInit);
        m_batch->setValue(static_cast<int>(o.batchSize));
    }

    ClusteringOptions read(ClusteringOptions base) const override
    {
        auto &o = std::get<MiniBatchKMeansOptions>(base);
        o.nInit = m_restarts->value();
        o.batchSize = static_cast<std::size_t>(m_batch->value());
        return base;
    }

private:
    QSpinBox *m_restarts = nullptr;
    QSpinBox *m_batch = nullptr;
};

// --- consensus -----------------------------------------------------------------------------

class ConsensusPage : public AlgorithmPage
{
public:
    ConsensusPage() : AlgorithmPage(Algorithm::Consensus)
    {
        QFormLayout *form = pageForm(this);
        m_runs = new QSpinBox(this);
        m_runs->setRange(1, 100);
        m_runs->setKeyboardTracking(false);
        addRow(form, this, AlgorithmPage::tr("&Runs per algorithm:"), m_runs,
               AlgorithmPage::tr("How many times k-means, the Gaussian mixture and Ward each run on a different 80% of the "
                                 "customers. More runs make each customer's agreement more precise and take longer."));
        auto *note = noteLabel(this);
        note->setText(AlgorithmPage::tr("The segments many runs of k-means, the Gaussian mixture and Ward agree on. Each "
                                        "customer's agreement (in its tooltip) says how often the runs put it with its "
                                        "segment; pale points on the map are customers the runs disagree on."));
        note->setAccessibleName(note->text());
        form->addRow(note);
        connect(m_runs, &QSpinBox::valueChanged, this, [this] { notifyEdited(); });
    }

    QList<QWidget *> inputs() const override { return {m_runs}; }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &) override
    {
        m_runs->setValue(std::get<ConsensusClusteringOptions>(options).runsPerMember);
    }

    ClusteringOptions read(ClusteringOptions base) const override
    {
        std::get<ConsensusClusteringOptions>(base).runsPerMember = m_runs->value();
        return base;
    }

private:
    QSpinBox *m_runs = nullptr;
};

// --- Gaussian mixture ----------------------------------------------------------------------

class GaussianMixturePage : public AlgorithmPage
{
public:
    GaussianMixturePage() : AlgorithmPage(Algorithm::GaussianMixture)
    {
        QFormLayout *form = pageForm(this);
        m_covariance = new QComboBox(this);
        m_covariance->addItem(AlgorithmPage::tr("Diagonal"), int(CovarianceType::Diagonal));
        m_covariance->setItemData(0, AlgorithmPage::tr("Each segment has its own spread along each feature. Fast, and enough "
                                        "for most customer data."),
                                  Qt::ToolTipRole);
        m_covariance->addItem(AlgorithmPage::tr("Full"), int(CovarianceType::Full));
        m_covariance->setItemData(1, AlgorithmPage::tr("Segments may also be tilted: features that move together within a "
                                        "segment (spend and visits, say) are modelled. Slower with many "
                                        "features, and needs more customers per segment."),
                                  Qt::ToolTipRole);
        m_covariance->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        m_covariance->setMinimumContentsLength(8);
        addRow(form, this, AlgorithmPage::tr("Cova&riance:"), m_covariance,
               AlgorithmPage::tr("The shape each segment may take. Diagonal: its own spread along each feature. Full: "
                  "also tilted, when features move together within a segment."));
        m_runs = new QSpinBox(this);
        m_runs->setRange(1, 50);
        m_runs->setKeyboardTracking(false);
        addRow(form, this, AlgorithmPage::tr("EM r&uns:"), m_runs,
               AlgorithmPage::tr("How many times the mixture is fitted from different starts; the most likely fit is kept. "
                  "More runs are steadier and slower."));
        connect(m_covariance, &QComboBox::currentIndexChanged, this, [this] { notifyEdited(); });
        connect(m_runs, &QSpinBox::valueChanged, this, [this] { notifyEdited(); });
    }

    QList<QWidget *> inputs() const override { return {m_covariance, m_runs}; }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &) override
    {
        const auto &o = std::get<GaussianMixtureOptions>(options);
        m_covariance->setCurrentIndex(std::max(0, m_covariance->findData(int(o.covariance))));
        m_runs->setValue(o.nInit);
    }

    ClusteringOptions read(ClusteringOptions base) const override
    {
        auto &o = std::get<GaussianMixtureOptions>(base);
        o.covariance = CovarianceType(m_covariance->currentData().toInt());
        o.nInit = m_runs->value();
        return base;
    }

private:
    QComboBox *m_covariance = nullptr;
    QSpinBox *m_runs = nullptr;
};

// --- Ward ----------------------------------------------------------------------------------

class WardPage : public AlgorithmPage
{
public:
    WardPage() : AlgorithmPage(Algorithm::Ward)
    {
        auto *form = pageForm(this);
        m_note = noteLabel(this);
        form->addRow(m_note);
        showNote(WardOptions{}, std::nullopt);
    }

    QList<QWidget *> inputs() const override { return {}; }
    void setFeedback(const ClusteringFeedback &feedback) override
    {
        showNote(std::get<WardOptions>(feedback.used),
                 feedback.summarised ? std::optional<std::size_t>(feedback.customers) : std::nullopt);
    }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &) override
    {
        m_options = std::get<WardOptions>(options);
    }
    ClusteringOptions read(ClusteringOptions base) const override { return base; }

private:
    void showNote(const WardOptions &o, std::optional<std::size_t> summarisedCustomers)
    {
        const QLocale locale;
        if (summarisedCustomers) {
            m_note->setText(AlgorithmPage::tr("Nothing to set beyond k. These %1 customers are more than Ward's exact limit of "
                               "%2: the tree joins %3 k-means micro-clusters instead of single customers.")
                                .arg(locale.toString(qulonglong(*summarisedCustomers)),
                                     locale.toString(qulonglong(o.exactLimit)), locale.toString(o.microClusters)));
        } else {
            m_note->setText(AlgorithmPage::tr("Nothing to set beyond k. Exact up to %1 customers; above that the tree joins "
                               "%2 k-means micro-clusters instead of single customers.")
                                .arg(locale.toString(qulonglong(o.exactLimit)), locale.toString(o.microClusters)));
        }
        m_note->setAccessibleName(m_note->text());
    }

    QLabel *m_note = nullptr;
    WardOptions m_options;
};

// --- DBSCAN --------------------------------------------------------------------------------

class DbscanPage : public AlgorithmPage
{
public:
    DbscanPage() : AlgorithmPage(Algorithm::Dbscan)
    {
        QFormLayout *form = pageForm(this);
        m_eps = new QDoubleSpinBox(this);
        // Model-space units: a few tenths to a few units on scaled features; raw units can be
        // far larger.
        m_eps->setRange(0.001, 1e5);
        m_eps->setDecimals(3);
        m_eps->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
        m_eps->setKeyboardTracking(false);
        m_suggest = new QPushButton(AlgorithmPage::tr("S&uggest"), this);
        m_suggest->setToolTip(AlgorithmPage::tr("Take the radius from the data: the knee of the curve of each customer's "
                                 "distance to its min-samples-th nearest neighbour, where crowded customers end "
                                 "and sparse ones begin."));
        m_suggest->setAccessibleName(AlgorithmPage::tr("Suggest a radius from the data"));
        addRow(form, this, AlgorithmPage::tr("&Radius (eps):"), m_eps,
               AlgorithmPage::tr("How close two customers must be to count as neighbours (in scaled feature units). Larger: "
                  "fewer, bigger segments and less noise; smaller: more customers left as noise."));
        m_minSamples = new QSpinBox(this);
        m_minSamples->setRange(1, 1000);
        m_minSamples->setKeyboardTracking(false);
        addRow(form, this, AlgorithmPage::tr("Min sam&ples:"), m_minSamples,
               AlgorithmPage::tr("How many customers (itself included) must lie within the radius for a customer to be "
                  "the core of a segment. Larger: only dense groups become segments, more noise."));
        m_note = noteLabel(this);
        addNoteRow(form, this, m_note, m_suggest);

        connect(m_eps, &QDoubleSpinBox::valueChanged, this, [this] {
            m_fromData = false;
            updateNote();
            notifyEdited();
        });
        connect(m_minSamples, &QSpinBox::valueChanged, this, [this] {
            updateNote();
            notifyEdited();
        });
        connect(m_suggest, &QPushButton::clicked, this, [this] {
            m_fromData = true;
            // The suggestion for these min samples, when the engine has given it already.
            if (m_suggestion && m_suggestionFor == m_minSamples->value()) {
                const QSignalBlocker blocker(m_eps);
                m_eps->setValue(*m_suggestion);
            }
            updateNote();
            notifyEdited();
        });
        updateNote();
    }

    QList<QWidget *> inputs() const override { return {m_eps, m_minSamples, m_suggest}; }
    DataDefaults fromData() const override { return {m_fromData, false}; }

    void setFeedback(const ClusteringFeedback &feedback) override
    {
        const auto &used = std::get<DbscanOptions>(feedback.used);
        m_suggestion = feedback.suggestedEps;
        m_suggestionFor = used.minSamples;
        if (m_fromData && used.minSamples == m_minSamples->value()) {
            const QSignalBlocker blocker(m_eps);
            m_eps->setValue(used.eps);
        }
        updateNote();
    }

    /// The suggestion shown (the engine's), for the min samples it was made for.
    std::optional<double> suggestion() const { return m_suggestion; }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &fromData) override
    {
        const auto &o = std::get<DbscanOptions>(options);
        m_fromData = fromData.eps;
        m_minSamples->setValue(o.minSamples);
        // Taken from the data: the value comes with the next result (setFeedback).
        if (!m_fromData)
            m_eps->setValue(o.eps);
        updateNote();
    }

    ClusteringOptions read(ClusteringOptions base) const override
    {
        auto &o = std::get<DbscanOptions>(base);
        o.minSamples = m_minSamples->value();
        if (!m_fromData)
            o.eps = m_eps->value();
        return base;
    }

private:
    void updateNote()
    {
        const bool known = m_suggestion && m_suggestionFor == m_minSamples->value();
        m_suggest->setEnabled(!m_fromData);
        if (m_fromData)
            m_note->setText(known ? AlgorithmPage::tr("Radius from the data: %1, the knee of the %2-nearest-neighbour distances.")
                                        .arg(number(*m_suggestion))
                                        .arg(m_minSamples->value())
                                  : AlgorithmPage::tr("Radius from the data: the knee of the %1-nearest-neighbour distances, "
                                       "computed as DBSCAN runs.")
                                        .arg(m_minSamples->value()));
        else
            m_note->setText(known ? AlgorithmPage::tr("The data suggest a radius of %1; Suggest takes it.").arg(number(*m_suggestion))
                                  : AlgorithmPage::tr("Suggest takes the radius from the data."));
        m_note->setAccessibleName(m_note->text());
    }

    QDoubleSpinBox *m_eps = nullptr;
    QPushButton *m_suggest = nullptr;
    QSpinBox *m_minSamples = nullptr;
    QLabel *m_note = nullptr;
    bool m_fromData = true;
    std::optional<double> m_suggestion;
    int m_suggestionFor = 0;
};

// --- HDBSCAN -------------------------------------------------------------------------------

class HdbscanPage : public AlgorithmPage
{
public:
    HdbscanPage() : AlgorithmPage(Algorithm::Hdbscan)
    {
        QFormLayout *form = pageForm(this);
        m_minSize = new QSpinBox(this);
        m_minSize->setRange(2, 1000000);
        m_minSize->setKeyboardTracking(false);
        m_default = new QPushButton(AlgorithmPage::tr("1%"), this);
        m_default->setToolTip(AlgorithmPage::tr("Take the minimum segment size from the data: 1% of the customers, at least 5."));
        m_default->setAccessibleName(AlgorithmPage::tr("Minimum segment size from the data (1% of the customers)"));
        addRow(form, this, AlgorithmPage::tr("Min si&ze:"), m_minSize,
               AlgorithmPage::tr("The smallest group of customers that counts as a segment. Smaller groups that split off "
                  "a segment become noise. Larger: fewer, broader segments."));
        m_minSamples = new QSpinBox(this);
        m_minSamples->setRange(0, 10000);
        m_minSamples->setKeyboardTracking(false);
        //: HDBSCAN's min samples at 0: the minimum segment size is used.
        m_minSamples->setSpecialValueText(AlgorithmPage::tr("as size"));
        addRow(form, this, AlgorithmPage::tr("Min sam&ples:"), m_minSamples,
               AlgorithmPage::tr("How crowded a customer's neighbourhood must be for it to count as dense. Larger: more "
                  "customers called noise, segments only in the densest regions. \"as size\" uses the minimum "
                  "segment size."));
        m_note = noteLabel(this);
        addNoteRow(form, this, m_note, m_default);

        connect(m_minSize, &QSpinBox::valueChanged, this, [this] {
            m_fromData = false;
            updateNote();
            notifyEdited();
        });
        connect(m_minSamples, &QSpinBox::valueChanged, this, [this] { notifyEdited(); });
        connect(m_default, &QPushButton::clicked, this, [this] {
            m_fromData = true;
            updateNote();
            notifyEdited();
        });
        updateNote();
    }

    QList<QWidget *> inputs() const override { return {m_minSize, m_minSamples, m_default}; }
    DataDefaults fromData() const override { return {false, m_fromData}; }

    void setFeedback(const ClusteringFeedback &feedback) override
    {
        const auto &used = std::get<HdbscanOptions>(feedback.used);
        m_customers = feedback.customers;
        if (m_fromData) {
            const QSignalBlocker blocker(m_minSize);
            m_minSize->setValue(used.minClusterSize);
        }
        updateNote();
    }

protected:
    void show(const ClusteringOptions &options, const DataDefaults &fromData) override
    {
        const auto &o = std::get<HdbscanOptions>(options);
        m_fromData = fromData.minClusterSize;
        if (!m_fromData)
            m_minSize->setValue(o.minClusterSize);
        m_minSamples->setValue(o.minSamples);
        updateNote();
    }

    ClusteringOptions read(ClusteringOptions base) const override
    {
        auto &o = std::get<HdbscanOptions>(base);
        if (!m_fromData)
            o.minClusterSize = m_minSize->value();
        o.minSamples = m_minSamples->value();
        return base;
    }

private:
    void updateNote()
    {
        m_default->setEnabled(!m_fromData);
        if (m_fromData)
            m_note->setText(m_customers > 0 ? AlgorithmPage::tr("Minimum segment size from the data: 1% of the %1 "
                                                                "customer(s).",
                                                                nullptr, pluralCount(m_customers))
                                                  .arg(QLocale().toString(qulonglong(m_customers)))
                                            : AlgorithmPage::tr("Minimum segment size from the data: 1% of the customers."));
        else
            m_note->setText(AlgorithmPage::tr("1% takes the minimum segment size from the data."));
        m_note->setAccessibleName(m_note->text());
    }

    QSpinBox *m_minSize = nullptr;
    QPushButton *m_default = nullptr;
    QSpinBox *m_minSamples = nullptr;
    QLabel *m_note = nullptr;
    bool m_fromData = true;
    std::size_t m_customers = 0;
};

} // namespace

AlgorithmPage::AlgorithmPage(Algorithm algorithm, QWidget *parent)
    : QWidget(parent), m_algorithm(algorithm), m_options(defaultClusteringOptions(algorithm, 6, kDefaultSeed))
{
}

void AlgorithmPage::setOptions(const ClusteringOptions &options, const DataDefaults &fromData)
{
    if (algorithmOf(options) != m_algorithm)
        return;
    m_options = options;
    m_updating = true;
    show(options, fromData);
    m_updating = false;
}

void AlgorithmPage::notifyEdited()
{
    if (!m_updating)
        Q_EMIT edited();
}

std::vector<AlgorithmEntry> algorithmEntries()
{
    const std::vector<AlgorithmEntry> entries = {
        {Algorithm::KMeans, AlgorithmPage::tr("k-means"),
         AlgorithmPage::tr("k compact, similarly sized segments; every customer in the segment of the nearest centre."),
         [] { return new KMeansPage; }},
        {Algorithm::MiniBatchKMeans, AlgorithmPage::tr("Mini-batch"),
         AlgorithmPage::tr("k-means for large tables: starts on a sample and refines the segments on everyone in small "
            "batches. Nearly the same segments as k-means, much faster for millions of customers."),
         [] { return new MiniBatchPage; }},
        {Algorithm::GaussianMixture, AlgorithmPage::tr("Gaussian mixture"),
         AlgorithmPage::tr("k segments that may differ in spread; each customer belongs to each segment with a probability and "
            "is shown in the most probable. Slower than k-means."),
         [] { return new GaussianMixturePage; }},
        {Algorithm::Ward, AlgorithmPage::tr("Ward (hierarchical)"),
         AlgorithmPage::tr("k segments from a tree that joins, step by step, the two groups whose union adds least to the "
            "spread within groups; the Tree tab shows it."),
         [] { return new WardPage; }},
        {Algorithm::Dbscan, AlgorithmPage::tr("DBSCAN"),
         AlgorithmPage::tr("Finds the number of segments itself: dense groups of customers become segments, customers in "
            "sparse regions are left as noise (grey). Good for odd-shaped segments."),
         [] { return new DbscanPage; }},
        {Algorithm::Hdbscan, AlgorithmPage::tr("HDBSCAN"),
         AlgorithmPage::tr("Like DBSCAN, but finds segments of different densities and needs only the smallest segment size. "
            "Customers in no dense group are noise (grey)."),
         [] { return new HdbscanPage; }},
        {Algorithm::Consensus, AlgorithmPage::tr("Consensus"),
         AlgorithmPage::tr("The k segments on which many runs of k-means, the Gaussian mixture and Ward agree, with each "
            "customer's agreement. The slowest, and the surest test of whether the segments are real."),
         [] { return new ConsensusPage; }},
    };
    std::vector<AlgorithmEntry> offered;
    for (Algorithm algorithm : availableAlgorithms()) {
        const auto entry = std::find_if(entries.begin(), entries.end(),
                                        [&](const AlgorithmEntry &e) { return e.algorithm == algorithm; });
        if (entry != entries.end())
            offered.push_back(*entry);
    }
    return offered;
}

QString describeParameters(const ClusteringOptions &options)
{
    const QLocale locale;
    return std::visit(
        [&](const auto &o) -> QString {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, KMeansOptions>) {
                return AlgorithmPage::tr("%n restart(s)", nullptr, o.nInit);
            } else if constexpr (std::is_same_v<T, GaussianMixtureOptions>) {
                return AlgorithmPage::tr("%1 covariance, %2").arg(o.covariance == CovarianceType::Full ? AlgorithmPage::tr("full") : AlgorithmPage::tr("diagonal"),
                                                   AlgorithmPage::tr("%n EM run(s)", nullptr, o.nInit));
            } else if constexpr (std::is_same_v<T, WardOptions>) {
                return AlgorithmPage::tr("exact up to %1").arg(locale.toString(qulonglong(o.exactLimit)));
            } else if constexpr (std::is_same_v<T, DbscanOptions>) {
                return AlgorithmPage::tr("eps %1, min samples %2").arg(number(o.eps)).arg(o.minSamples);
            } else if constexpr (std::is_same_v<T, MiniBatchKMeansOptions>) {
                return AlgorithmPage::tr("%n restart(s)", nullptr, o.nInit) + QStringLiteral(", ")
                       + AlgorithmPage::tr("batches of %1").arg(locale.toString(qulonglong(o.batchSize)));
            } else if constexpr (std::is_same_v<T, ConsensusClusteringOptions>) {
                return AlgorithmPage::tr("%n run(s) per algorithm", nullptr, o.runsPerMember);
            } else if constexpr (std::is_same_v<T, HdbscanOptions>) {
                return o.minSamples == 0 ? AlgorithmPage::tr("min segment size %1").arg(o.minClusterSize)
                                         : AlgorithmPage::tr("min segment size %1, min samples %2").arg(o.minClusterSize).arg(o.minSamples);
            } else {
                return QString();
            }
        },
        options);
}

} // namespace seg
