// segscope serve P.segscope: an HTTP JSON endpoint that scores batches of customers into the
// segments of a saved run, for systems that score one customer or a hundred at a time. Binds to
// loopback unless told otherwise; reloads the project on SIGHUP; stops on SIGTERM or SIGINT.
//
// The server is Debian's cpp-httplib: its request size limit refuses an oversized body before
// reading it (Qt HTTP Server 6.4 reads every body whole), and its thread pool scores requests
// in parallel. Endpoints and messages: docs/scoring-service.md.

#include "app/cli/args.h"
#include "app/cli/commands.h"
#include "app/cli/output.h"

#include "engine/core/error.h"
#include "engine/core/parallel.h"
#include "engine/core/strict_json.h"
#include "engine/core/text.h"
#include "engine/project/project.h"
#include "engine/project/sha256.h"
#include "engine/score/score.h"
#include "engine/score/score_json.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <chrono>
#include <csignal>
#include <memory>
#include <mutex>
#include <thread>

#include <pthread.h>

namespace seg::cli {

namespace {

using Clock = std::chrono::steady_clock;

/// The model being served, replaced whole on reload.
struct ServedModel
{
    std::string projectPath;
    std::int64_t run = 0;
    std::string version; ///< changes whenever the served run does
    std::string algorithm;
    std::string idColumn;
    std::string loadedAt;
    std::vector<std::string> names;
    ScoringModel model;
};

std::shared_ptr<const ServedModel> loadModel(const std::string &path, long long runId)
{
    const Project project = openProject(path);
    const ProjectRun &run = chosenRun(project, runId, path);
    auto served = std::make_shared<ServedModel>();
    served->projectPath = path;
    served->run = run.id;
    served->algorithm = std::string(algorithmName(algorithmOf(run.segmentation.options)));
    served->idColumn = project.privacy.idColumn;
    served->loadedAt = utcNow();
    for (int s = 0; s < run.segmentation.clustering.clusterCount; ++s)
        served->names.push_back(project.segmentName(run, s));
    served->model = scoringModel(*project.table, run.segmentation, served->names);
    // The run, its data and who made it; names too, since they are part of every answer.
    std::string identity = project.fingerprint + '\n' + std::to_string(run.id) + '\n' + run.createdAt + '\n'
                           + run.engineVersion;
    for (const std::string &name : served->names)
        identity += '\n' + name;
    const auto digest = sha256(identity, {});
    served->version = "run-" + std::to_string(run.id) + "-" + hexOf(digest.data(), 6);
    return served;
}

void answer(httplib::Response &response, int status, const nlohmann::json &body)
{
    response.status = status;
    response.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", "application/json");
}

void refuse(httplib::Response &response, int status, const std::string &message)
{
    answer(response, status, {{"error", message}, {"status", status}});
}

constexpr const char *kEndpoints = "GET /health, GET /model and POST /score";

} // namespace

int runServe(const QStringList &arguments)
{
    const Args args(arguments,
                    {QStringLiteral("run"), QStringLiteral("port"), QStringLiteral("bind"), QStringLiteral("threads"),
                     QStringLiteral("max-batch"), QStringLiteral("max-body-mb")},
                    {QStringLiteral("quiet")});
    if (args.positional().size() != 1)
        throw UsageError(Cli::tr("serve needs one project: segscope serve P.segscope [--port N] [--bind 127.0.0.1]"));
    const std::string projectPath = args.positional()[0].toStdString();
    const long long runId = args.integer(QStringLiteral("run"), 0, 1, std::numeric_limits<long long>::max());
    const int port = static_cast<int>(args.integer(QStringLiteral("port"), 8750, 0, 65535));
    const std::string bind = args.stdValue(QStringLiteral("bind"), "127.0.0.1");
    const int workers = static_cast<int>(args.integer(QStringLiteral("threads"), 0, 0, 256));
    const auto maxBatch = static_cast<std::size_t>(args.integer(QStringLiteral("max-batch"), 10000, 1, 10000000));
    const auto maxBody = static_cast<std::size_t>(args.integer(QStringLiteral("max-body-mb"), 16, 1, 4096)) << 20;
    const bool quiet = args.has(QStringLiteral("quiet"));

    // The signals go to one thread that waits for them: blocked here, before any thread starts,
    // every thread inherits the mask.
    sigset_t signals;
    sigemptyset(&signals);
    sigaddset(&signals, SIGHUP);
    sigaddset(&signals, SIGTERM);
    sigaddset(&signals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &signals, nullptr);

    std::mutex modelMutex;
    std::shared_ptr<const ServedModel> served = loadModel(projectPath, runId);
    const auto current = [&] {
        const std::lock_guard lock(modelMutex);
        return served;
    };
    // Each request scores on its own thread; requests run side by side on the pool.
    setThreadCount(1);
    std::atomic<std::uint64_t> requests {0}, scoredCustomers {0};
    const auto started = Clock::now();

    httplib::Server server;
    // A keep-alive connection holds its thread while it lasts: several per core, so that waiting
    // connections do not queue behind busy ones.
    const unsigned poolSize = workers > 0 ? unsigned(workers) : std::max(8u, 4 * std::thread::hardware_concurrency());
    server.new_task_queue = [poolSize] { return new httplib::ThreadPool(poolSize); };
    server.set_payload_max_length(maxBody);
    // The library's default, SO_REUSEPORT, lets a second server bind the same port and silently
    // share its requests; SO_REUSEADDR alone refuses it and still allows a quick restart.
    server.set_socket_options([](socket_t socket) {
        const int yes = 1;
        setsockopt(socket, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    });
    // Without TCP_NODELAY, a small answer waits for the client's delayed acknowledgement (about
    // 40 ms on Linux); connections are kept for many requests, not the library's default five.
    server.set_tcp_nodelay(true);
    server.set_keep_alive_max_count(10000);
    server.set_read_timeout(10, 0);
    server.set_write_timeout(10, 0);

    server.Get("/health", [&](const httplib::Request &, httplib::Response &response) {
        const auto model = current();
        answer(response, 200,
               {{"status", "ok"},
                {"project", model->projectPath},
                {"run", model->run},
                {"model_version", model->version},
                {"algorithm", model->algorithm},
                {"segments", model->model.segments},
                {"loaded_at", model->loadedAt},
                {"requests", requests.load()},
                {"customers_scored", scoredCustomers.load()},
                {"uptime_seconds", std::chrono::duration<double>(Clock::now() - started).count()}});
    });
    server.Get("/model", [&](const httplib::Request &, httplib::Response &response) {
        const auto model = current();
        nlohmann::json columns = nlohmann::json::array();
        for (const ScoringColumn &c : model->model.columns) {
            nlohmann::json column {{"name", c.name}, {"type", std::string(toString(c.type))}};
            if (c.type == ColumnType::Categorical)
                column["levels"] = c.levels;
            columns.push_back(column);
        }
        nlohmann::json segments = nlohmann::json::array();
        for (int s = 0; s < model->model.segments; ++s)
            segments.push_back({{"segment", s}, {"name", model->names[std::size_t(s)]}});
        answer(response, 200,
               {{"model_version", model->version},
                {"run", model->run},
                {"id_column", model->idColumn},
                {"columns", columns},
                {"segments", segments},
                {"max_batch", maxBatch},
                {"max_body_bytes", maxBody}});
    });
    server.Post("/score", [&](const httplib::Request &request, httplib::Response &response) {
        ++requests;
        // Any Content-Type (curl -d says form encoding): the body itself must be JSON, read as
        // strictly as a feature spec: a key given twice (which would keep only its last value)
        // and a number beyond a double are refused with their place in the body.
        nlohmann::json body;
        const nlohmann::json *customers = nullptr;
        try {
            body = parseStrictJson(request.body, {}, Text::tr("request body"));
            customers = &requestCustomers(body);
        } catch (const Error &e) {
            refuse(response, 400, e.what());
            return;
        }
        if (customers->size() > maxBatch) {
            refuse(response, 413, std::to_string(customers->size()) + " customers in one request; at most "
                                      + std::to_string(maxBatch) + " (--max-batch)");
            return;
        }
        const auto model = current();
        try {
            const Table table = customersFromJson(model->model, *customers, model->idColumn);
            const ScoredRows scored = scoreRows(model->model, table);
            const Column *ids = model->idColumn.empty() ? nullptr : &table.columns.front();
            nlohmann::json scores = nlohmann::json::array();
            for (std::size_t i = 0; i < table.rowCount; ++i) {
                const std::int32_t s = scored.segments[i];
                scores.push_back(scoredRowJson(scored, i,
                                               ids && !ids->textMissing[i] ? ids->text[i] : std::to_string(i + 1),
                                               s >= 0 ? model->names[std::size_t(s)] : std::string()));
            }
            scoredCustomers += table.rowCount;
            answer(response, 200, {{"model_version", model->version}, {"run", model->run}, {"scores", scores}});
        } catch (const Error &e) {
            refuse(response, 422, e.what());
        }
    });
    server.Get("/score", [](const httplib::Request &, httplib::Response &response) {
        response.set_header("Allow", "POST");
        refuse(response, 405, "use POST for /score");
    });
    for (const char *path : {"/health", "/model"})
        server.Post(path, [path](const httplib::Request &, httplib::Response &response) {
            response.set_header("Allow", "GET");
            refuse(response, 405, std::string("use GET for ") + path);
        });
    // Statuses the library sets itself (no route, a body over the limit) get a JSON message too.
    server.set_error_handler([&](const httplib::Request &request, httplib::Response &response) {
        if (!response.body.empty())
            return;
        if (response.status == 404)
            refuse(response, 404, "no endpoint " + request.method + " " + request.path + "; the endpoints are " + kEndpoints);
        else if (response.status == 413 && request.get_header_value("Content-Type").rfind("application/x-www-form-urlencoded", 0) == 0)
            // The library reads a form-encoded body as form fields, up to 8 KB: curl -d sends that.
            refuse(response, 413, "a form-encoded body is limited to " + std::to_string(CPPHTTPLIB_FORM_URL_ENCODED_PAYLOAD_MAX_LENGTH)
                                      + " bytes: send the customers as JSON (Content-Type: application/json)");
        else if (response.status == 413)
            refuse(response, 413, "the body is larger than " + std::to_string(maxBody >> 20) + " MB (--max-body-mb)");
        else
            refuse(response, response.status, "the request could not be handled");
    });
    server.set_exception_handler([](const httplib::Request &, httplib::Response &response, std::exception_ptr) {
        refuse(response, 500, "internal error while scoring; the service goes on");
    });

    const int bound = port == 0 ? server.bind_to_any_port(bind) : (server.bind_to_port(bind, port) ? port : -1);
    if (bound <= 0)
        throw Error(ErrorKind::Io, Cli::tr("cannot listen on %1:%2 (is another program using the port, or is the "
                                           "address not this machine's?)")
                                       .arg(QString::fromStdString(bind), QString::number(port))
                                       .toStdString());
    if (bind != "127.0.0.1" && bind != "::1" && bind != "localhost")
        printErr(Cli::tr("warning: serving on %1 without authentication: anyone who reaches this address can score "
                    "customers and read the model's columns\n")
                     .arg(QString::fromStdString(bind)));
    printOut(Cli::tr("serving run %1 of %2 (model version %3) on http://%4:%5\n")
                 .arg(served->run)
                 .arg(QString::fromStdString(projectPath), QString::fromStdString(served->version),
                      QString::fromStdString(bind))
                 .arg(bound));
    std::fflush(stdout);

    std::atomic<bool> listening {true};
    std::thread signalThread([&] {
        while (true) {
            int signal = 0;
            if (sigwait(&signals, &signal) != 0)
                continue;
            if (signal == SIGHUP && listening) {
                try {
                    auto reloaded = loadModel(projectPath, runId);
                    const std::string version = reloaded->version;
                    {
                        const std::lock_guard lock(modelMutex);
                        served = std::move(reloaded);
                    }
                    if (!quiet)
                        printErr(Cli::tr("reloaded %1: model version %2\n")
                                     .arg(QString::fromStdString(projectPath), QString::fromStdString(version)));
                } catch (const std::exception &e) {
                    printErr(Cli::tr("reload failed, still serving model version %1: %2\n")
                                 .arg(QString::fromStdString(current()->version), QString::fromUtf8(e.what())));
                }
                continue;
            }
            server.stop();
            return;
        }
    });
    server.listen_after_bind();
    listening = false;
    // listen_after_bind returns after server.stop(), or on its own when the socket fails: then
    // the signal thread still waits, and a signal of our own ends it.
    pthread_kill(signalThread.native_handle(), SIGTERM);
    signalThread.join();
    if (!quiet)
        printErr(Cli::tr("stopped after %1 request(s), %2 customers scored\n", nullptr, pluralCount(requests.load()))
                     .arg(requests.load())
                     .arg(scoredCustomers.load()));
    return ExitOk;
}

} // namespace seg::cli
