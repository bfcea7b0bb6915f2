#include "engine/value/optimise.h"

#include <Eigen/Dense>
#include <nlopt.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

namespace seg {

const char *toString(ModelFitStatus status)
{
    switch (status) {
    case ModelFitStatus::Converged: return "converged";
    case ModelFitStatus::IterationLimit: return "iteration limit";
    case ModelFitStatus::AtBound: return "at bound";
    case ModelFitStatus::Failed: return "failed";
    }
    return "failed";
}

namespace {

struct Context
{
    const LogSpaceObjective *f;
    int evaluations = 0;
};

double trampoline(unsigned n, const double *x, double *gradient, void *data)
{
    auto *context = static_cast<Context *>(data);
    ++context->evaluations;
    const double value = (*context->f)(x, gradient);
    if (std::isfinite(value))
        return value;
    // Outside where the likelihood is defined: a wall the line search backs away from.
    if (gradient)
        for (unsigned i = 0; i < n; ++i)
            gradient[i] = 0.0;
    return std::numeric_limits<double>::max();
}

} // namespace

MinimumResult minimiseLogSpace(const LogSpaceObjective &f, const std::vector<double> &start, int maxEvaluations,
                               double relativeTolerance)
{
    const auto n = static_cast<unsigned>(start.size());
    MinimumResult result;
    result.x = start;
    for (double &v : result.x)
        v = std::clamp(v, kLogParamLower, kLogParamUpper);
    Context context {&f};
    nlopt::opt opt(nlopt::LD_LBFGS, n);
    opt.set_lower_bounds(std::vector<double>(n, kLogParamLower));
    opt.set_upper_bounds(std::vector<double>(n, kLogParamUpper));
    opt.set_min_objective(trampoline, &context);
    opt.set_ftol_rel(relativeTolerance);
    opt.set_xtol_rel(1e-10);
    opt.set_maxeval(maxEvaluations);
    try {
        const nlopt::result code = opt.optimize(result.x, result.value);
        result.status = code == nlopt::MAXEVAL_REACHED ? ModelFitStatus::IterationLimit : ModelFitStatus::Converged;
    } catch (const nlopt::roundoff_limited &) {
        // No further progress is possible in double precision: at the optimum as far as it can be
        // told. nlopt leaves the best point in x.
        result.status = ModelFitStatus::Converged;
    } catch (const std::runtime_error &) {
        result.status = ModelFitStatus::Failed;
    }
    result.value = f(result.x.data(), nullptr);
    result.evaluations = context.evaluations;
    for (double v : result.x)
        if (result.status == ModelFitStatus::Converged && (v <= kLogParamLower + 1e-6 || v >= kLogParamUpper - 1e-6))
            result.status = ModelFitStatus::AtBound;

    // Observed information: Hessian of the objective by central differences of the gradient.
    const double h = 1e-5;
    Eigen::MatrixXd hessian(n, n);
    std::vector<double> plus(n), minus(n), point = result.x;
    for (unsigned i = 0; i < n; ++i) {
        point[i] = result.x[i] + h;
        f(point.data(), plus.data());
        point[i] = result.x[i] - h;
        f(point.data(), minus.data());
        point[i] = result.x[i];
        for (unsigned j = 0; j < n; ++j)
            hessian(j, i) = (plus[j] - minus[j]) / (2 * h);
    }
    hessian = (0.5 * (hessian + hessian.transpose())).eval();
    result.standardErrors.assign(n, std::numeric_limits<double>::quiet_NaN());
    const Eigen::LLT<Eigen::MatrixXd> llt(hessian);
    if (llt.info() == Eigen::Success) {
        const Eigen::MatrixXd covariance = llt.solve(Eigen::MatrixXd::Identity(n, n));
        for (unsigned i = 0; i < n; ++i)
            result.standardErrors[i] = std::sqrt(covariance(i, i));
    }
    return result;
}

} // namespace seg
