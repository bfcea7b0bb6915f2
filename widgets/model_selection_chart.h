#pragma once
// Model-selection aid: inertia (elbow) and silhouette against k, with the current k marked.
// Built on Qt Charts (a handful of points); clicking a k asks to use it.

#include <QWidget>

#include <memory>
#include <vector>

namespace seg {

struct KSweepPoint
{
    int k = 0;
    double inertia = 0.0;
    double silhouette = 0.0; ///< NaN when not computed
};

class ModelSelectionChart : public QWidget
{
    Q_OBJECT
public:
    explicit ModelSelectionChart(QWidget *parent = nullptr);
    ~ModelSelectionChart() override;

    /// Points computed so far (may arrive incrementally, in any k order).
    void setPoints(const std::vector<KSweepPoint> &points);
    void setCurrentK(int k);
    /// Shown while the sweep runs ("Computing k = 7 …") or empty.
    void setStatusText(const QString &text);

Q_SIGNALS:
    void kRequested(int k);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace seg
