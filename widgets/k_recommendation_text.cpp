#include "widgets/k_recommendation_text.h"

#include <QCoreApplication>

namespace seg {

QString kRecommendationText(const KRecommendation &r, const QLocale &locale)
{
    if (r.k <= 0)
        return {};
    const QString silhouette = locale.toString(r.silhouette, 'f', 2);
    if (r.structure == Structure::None) {
        const QString none
            = QCoreApplication::translate("seg::ModelSelectionChart",
                                          "No k stands out: the best silhouette, %1 at k = %2, shows no "
                                          "substantial structure (0.25 or less).")
                  .arg(silhouette)
                  .arg(r.silhouetteK);
        return r.elbowK ? none + QLatin1Char(' ')
                + QCoreApplication::translate("seg::ModelSelectionChart",
                                              "The inertia curve bends at k = %1: use it, or the number of "
                                              "segments you can act on.")
                      .arg(r.elbowK)
                        : none + QLatin1Char(' ')
                + QCoreApplication::translate("seg::ModelSelectionChart",
                                              "Choose the number of segments you can act on.");
    }
    const QString structure = r.structure == Structure::Strong
        ? QCoreApplication::translate("seg::ModelSelectionChart", "strong structure")
        : r.structure == Structure::Reasonable
        ? QCoreApplication::translate("seg::ModelSelectionChart", "reasonable structure")
        : QCoreApplication::translate("seg::ModelSelectionChart", "weak structure");
    if (r.elbowK == r.k)
        return QCoreApplication::translate(
                   "seg::ModelSelectionChart",
                   "Suggested k = %1: the highest silhouette (%2, %3) and the bend of the inertia "
                   "curve agree.")
            .arg(r.k)
            .arg(silhouette, structure);
    if (r.elbowK == 0)
        return QCoreApplication::translate("seg::ModelSelectionChart",
                                           "Suggested k = %1: the highest silhouette (%2, %3).")
            .arg(r.k)
            .arg(silhouette, structure);
    return (r.elbowK < r.k ? QCoreApplication::translate(
                "seg::ModelSelectionChart",
                "Suggested k = %1: the highest silhouette (%2, %3); the inertia "
                "curve bends at k = %4, a simpler alternative.")
                           : QCoreApplication::translate(
                               "seg::ModelSelectionChart",
                               "Suggested k = %1: the highest silhouette (%2, %3); the inertia "
                               "curve bends at k = %4, a finer alternative."))
        .arg(r.k)
        .arg(silhouette, structure)
        .arg(r.elbowK);
}

} // namespace seg
