#pragma once
// The benchmarks that drive the engine or the main window wait for a state by running the event
// loop, as a user's session would, rather than blocking it.

#include <QCoreApplication>
#include <QElapsedTimer>

namespace seg::bench {

/// Runs the event loop until done() is true (true) or timeoutMs have passed (false).
template <typename Done>
bool waitFor(Done done, qint64 timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return true;
}

} // namespace seg::bench
