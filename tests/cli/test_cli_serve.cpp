// segscope serve as a client uses it: it scores a batch as segscope score scores the same
// customers; it answers every malformed, oversized or wrong-schema request with a 4xx and a JSON
// message and goes on serving; it reloads the project on SIGHUP (a new current run is served)
// and stops cleanly on SIGTERM.

#include "tests/support/segscope_process.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <map>

namespace {

/// A running segscope serve.
class Server
{
public:
    explicit Server(const QStringList &arguments)
    {
        m_process.start(QStringLiteral(SEG_CLI_PATH), QStringList {QStringLiteral("serve")} + arguments
                                                           + QStringList {QStringLiteral("--port"), QStringLiteral("0")});
        if (!m_process.waitForStarted() || !m_process.waitForReadyRead(60000))
            return;
        m_banner = QString::fromUtf8(m_process.readLine()).trimmed();
        m_port = m_banner.section(QLatin1Char(':'), -1).toInt();
    }
    ~Server()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    int port() const { return m_port; }
    const QString &banner() const { return m_banner; }
    QProcess &process() { return m_process; }
    httplib::Client client() const
    {
        httplib::Client c("127.0.0.1", m_port);
        c.set_read_timeout(30, 0);
        return c;
    }

private:
    QProcess m_process;
    QString m_banner;
    int m_port = 0;
};

/// The first `n` customers of a CSV as JSON objects: numbers as JSON numbers, the rest as text,
/// empty cells left out.
nlohmann::json customersOf(const QByteArray &csv, int n)
{
    const QList<QByteArray> lines = csv.split('\n');
    const QList<QByteArray> header = lines[0].trimmed().split(',');
    nlohmann::json customers = nlohmann::json::array();
    for (int i = 1; i <= n && i < lines.size(); ++i) {
        const QList<QByteArray> cells = lines[i].trimmed().split(',');
        nlohmann::json customer = nlohmann::json::object();
        for (qsizetype c = 0; c < header.size() && c < cells.size(); ++c) {
            if (cells[c].isEmpty())
                continue;
            bool number = false;
            const double value = cells[c].toDouble(&number);
            const std::string name = header[c].toStdString();
            if (number && name != "customer_id")
                customer[name] = value;
            else
                customer[name] = cells[c].toStdString();
        }
        customers.push_back(customer);
    }
    return customers;
}

} // namespace

class TestCliServe : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_csv;
    QString m_project;
    std::unique_ptr<Server> m_server;

    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_csv = path(QStringLiteral("customers.csv"));
        m_project = path(QStringLiteral("p.segscope"));
        const SegscopeRun run = createDemoProject(m_csv, m_project, 2000, 4);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        m_server = std::make_unique<Server>(QStringList {m_project, QStringLiteral("--max-batch"), QStringLiteral("150"),
                                                         QStringLiteral("--max-body-mb"), QStringLiteral("1")});
        QVERIFY2(m_server->port() > 0, qPrintable(m_server->banner()));
        QVERIFY(m_server->banner().startsWith(QStringLiteral("serving run 1 of ")));
        QVERIFY(m_server->banner().contains(QStringLiteral(" on http://127.0.0.1:")));
    }

    void healthNamesTheModel()
    {
        const auto response = m_server->client().Get("/health");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const nlohmann::json health = nlohmann::json::parse(response->body);
        QCOMPARE(health["status"].get<std::string>(), std::string("ok"));
        QCOMPARE(health["run"].get<int>(), 1);
        QCOMPARE(health["segments"].get<int>(), 4);
        QVERIFY(health["model_version"].get<std::string>().rfind("run-1-", 0) == 0);
        const nlohmann::json model = nlohmann::json::parse(m_server->client().Get("/model")->body);
        QCOMPARE(model["id_column"].get<std::string>(), std::string("customer_id"));
        QCOMPARE(model["max_batch"].get<int>(), 150);
        QVERIFY(model["columns"].size() >= 10);
    }

    // The same 100 customers through the service and through segscope score: the same segment,
    // distance, confidence and flag for each.
    void scoresAsSegscopeScoreDoes()
    {
        const QByteArray csv = readFile(m_csv);
        const nlohmann::json customers = customersOf(csv, 100);
        const auto response = m_server->client().Post("/score", nlohmann::json {{"customers", customers}}.dump(),
                                                      "application/json");
        QVERIFY(response);
        QCOMPARE(response->status, 200);
        const nlohmann::json body = nlohmann::json::parse(response->body);
        QCOMPARE(body["run"].get<int>(), 1);
        const nlohmann::json &scores = body["scores"];
        QCOMPARE(scores.size(), std::size_t(100));

        QList<QByteArray> lines = csv.split('\n');
        QByteArray head;
        for (int i = 0; i <= 100; ++i)
            head += lines[i].trimmed() + '\n';
        const QString input = writeInputFile(path(QStringLiteral("head.csv")), head);
        const QString out = path(QStringLiteral("head.jsonl"));
        const SegscopeRun run = runSegscope({QStringLiteral("score"), m_project, input, QStringLiteral("--out"), out,
                                             QStringLiteral("--no-record"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QList<QByteArray> expected = readFile(out).trimmed().split('\n');
        QCOMPARE(expected.size(), 100);
        for (int i = 0; i < 100; ++i) {
            const nlohmann::json file = nlohmann::json::parse(expected[i].toStdString());
            QVERIFY2(scores[std::size_t(i)] == file, (scores[std::size_t(i)].dump() + " against " + file.dump()).c_str());
        }
    }

    void badRequestsGet4xx_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("target");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("POST") << QByteArray("/score") << QByteArray("{\"customers\": [") << 400
                                  << QStringLiteral("the request body is not valid JSON: parse error at line 1, column 16");
        // A key given twice would keep only its last value: refused, as a feature spec refuses it.
        QTest::newRow("key twice") << QByteArray("POST") << QByteArray("/score")
                                   << QByteArray("{\"customers\": [{\"sessions\": 3,\n \"sessions\": 900}]}") << 400
                                   << QStringLiteral("request body key 'customers[0].sessions' is given twice (line 2, column 2)");
        QTest::newRow("customers twice") << QByteArray("POST") << QByteArray("/score")
                                         << QByteArray("{\"customers\": [{\"sessions\": 3}], \"customers\": []}") << 400
                                         << QStringLiteral("request body key 'customers' is given twice");
        QTest::newRow("number beyond a double") << QByteArray("POST") << QByteArray("/score")
                                                << QByteArray("[{\"sessions\": 1}, {\"sessions\": 1e400}]") << 400
                                                << QStringLiteral("request body key '[1].sessions': the number 1e400 is out of "
                                                                  "range (line 1, column 32)");
        QTest::newRow("too large to cluster") << QByteArray("POST") << QByteArray("/score")
                                              << QByteArray("[{\"sessions\": 1}, {\"sessions\": 1e308}]") << 422
                                              << QStringLiteral("the request: row 2, column 'sessions': the value 1e+308 is "
                                                                "too large to cluster");
        QTest::newRow("no customers") << QByteArray("POST") << QByteArray("/score") << QByteArray("{\"people\": []}") << 400
                                      << QStringLiteral("expected {\"customers\": [...]}");
        QTest::newRow("not an array") << QByteArray("POST") << QByteArray("/score") << QByteArray("{\"customers\": 5}") << 400
                                      << QStringLiteral("must be a JSON array");
        QTest::newRow("not an object") << QByteArray("POST") << QByteArray("/score") << QByteArray("[{\"sessions\": 1}, 7]")
                                       << 422 << QStringLiteral("customer 2 is 7, not an object");
        QTest::newRow("wrong type") << QByteArray("POST") << QByteArray("/score")
                                    << QByteArray("[{\"sessions\": 1}, {\"sessions\": \"many\"}]") << 422
                                    << QStringLiteral("customer 2, column 'sessions': \"many\" is not a number");
        QTest::newRow("bad date-free yes/no") << QByteArray("POST") << QByteArray("/score")
                                              << QByteArray("[{\"loyalty_member\": \"perhaps\"}]") << 422
                                              << QStringLiteral("column 'loyalty_member': \"perhaps\" is not yes or no");
        QTest::newRow("other columns") << QByteArray("POST") << QByteArray("/score") << QByteArray("[{\"shoe_size\": 42}]")
                                       << 422 << QStringLiteral("customer 1 has none of the columns the segments read");
        QByteArray many = "[";
        for (int i = 0; i < 151; ++i)
            many += (i ? "," : "") + QByteArray("{\"sessions\": 1}");
        QTest::newRow("too many") << QByteArray("POST") << QByteArray("/score") << QByteArray(many + "]") << 413
                                  << QStringLiteral("151 customers in one request; at most 150");
        QTest::newRow("too large") << QByteArray("POST") << QByteArray("/score") << QByteArray(2 << 20, ' ') << 413
                                   << QStringLiteral("the body is larger than 1 MB");
        QByteArray deep(200000, '[');
        deep += QByteArray(200000, ']');
        QTest::newRow("deeply nested") << QByteArray("POST") << QByteArray("/score") << QByteArray("[" + deep + "]") << 400
                                       << QStringLiteral("the request body nests arrays and objects more than 256 deep "
                                                         "(line 1, column 257)");
        QTest::newRow("nested customer") << QByteArray("POST") << QByteArray("/score")
                                         << QByteArray("[{\"sessions\": 1}, [[{\"sessions\": 1}]]]") << 422
                                         << QStringLiteral("customer 2 is an array, not an object");
        QTest::newRow("unknown path") << QByteArray("GET") << QByteArray("/segments") << QByteArray() << 404
                                      << QStringLiteral("no endpoint GET /segments");
        QTest::newRow("GET /score") << QByteArray("GET") << QByteArray("/score") << QByteArray() << 405
                                    << QStringLiteral("use POST for /score");
    }

    void badRequestsGet4xx()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, target);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, message);
        httplib::Client client = m_server->client();
        const auto response = method == "GET" ? client.Get(target.toStdString())
                                              : client.Post(target.toStdString(), body.toStdString(), "application/json");
        QVERIFY(response);
        QCOMPARE(response->status, status);
        const nlohmann::json error = nlohmann::json::parse(response->body);
        QVERIFY2(QString::fromStdString(error["error"].get<std::string>()).contains(message),
                 error["error"].get<std::string>().c_str());
        // And the service goes on.
        QCOMPARE(m_server->client().Get("/health")->status, 200);
    }

    // curl -d sends form encoding, which the library reads as fields of at most 8 KB: the answer
    // says to send JSON.
    void formEncodedBodyIsExplained()
    {
        const std::string body = nlohmann::json {{"customers", customersOf(readFile(m_csv), 100)}}.dump();
        QVERIFY(body.size() > 8192);
        const auto response = m_server->client().Post("/score", body, "application/x-www-form-urlencoded");
        QVERIFY(response);
        QCOMPARE(response->status, 413);
        QVERIFY(nlohmann::json::parse(response->body)["error"].get<std::string>().find(
                    "send the customers as JSON (Content-Type: application/json)")
                != std::string::npos);
    }

    void reloadsOnSighup()
    {
        const std::string before = nlohmann::json::parse(m_server->client().Get("/health")->body)["model_version"];
        const SegscopeRun run = runSegscope({QStringLiteral("cluster"), QStringLiteral("--project"), m_project,
                                             QStringLiteral("--k"), QStringLiteral("3"), QStringLiteral("--quiet")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // Still the loaded run until told.
        QCOMPARE(nlohmann::json::parse(m_server->client().Get("/health")->body)["run"].get<int>(), 1);
        ::kill(pid_t(m_server->process().processId()), SIGHUP);
        QTRY_COMPARE_WITH_TIMEOUT(nlohmann::json::parse(m_server->client().Get("/health")->body)["run"].get<int>(), 2, 30000);
        const nlohmann::json health = nlohmann::json::parse(m_server->client().Get("/health")->body);
        QCOMPARE(health["segments"].get<int>(), 3);
        QVERIFY(health["model_version"].get<std::string>() != before);
    }

    void stopsOnSigterm()
    {
        ::kill(pid_t(m_server->process().processId()), SIGTERM);
        QVERIFY(m_server->process().waitForFinished(30000));
        QCOMPARE(m_server->process().exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_server->process().exitCode(), 0);
        const QString err = QString::fromUtf8(m_server->process().readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("100 customers scored")), qPrintable(err));
    }

    void refusesABusyPort()
    {
        Server first({m_project});
        QVERIFY(first.port() > 0);
        const SegscopeRun run = runSegscope({QStringLiteral("serve"), m_project, QStringLiteral("--port"),
                                             QString::number(first.port())});
        QCOMPARE(run.exitCode, 4);
        QVERIFY2(run.err.contains(QStringLiteral("cannot listen on 127.0.0.1:%1").arg(first.port())), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliServe)
#include "test_cli_serve.moc"
