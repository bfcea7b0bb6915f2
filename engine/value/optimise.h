#pragma once
// The one maximum-likelihood optimiser of the value models: NLopt's bounded quasi-Newton method on
// parameters in log space, and standard errors from the curvature at the optimum.

#include <functional>
#include <vector>

namespace seg {

/// How a maximum-likelihood fit ended (k-means has its own FitStatus).
enum class ModelFitStatus {
    Converged,      ///< the optimiser met its tolerance
    IterationLimit, ///< stopped at the evaluation limit: the estimate may be off
    AtBound,        ///< a parameter ended at a bound of the search (1e-6 or 1e6): the data do not pin it down
    Failed,         ///< the optimiser failed (the result holds the start)
};

/// "converged", "iteration limit", "at bound", "failed".
const char *toString(ModelFitStatus status);

/// A function of n log-parameters returning the value to minimise and, when `gradient` is not
/// null, writing its n partial derivatives there.
using LogSpaceObjective = std::function<double(const double *logParams, double *gradient)>;

struct MinimumResult
{
    std::vector<double> x;              ///< log-parameters at the minimum
    double value = 0.0;                 ///< the objective there
    int evaluations = 0;
    ModelFitStatus status = ModelFitStatus::Failed;
    std::vector<double> standardErrors; ///< sqrt of the diagonal of the inverse Hessian; NaN when not positive definite
};

/// Bounds of every log-parameter: log 1e-6 and log 1e6.
inline constexpr double kLogParamLower = -13.815510557964274;
inline constexpr double kLogParamUpper = 13.815510557964274;

/// Minimises `f` from `start` with NLopt's LD_LBFGS (low-storage BFGS, Liu & Nocedal 1989) within
/// [kLogParamLower, kLogParamUpper] per coordinate, stopping when the value changes by less than
/// `relativeTolerance` (relative) or after `maxEvaluations`. The Hessian for the standard errors
/// is central differences (step 1e-5) of the gradient.
MinimumResult minimiseLogSpace(const LogSpaceObjective &f, const std::vector<double> &start, int maxEvaluations,
                               double relativeTolerance);

} // namespace seg
