#include "app/core/project_session.h"

#include "app/core/document.h"
#include "app/core/preferences.h"
#include "engine/core/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaObject>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <map>
#include <thread>
#include <utility>

#ifdef __linux__
#include <csignal>
#include <unistd.h>
#endif

namespace seg {

namespace {

constexpr int kPersonaDocumentVersion = 1;
const char *const kPersonaKind = "persona";
const char *const kRecoveryKey = "recovery/autosaves";

QString fromStd(const std::string &text)
{
    return QString::fromStdString(text);
}

std::vector<ProjectDocument> personaDocuments(const PersonaEdits &edits)
{
    std::vector<ProjectDocument> documents;
    for (const auto &[key, edit] : edits) {
        const QJsonObject object {{QStringLiteral("label"), edit.label},
                                  {QStringLiteral("description"), edit.description},
                                  {QStringLiteral("notes"), edit.notes}};
        documents.push_back({kPersonaKind, std::to_string(key), kPersonaDocumentVersion,
                             QJsonDocument(object).toJson(QJsonDocument::Compact).toStdString()});
    }
    return documents;
}

/// The persona edits stored in `project`; documents of a newer version or damaged ones are
/// skipped (the draft persona shows instead).
PersonaEdits personaEdits(const Project &project)
{
    PersonaEdits edits;
    for (const ProjectDocument &document : project.documents) {
        if (document.kind != kPersonaKind || document.version > kPersonaDocumentVersion)
            continue;
        bool ok = false;
        const int key = QString::fromStdString(document.key).toInt(&ok);
        const QJsonDocument json = QJsonDocument::fromJson(QByteArray::fromStdString(document.data));
        if (!ok || key < 0 || !json.isObject())
            continue;
        const QJsonObject object = json.object();
        const PersonaEdit edit {object.value(QStringLiteral("label")).toString(),
                                object.value(QStringLiteral("description")).toString(),
                                object.value(QStringLiteral("notes")).toString()};
        if (!edit.isEmpty())
            edits[key] = edit;
    }
    return edits;
}

void storeMapSettings(const MapSettings &settings, ViewState &state)
{
    state["map.method"] = settings.method == EmbeddingMethod::Pca ? "pca" : "umap";
    state["map.neighbors"] = std::to_string(settings.umap.neighbors);
    state["map.min_dist"] = QString::number(settings.umap.minDist, 'g', 17).toStdString();
    state["map.metric"] = std::string(toString(settings.umap.metric));
    state["map.fit_sample"] = std::to_string(settings.umap.fitSample);
    state["map.seed"] = std::to_string(settings.umap.seed);
}

/// The map settings in `state`; values that are absent or do not parse keep the defaults.
MapSettings loadMapSettings(const ViewState &state)
{
    MapSettings settings;
    auto value = [&](const char *key) {
        const auto it = state.find(key);
        return it == state.end() ? QString() : fromStd(it->second);
    };
    if (value("map.method") == QLatin1String("pca"))
        settings.method = EmbeddingMethod::Pca;
    bool ok = false;
    if (const int n = value("map.neighbors").toInt(&ok); ok && n >= 2)
        settings.umap.neighbors = n;
    if (const double d = value("map.min_dist").toDouble(&ok); ok && d >= 0.0 && d <= settings.umap.spread)
        settings.umap.minDist = d;
    try {
        if (!value("map.metric").isEmpty())
            settings.umap.metric = parseUmapMetric(value("map.metric").toStdString());
    } catch (const Error &) {
    }
    if (const qulonglong n = value("map.fit_sample").toULongLong(&ok); ok && n > 0)
        settings.umap.fitSample = static_cast<std::size_t>(n);
    if (const qulonglong seed = value("map.seed").toULongLong(&ok); ok)
        settings.umap.seed = seed;
    return settings;
}

std::map<std::string, double> metricsOf(const QualityReport &quality)
{
    std::map<std::string, double> metrics {{"silhouette", quality.silhouette},
                                           {"davies_bouldin", quality.daviesBouldin},
                                           {"calinski_harabasz", quality.calinskiHarabasz},
                                           {"inertia", quality.inertia}};
    if (quality.ari)
        metrics["ari"] = *quality.ari;
    if (quality.nmi)
        metrics["nmi"] = *quality.nmi;
    return metrics;
}

bool processRunning(qint64 pid)
{
#ifdef __linux__
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
#else
    Q_UNUSED(pid);
    return false;
#endif
}

QString withExtension(const QString &path)
{
    return path.endsWith(QLatin1String(kProjectExtension)) ? path : path + QLatin1String(kProjectExtension);
}

} // namespace

// Background operations: each a thread that gets the Project (or builds it) and hands it back
// through a queued call. A task whose epoch has passed (other data was opened meanwhile) only
// gives its project back to be freed.
struct ProjectSession::Tasks
{
    std::map<int, std::thread> threads;
    int next = 0;
    ~Tasks()
    {
        for (auto &[id, thread] : threads)
            thread.join();
    }
};

void ProjectSession::runTask(std::function<std::function<void()>()> work)
{
    const int id = m_tasks->next++;
    const quint64 epoch = m_epoch;
    m_tasks->threads.emplace(id, std::thread([this, id, epoch, work = std::move(work)] {
        std::function<void()> done = work();
        QMetaObject::invokeMethod(this, [this, id, epoch, done = std::move(done)] {
            if (auto it = m_tasks->threads.find(id); it != m_tasks->threads.end()) {
                it->second.join(); // it has finished: this call was its last step
                m_tasks->threads.erase(it);
            }
            if (epoch != m_epoch)
                return; // `done` owns a stale project: dropped with it
            setBusy(false);
            done();
        }, Qt::QueuedConnection);
    }));
    setBusy(true);
}

ProjectSession::ProjectSession(Document *document, QObject *parent)
    : QObject(parent), m_document(document), m_autosaveTimer(new QTimer(this)), m_tasks(std::make_unique<Tasks>())
{
    connect(m_document, &Document::tableChanged, this, &ProjectSession::onTableChanged);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, [this] { onDocumentEdited(); });
    connect(m_document->undoStack(), &QUndoStack::indexChanged, this, [this] { onDocumentEdited(); });
    connect(m_autosaveTimer, &QTimer::timeout, this, &ProjectSession::autosave);
    const int minutes = QSettings().value(QLatin1String(kAutosaveMinutesKey), Preferences {}.autosaveMinutes).toInt();
    setAutosaveInterval(std::chrono::minutes(std::max(0, minutes)));
}

ProjectSession::~ProjectSession()
{
    m_tasks.reset(); // joins: a running save completes (or fails) as a whole
}

void ProjectSession::setModified(bool modified)
{
    if (modified == m_modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void ProjectSession::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ProjectSession::onDocumentEdited()
{
    if (m_restoring)
        return;
    setModified(m_runsEdited || !m_document->undoStack()->isClean());
}

void ProjectSession::onTableChanged()
{
    if (m_restoring)
        return;
    // New data: a new project, not yet saved. Its columns are encoded in the background now, so
    // that the first save takes no longer than the others.
    discardAutosave();
    m_path.clear();
    Q_EMIT pathChanged(m_path);
    m_openedViewState.clear();
    m_runOf.clear();
    m_restored.clear();
    m_result.reset();
    m_runsEdited = false;
    setModified(false);
    m_project.reset();
    m_queuedSave.clear();
    ++m_epoch;
    setBusy(false);
    m_projectTable = m_document->table();
    if (!m_projectTable)
        return;
    auto table = m_projectTable;
    ProjectImportOptions options;
    options.sourcePath = m_document->sourcePath().toStdString();
    options.idColumn = m_document->idColumn().toStdString();
    runTask([this, table, options]() -> std::function<void()> {
        try {
            auto project = std::make_shared<Project>(createProject(table, options));
            return [this, project] {
                m_project = std::make_unique<Project>(std::move(*project));
                if (!m_queuedSave.isEmpty())
                    startSave(std::exchange(m_queuedSave, {}), false);
            };
        } catch (const std::exception &e) {
            const QString error = fromStd(e.what());
            return [this, error] { Q_EMIT saveFailed(tr("The data cannot be kept in a project: %1").arg(error)); };
        }
    });
}

void ProjectSession::setResult(std::shared_ptr<const AnalysisResult> result)
{
    m_result = std::move(result);
    m_metricsComplete = false;
    if (m_result)
        m_metrics = m_result->metrics;
    // A stored run on screen is the project's current run; anything else is an unsaved change
    // only through the settings that made it (the undo stack says so).
    if (const std::int64_t shown = shownRun(); shown && m_project && !m_busy)
        m_project->currentRun = shown;
    Q_EMIT runsChanged();
    // A new segmentation with the settings of a stored run (same data, features, algorithm, k,
    // seed, outlier rule) must give the same segments: say whether it did.
    if (!m_result || m_result->request.restored || !m_project || m_projectTable != m_result->request.table)
        return;
    const Segmentation &made = *m_result->segmentation;
    for (const ProjectRun &run : m_project->runs) {
        const RestoredRun probe {run.id, std::shared_ptr<const Segmentation>(std::shared_ptr<void>(), &run.segmentation), {}, {}};
        if (!probe.matches(made.spec, made.options, made.outliers))
            continue;
        const bool same = run.segmentation.rows == made.rows && run.segmentation.clustering.labels == made.clustering.labels;
        Q_EMIT reproduced(run.id, same);
        return;
    }
}

void ProjectSession::setMetrics(quint64 generation, const QualityReport &metrics)
{
    if (m_result && m_result->generation == generation) {
        m_metrics = metrics;
        m_metricsComplete = true;
        // A run kept before its silhouette was known gets it now.
        if (ProjectRun *run = m_busy || !m_project ? nullptr : m_project->run(shownRun()))
            if (std::isnan(run->metrics["silhouette"]))
                run->metrics = metricsOf(metrics);
    }
}

std::int64_t ProjectSession::shownRun() const
{
    if (!m_result || !m_result->segmentation)
        return 0;
    const auto it = m_runOf.find(m_result->segmentation.get());
    return it == m_runOf.end() ? 0 : it->second;
}

std::int64_t ProjectSession::ensureShownRun(const QString &annotation)
{
    if (!m_project || !m_result || !m_result->segmentation)
        return 0;
    if (const std::int64_t id = shownRun())
        return id;
    std::map<std::string, double> metrics = metricsOf(m_metrics);
    if (!m_metricsComplete)
        metrics["silhouette"] = std::nan(""); // not computed yet: stored as undefined
    const std::int64_t id = addRun(*m_project, *m_result->segmentation, std::move(metrics), m_result->segmentKeys,
                                   annotation.toStdString());
    m_runOf[m_result->segmentation.get()] = id;
    m_restored[id] = std::make_shared<const RestoredRun>(
        RestoredRun {id, m_result->segmentation, m_result->segmentKeys, m_project->run(id)->metrics});
    return id;
}

std::int64_t ProjectSession::keepCurrentRun(const QString &annotation)
{
    if (m_busy)
        return 0;
    const std::int64_t before = shownRun();
    const std::int64_t id = ensureShownRun(annotation);
    if (id && !before) {
        m_runsEdited = true;
        setModified(true);
        Q_EMIT runsChanged();
    }
    return id;
}

std::shared_ptr<const RestoredRun> ProjectSession::restoredRun(std::int64_t id)
{
    if (const auto it = m_restored.find(id); it != m_restored.end())
        return it->second;
    const ProjectRun *run = m_project ? m_project->run(id) : nullptr;
    if (!run)
        return nullptr;
    std::vector<int> keys(static_cast<std::size_t>(run->segmentation.clustering.clusterCount));
    for (std::size_t s = 0; s < keys.size(); ++s)
        keys[s] = run->segmentKey(static_cast<int>(s));
    auto restored = std::make_shared<const RestoredRun>(
        RestoredRun {id, std::make_shared<const Segmentation>(run->segmentation), std::move(keys), run->metrics});
    m_restored[id] = restored;
    m_runOf[restored->segmentation.get()] = id;
    return restored;
}

void ProjectSession::restoreRun(std::int64_t id)
{
    if (m_busy)
        return;
    if (auto run = restoredRun(id))
        m_document->restoreRun(std::move(run));
}

bool ProjectSession::deleteRun(std::int64_t id)
{
    if (m_busy || !m_project || !seg::deleteRun(*m_project, id))
        return false;
    if (const auto it = m_restored.find(id); it != m_restored.end()) {
        m_runOf.erase(it->second->segmentation.get());
        m_restored.erase(it);
    }
    m_runsEdited = true;
    setModified(true);
    Q_EMIT runsChanged();
    return true;
}

void ProjectSession::annotateRun(std::int64_t id, const QString &annotation)
{
    ProjectRun *run = m_busy || !m_project ? nullptr : m_project->run(id);
    if (!run || run->annotation == annotation.toStdString())
        return;
    run->annotation = annotation.toStdString();
    m_runsEdited = true;
    setModified(true);
    Q_EMIT runsChanged();
}

bool ProjectSession::save()
{
    if (m_path.isEmpty())
        return false;
    saveAs(m_path);
    return true;
}

void ProjectSession::saveAs(const QString &path)
{
    if (!m_document->table())
        return;
    if (m_busy || !m_project) {
        m_queuedSave = withExtension(path); // starts when the project is ready
        return;
    }
    startSave(withExtension(path), false);
}

void ProjectSession::startSave(const QString &path, bool isAutosave)
{
    // Everything the file holds is taken from the document now, on the GUI thread.
    const std::int64_t shown = ensureShownRun();
    Project &project = *m_project;
    const std::int64_t keptCurrent = project.currentRun;
    if (shown)
        project.currentRun = shown;
    project.segmentNames.clear();
    for (const auto &[key, name] : m_document->segmentNames())
        project.segmentNames[key] = name.toStdString();
    std::erase_if(project.documents, [](const ProjectDocument &d) { return d.kind == kPersonaKind; });
    for (ProjectDocument &document : personaDocuments(m_document->personaEdits()))
        project.documents.push_back(std::move(document));
    // The fitted value models, so that the project reopens without fitting them again.
    if (m_result && m_result->value && m_result->request.table == m_projectTable)
        storeValueFits(project, valueModelFits(*m_result->value));
    // And the k sweep of the chart, so that it is drawn at once too.
    if (m_sweepProvider)
        if (const std::optional<ProjectKSweep> sweep = m_sweepProvider(m_projectTable))
            storeKSweep(project, *sweep);
    ViewState state = m_viewStateProvider ? m_viewStateProvider() : ViewState {};
    storeMapSettings(m_document->mapSettings(), state);
    state["data.label_column"] = m_document->labelColumn().toStdString();
    project.viewState = std::move(state);
    if (isAutosave)
        project.currentRun = shown ? shown : keptCurrent;

    const int cleanIndex = m_document->undoStack()->index();
    std::shared_ptr<Project> saving(m_project.release());
    runTask([this, saving, path, isAutosave, cleanIndex]() -> std::function<void()> {
        QString error;
        try {
            saveProject(*saving, path.toStdString());
        } catch (const std::exception &e) {
            error = fromStd(e.what());
        }
        return [this, saving, path, isAutosave, cleanIndex, error] {
            m_project = std::make_unique<Project>(std::move(*saving));
            finishSave(path, isAutosave, cleanIndex, error);
        };
    });
}

void ProjectSession::finishSave(const QString &path, bool isAutosave, int cleanIndex, const QString &error)
{
    if (!error.isEmpty()) {
        if (!isAutosave)
            Q_EMIT saveFailed(tr("The project could not be saved: %1").arg(error));
    } else if (isAutosave) {
        registerAutosave(path);
        Q_EMIT autosaved(path);
    } else {
        discardAutosave();
        if (m_path != path) {
            m_path = path;
            Q_EMIT pathChanged(m_path);
        }
        m_runsEdited = false;
        // Edits made while the file was written are still unsaved.
        if (m_document->undoStack()->index() == cleanIndex)
            m_document->undoStack()->setClean();
        setModified(!m_document->undoStack()->isClean());
        addRecent(path);
        Q_EMIT saved(path);
    }
    Q_EMIT runsChanged();
    if (!m_queuedSave.isEmpty())
        startSave(std::exchange(m_queuedSave, {}), false);
}

void ProjectSession::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentProjects")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    settings.setValue(QStringLiteral("recentProjects"), recent.mid(0, 8));
}

QStringList ProjectSession::recentProjects()
{
    return QSettings().value(QStringLiteral("recentProjects")).toStringList();
}

void ProjectSession::open(const QString &path)
{
    openFile(path, path, false);
}

void ProjectSession::recover(const Recovery &recovery)
{
    openFile(recovery.autosavePath, recovery.originalPath, true);
}

void ProjectSession::openFile(const QString &file, const QString &path, bool recovered)
{
    // Whatever runs now belongs to the data being replaced.
    ++m_epoch;
    m_queuedSave.clear();
    runTask([this, file, path, recovered]() -> std::function<void()> {
        try {
            auto project = std::make_shared<Project>(openProject(file.toStdString()));
            return [this, project, file, path, recovered] {
                finishOpen(std::make_unique<Project>(std::move(*project)), path, recovered);
                // The recovered changes are this session's now: its own autosave replaces the old one.
                if (recovered)
                    dismissRecovery({file, path, {}});
            };
        } catch (const std::exception &e) {
            const QString error = fromStd(e.what());
            return [this, error] { Q_EMIT openFailed(error); };
        }
    });
}

void ProjectSession::finishOpen(std::unique_ptr<Project> project, const QString &path, bool recovered)
{
    discardAutosave();
    m_project = std::move(project);
    m_runOf.clear();
    m_restored.clear();
    m_result.reset();
    m_runsEdited = recovered;
    m_openedViewState = m_project->viewState;

    std::shared_ptr<const Table> table = m_project->table; // shared with the project, not copied
    m_projectTable = table;
    DocumentState state;
    state.table = table;
    state.sourcePath = fromStd(m_project->sourcePath);
    state.idColumn = fromStd(m_project->privacy.idColumn);
    if (const auto it = m_openedViewState.find("data.label_column");
        it != m_openedViewState.end() && table->find(it->second))
        state.labelColumn = fromStd(it->second);
    state.mapSettings = loadMapSettings(m_openedViewState);
    for (const auto &[key, name] : m_project->segmentNames)
        state.segmentNames[key] = fromStd(name);
    state.personaEdits = personaEdits(*m_project);
    if (std::optional<ValueModelFits> fits = storedValueFits(*m_project))
        state.valueFits = std::make_shared<const ValueModelFits>(std::move(*fits));
    if (m_project->current()) {
        state.restored = restoredRun(m_project->currentRun);
        const Segmentation &segmentation = *state.restored->segmentation;
        state.spec = segmentation.spec;
        const std::string_view algorithm = algorithmName(algorithmOf(segmentation.options));
        state.algorithm = QString::fromUtf8(algorithm.data(), static_cast<qsizetype>(algorithm.size()));
        // An algorithm that finds the number of segments itself stored no k and no seed: the
        // defaults stay for the other algorithms.
        if (!findsClusterCount(algorithmOf(segmentation.options))) {
            state.k = requestedClusters(segmentation.options);
            state.seed = seedOf(segmentation.options);
        }
        // The run's own parameters, the data-dependent ones as the values it was made with.
        state.parameters.chosen[algorithmOf(segmentation.options)] = segmentation.options;
        state.parameters.fromData = DataDefaults {algorithmOf(segmentation.options) != Algorithm::Dbscan,
                                                  algorithmOf(segmentation.options) != Algorithm::Hdbscan};
        state.outlierThreshold = segmentation.outliers.robustZ;
    } else {
        std::vector<std::string> exclude;
        if (!state.idColumn.isEmpty())
            exclude.push_back(state.idColumn.toStdString());
        if (!state.labelColumn.isEmpty())
            exclude.push_back(state.labelColumn.toStdString());
        state.spec = suggestFeatureSpec(*table, exclude);
    }
    m_restoring = true;
    m_document->restore(state);
    m_restoring = false;
    m_path = recovered && path.isEmpty() ? QString() : path;
    Q_EMIT pathChanged(m_path);
    setModified(recovered);
    if (!recovered && !path.isEmpty())
        addRecent(path);
    Q_EMIT runsChanged();
    Q_EMIT opened(path);
}

void ProjectSession::setAutosaveInterval(std::chrono::milliseconds interval)
{
    if (interval.count() <= 0) {
        m_autosaveTimer->stop();
        return;
    }
    m_autosaveTimer->start(static_cast<int>(std::min<std::chrono::milliseconds::rep>(interval.count(), 1 << 30)));
}

QString ProjectSession::autosaveFile() const
{
    if (!m_path.isEmpty())
        return fromStd(autosavePath(m_path.toStdString()));
    if (m_autosaveFile.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                            + QStringLiteral("/autosave");
        const_cast<ProjectSession *>(this)->m_autosaveFile
            = dir + QStringLiteral("/untitled-%1-%2%3")
                        .arg(QCoreApplication::applicationPid())
                        .arg(QDateTime::currentMSecsSinceEpoch())
                        .arg(QLatin1String(kProjectExtension));
    }
    return m_autosaveFile;
}

void ProjectSession::autosave()
{
    if (!m_modified || m_busy || !m_project)
        return;
    const QString file = autosaveFile();
    QDir().mkpath(QFileInfo(file).absolutePath());
    startSave(file, true);
}

void ProjectSession::registerAutosave(const QString &file)
{
    QSettings settings;
    QStringList entries = settings.value(QLatin1String(kRecoveryKey)).toStringList();
    const QString entry = QStringLiteral("%1\t%2\t%3").arg(file, m_path).arg(QCoreApplication::applicationPid());
    entries.removeIf([&](const QString &e) { return e.section(QLatin1Char('\t'), 0, 0) == file; });
    entries.prepend(entry);
    settings.setValue(QLatin1String(kRecoveryKey), entries);
}

void ProjectSession::discardAutosave()
{
    const QString file = autosaveFile();
    QFile::remove(file);
    QSettings settings;
    QStringList entries = settings.value(QLatin1String(kRecoveryKey)).toStringList();
    if (entries.removeIf([&](const QString &e) { return e.section(QLatin1Char('\t'), 0, 0) == file; }) > 0)
        settings.setValue(QLatin1String(kRecoveryKey), entries);
    m_autosaveFile.clear();
}

QList<Recovery> ProjectSession::pendingRecoveries()
{
    QList<Recovery> recoveries;
    const QStringList entries = QSettings().value(QLatin1String(kRecoveryKey)).toStringList();
    for (const QString &entry : entries) {
        const QStringList fields = entry.split(QLatin1Char('\t'));
        if (fields.size() != 3 || processRunning(fields[2].toLongLong()))
            continue;
        const QFileInfo info(fields[0]);
        if (!info.exists())
            continue;
        recoveries.append({fields[0], fields[1], info.lastModified()});
    }
    std::sort(recoveries.begin(), recoveries.end(),
              [](const Recovery &a, const Recovery &b) { return a.savedAt > b.savedAt; });
    return recoveries;
}

void ProjectSession::dismissRecovery(const Recovery &recovery)
{
    QFile::remove(recovery.autosavePath);
    QSettings settings;
    QStringList entries = settings.value(QLatin1String(kRecoveryKey)).toStringList();
    entries.removeIf(
        [&](const QString &e) { return e.section(QLatin1Char('\t'), 0, 0) == recovery.autosavePath; });
    settings.setValue(QLatin1String(kRecoveryKey), entries);
}

} // namespace seg
