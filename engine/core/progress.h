#pragma once
// Progress reporting and cooperative cancellation for long engine operations.
// Qt-free: the GUI's engine controller adapts these to signals; the CLI ignores them.

#include <atomic>
#include <exception>
#include <functional>
#include <string_view>

namespace seg {

/// A flag another thread sets to ask running work to stop. Work polls it between steps.
class CancelToken
{
public:
    void cancel() noexcept { m_cancelled.store(true, std::memory_order_relaxed); }
    void reset() noexcept { m_cancelled.store(false, std::memory_order_relaxed); }
    bool isCancelled() const noexcept { return m_cancelled.load(std::memory_order_relaxed); }

private:
    std::atomic<bool> m_cancelled{false};
};

/// Thrown by Progress::check() when the token was cancelled. Callers that started the work
/// catch it; everything in between only needs to be exception-safe.
class Cancelled : public std::exception
{
public:
    const char *what() const noexcept override { return "operation cancelled"; }
};

/// Reports the fraction done (0..1) of one operation and checks for cancellation.
/// A default-constructed Progress reports nowhere and is never cancelled.
/// sub() maps a sub-step's own 0..1 onto a slice of the parent's range, so nested
/// operations report a single monotone fraction.
class Progress
{
public:
    using Callback = std::function<void(double fraction, std::string_view stage)>;

    Progress() = default;
    Progress(const CancelToken *token, Callback callback)
        : m_token(token), m_callback(std::move(callback)) {}

    /// Reports `fraction` (0..1) of this operation; `stage` is a short English label
    /// ("reading", "k-means"). Cheap enough to call once per iteration.
    void report(double fraction, std::string_view stage = {}) const
    {
        if (m_callback)
            m_callback(m_begin + (m_end - m_begin) * fraction, stage);
    }

    bool cancelled() const noexcept { return m_token && m_token->isCancelled(); }

    /// Throws Cancelled if cancellation was requested.
    void check() const
    {
        if (cancelled())
            throw Cancelled();
    }

    /// A Progress whose 0..1 covers [begin, end] of this one.
    Progress sub(double begin, double end) const
    {
        Progress p = *this;
        p.m_begin = m_begin + (m_end - m_begin) * begin;
        p.m_end = m_begin + (m_end - m_begin) * end;
        return p;
    }

private:
    const CancelToken *m_token = nullptr;
    Callback m_callback;
    double m_begin = 0.0;
    double m_end = 1.0;
};

} // namespace seg
