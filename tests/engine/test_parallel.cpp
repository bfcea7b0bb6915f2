// The engine's thread count: the global setting and the per-thread cap background work uses.

#include "engine/core/parallel.h"

#include <QTest>

#include <thread>

using namespace seg;

class TestParallel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { setThreadCount(0); }

    void threadLimitCapsOnlyItsThread()
    {
        setThreadCount(3);
        QCOMPARE(threadCount(), 3);
        {
            ThreadLimit one(1);
            QCOMPARE(threadCount(), 1);
            int other = 0;
            std::thread([&] { other = threadCount(); }).join();
            QCOMPARE(other, 3); // another thread is not capped
            {
                ThreadLimit more(5); // a cap above the setting changes nothing
                QCOMPARE(threadCount(), 3);
                ThreadLimit none(0);
                QCOMPARE(threadCount(), 3);
            }
            QCOMPARE(threadCount(), 1); // the outer cap is back
        }
        QCOMPARE(threadCount(), 3);
    }

    void capDoesNotChangeReductions()
    {
        // parallelReduce folds fixed blocks in order: the same bits with 1 or 4 threads.
        std::vector<double> values(100000);
        for (std::size_t i = 0; i < values.size(); ++i)
            values[i] = 1.0 / static_cast<double>(i + 1);
        const auto sum = [&] {
            return parallelReduce(values.size(), 0.0, [&](std::size_t b, std::size_t e) {
                double s = 0.0;
                for (std::size_t i = b; i < e; ++i)
                    s += values[i];
                return s;
            }, [](double &a, double b) { a += b; }, 1000);
        };
        setThreadCount(4);
        const double all = sum();
        ThreadLimit one(1);
        QCOMPARE(sum(), all);
    }
};

QTEST_APPLESS_MAIN(TestParallel)
#include "test_parallel.moc"
