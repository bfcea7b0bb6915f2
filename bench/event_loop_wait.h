#pragma once
// The benchmarks that drive the engine or the main window wait for a state by running the event
// loop, as a user's session would, rather than blocking it.

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace seg::bench {

/// Runs the event loop until done() is true (true) or timeoutMs have passed (false). The loop
/// sleeps until an event arrives, as an idle application does: polling would take a core from
/// the engine threads it measures (processEvents with a time limit never waits).
template <typename Done>
bool waitFor(Done done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // done() may turn true without an event for this thread (an atomic flag): look every 2 ms.
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    tick.start(2);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

} // namespace seg::bench
