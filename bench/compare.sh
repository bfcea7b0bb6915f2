#!/usr/bin/env bash
# Measures SegmentScope against the reference tools on this machine, in the same run, and
# prints one JSON document on stdout (progress goes to stderr):
#   - k-means: bench_kmeans (Hamerly; Lloyd for information) against scikit-learn's KMeans
#     (algorithm "lloyd" and "elkan") on exactly the same data, 100,000 and 1,000,000 rows x 16
#     features, k = 8, one k-means++ start, the same max_iter and tol, the same thread count.
#     Compared figure: time per iteration = total fit time / iterations, best of REPEAT runs.
#   - CSV import: bench_csv_import against pandas.read_csv on a generated 1,000,000 x 20 CSV
#     (best of 3 each).
#   - UMAP: bench_umap against umap-learn (Debian's umap-learn package, warm: after a run that
#     compiles its numba code) on exactly the same prepared demo data, 20,000 and 100,000 rows
#     x 16 features, the same thread count: wall time, peak RSS, and the trustworthiness of both
#     maps (k = 15, scikit-learn's definition) on the same 5,000-row sample; then bench_umap
#     alone on 1,000,000 rows (fit on 100,000, the rest placed with transform).
#   - algorithms: bench_algorithms against scikit-learn's MiniBatchKMeans (1,000,000 x 16, k = 6),
#     GaussianMixture (full and diagonal,
#     100,000 x 16, k = 6, one k-means start, max_iter 100, tol 1e-3), AgglomerativeClustering
#     (ward, 20,000 rows) and DBSCAN (20,000 rows, eps 1, min_samples 10) on exactly the same
#     prepared demo matrix: wall time, memory added by the fit (peak RSS over the size before it)
#     and the ARI against the generating segments.
# Usage: bench/compare.sh            (environment: THREADS, MAX_ITER, REPEAT, BUILD_DIR,
#                                     PARTS = any of "kmeans csv umap algorithms", default all)
# See bench/README.md.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build/release}"
THREADS="${THREADS:-$(nproc)}"
MAX_ITER="${MAX_ITER:-50}"
REPEAT="${REPEAT:-3}"
PARTS="${PARTS:-kmeans csv umap algorithms}"
part() { [[ " $PARTS " == *" $1 "* ]]; }
K=8
DIMS=16
TOL=1e-4
SEED=1
# Debian's Python, where python3-sklearn lives (a python3 earlier on PATH may lack it).
PY=/usr/bin/python3
WORK="$(mktemp -d "${TMPDIR:-/tmp}/seg-compare.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

say() { echo "compare.sh: $*" >&2; }

say "installing the reference tools (python3-sklearn, python3-pandas, python3-numpy, libopenblas0-pthread, umap-learn)"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
APT=($SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -q python3-sklearn python3-pandas python3-numpy
     libopenblas0-pthread umap-learn)
if ! "${APT[@]}" >&2; then
    $SUDO apt-get -o DPkg::Lock::Timeout=300 update -q >&2
    "${APT[@]}" >&2
fi

say "building the benchmark targets in $BUILD"
cd "$ROOT"
if [ ! -f "$BUILD/build.ninja" ]; then
    if [ "$BUILD" != "$ROOT/build/release" ]; then
        echo "compare.sh: BUILD_DIR $BUILD is not a configured build folder" >&2
        exit 2
    fi
    cmake --preset release >&2
fi
# The build folder measured (BUILD_DIR, e.g. build/ci: the same flags), not always build/release.
cmake --build "$BUILD" --target bench_kmeans bench_umap bench_algorithms -j 2 >&2
HAVE_CSV=0
CSV_SKIP=""
if [ -f "$ROOT/bench/bench_csv_import.cpp" ]; then
    if cmake --build "$BUILD" --target bench_csv_import -j 2 >&2; then
        HAVE_CSV=1
    else
        CSV_SKIP="bench_csv_import did not build"
    fi
else
    CSV_SKIP="bench_csv_import does not exist yet"
fi

# The reference runs without the machine's OpenBLAS tuning overrides, in the Python command only.
py() { env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE "$PY" "$@"; }

cat > "$WORK/sklearn_kmeans.py" <<'EOF'
import json, resource, sys, time
import numpy as np
import sklearn
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

path, k, max_iter, tol, threads, seed, repeat = sys.argv[1:8]
X = np.load(path)
out = {"sklearn_version": sklearn.__version__, "numpy_version": np.__version__}
with threadpool_limits(limits=int(threads)):
    for algorithm in ("lloyd", "elkan"):
        best = None
        for _ in range(int(repeat)):
            km = KMeans(n_clusters=int(k), init="k-means++", n_init=1, max_iter=int(max_iter), tol=float(tol),
                        algorithm=algorithm, random_state=int(seed))
            t0 = time.perf_counter()
            km.fit(X)
            seconds = time.perf_counter() - t0
            run = {"iterations": int(km.n_iter_), "seconds_total": seconds,
                   "seconds_per_iteration": seconds / km.n_iter_, "inertia": float(km.inertia_)}
            if best is None or run["seconds_per_iteration"] < best["seconds_per_iteration"]:
                best = run
        out[algorithm] = best
out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6
print(json.dumps(out))
EOF

# Runs bench_kmeans REPEAT times and keeps the run with the lowest time per iteration.
best_of() {
    local best="" line
    for _ in $(seq "$REPEAT"); do
        line="$("$BUILD/bench/bench_kmeans" "$@")"
        best="$(printf '%s\n%s\n' "$best" "$line" | py -c '
import json, sys
runs = [json.loads(l) for l in sys.stdin if l.strip()]
print(json.dumps(min(runs, key=lambda r: r["seconds_per_iteration"])))')"
    done
    echo "$best"
}

for ROWS in 100000 1000000; do
    part kmeans || break
    say "k-means: $ROWS x $DIMS, k = $K, $THREADS threads"
    common=(--rows "$ROWS" --dims "$DIMS" --k "$K" --n-init 1 --max-iter "$MAX_ITER" --tol "$TOL"
            --threads "$THREADS" --seed "$SEED")
    "$BUILD/bench/bench_kmeans" "${common[@]}" --method hamerly --dump "$WORK/blobs.npy" > /dev/null
    best_of "${common[@]}" --method hamerly > "$WORK/ours_hamerly_$ROWS.json"
    best_of "${common[@]}" --method lloyd > "$WORK/ours_lloyd_$ROWS.json"
    py "$WORK/sklearn_kmeans.py" "$WORK/blobs.npy" "$K" "$MAX_ITER" "$TOL" "$THREADS" "$SEED" "$REPEAT" \
        > "$WORK/sklearn_$ROWS.json"
    rm -f "$WORK/blobs.npy"
done

if ! part csv; then
    HAVE_CSV=0
    CSV_SKIP="not asked for (PARTS)"
elif [ "$HAVE_CSV" = 1 ]; then
    say "CSV import: 1,000,000 x 20"
    "$BUILD/bench/bench_csv_import" --generate "$WORK/import.csv" --rows 1000000 --cols 20 --seed 1 >&2
    "$BUILD/bench/bench_csv_import" "$WORK/import.csv" --runs 3 > "$WORK/csv_ours.json"
    py - "$WORK/import.csv" > "$WORK/csv_pandas.json" <<'EOF'
import json, resource, sys, time
import pandas as pd
times = []
for _ in range(3):
    t0 = time.perf_counter()
    df = pd.read_csv(sys.argv[1])
    times.append(time.perf_counter() - t0)
    shape = df.shape
    del df
print(json.dumps({"pandas_version": pd.__version__, "rows": shape[0], "columns": shape[1],
                  "seconds_best": min(times),
                  "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6}))
EOF
else
    say "skipping the CSV import comparison: $CSV_SKIP"
fi

if part umap; then
    cat > "$WORK/umap_learn.py" <<'EOF'
import json, resource, sys, time, warnings
import numpy as np
warnings.filterwarnings("ignore")
import numba
import umap
from sklearn.manifold import trustworthiness

data_path, ours_path, threads, trust_sample = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
numba.set_num_threads(threads)
X = np.load(data_path)
# Warm-up: compiles umap-learn's numba functions (not timed). No random_state: with one,
# umap-learn runs on one thread.
umap.UMAP(n_jobs=threads).fit_transform(X[:3000])
t0 = time.perf_counter()
E = umap.UMAP(n_jobs=threads).fit_transform(X)
seconds = time.perf_counter() - t0
ours = np.load(ours_path)
rng = np.random.default_rng(0)
rows = np.sort(rng.choice(X.shape[0], size=min(trust_sample, X.shape[0]), replace=False))
out = {"umap_learn_version": umap.__version__, "rows": X.shape[0], "dims": X.shape[1], "threads": threads,
       "seconds": seconds,
       "trustworthiness_k15": float(trustworthiness(X[rows], E[rows], n_neighbors=15)),
       "ours_trustworthiness_k15_sklearn": float(trustworthiness(X[rows], ours[rows], n_neighbors=15)),
       "trust_sample": int(rows.size),
       "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6}
print(json.dumps(out))
EOF
    for ROWS in 20000 100000; do
        say "UMAP: $ROWS x 16, $THREADS threads (ours, then umap-learn warm)"
        "$BUILD/bench/bench_umap" --rows "$ROWS" --dims 16 --threads "$THREADS" --trust-sample 5000 \
            --dump "$WORK/umap_data.npy" --dump-embedding "$WORK/umap_ours.npy" > "$WORK/umap_ours_$ROWS.json"
        py "$WORK/umap_learn.py" "$WORK/umap_data.npy" "$WORK/umap_ours.npy" "$THREADS" 5000 \
            > "$WORK/umap_learn_$ROWS.json"
        rm -f "$WORK/umap_data.npy" "$WORK/umap_ours.npy"
    done
    say "UMAP: 1,000,000 x 16, fit on 100,000, the rest placed"
    "$BUILD/bench/bench_umap" --rows 1000000 --dims 16 --fit-sample 100000 --threads "$THREADS" \
        --trust-sample 5000 > "$WORK/umap_ours_1000000.json"
fi
if part algorithms; then
    cat > "$WORK/sklearn_algorithms.py" <<'EOF'
import json, resource, sys, time
import numpy as np
import sklearn
from sklearn.cluster import AgglomerativeClustering, DBSCAN, MiniBatchKMeans
from sklearn.metrics import adjusted_rand_score
from sklearn.mixture import GaussianMixture
from threadpoolctl import threadpool_limits
data, truth, algorithm, k, eps, min_samples, threads, seed = sys.argv[1:9]
X = np.load(data)
y = np.load(truth).ravel().astype(int)
def rss(field):
    for line in open("/proc/self/status"):
        if line.startswith(field):
            return float(line.split()[1]) * 1024 / 1e6
with open("/proc/self/clear_refs", "w") as f:  # the peak from here on is the fit's
    f.write("5")
before = rss("VmRSS:")
out = {"sklearn_version": sklearn.__version__, "algorithm": algorithm, "rows": X.shape[0], "dims": X.shape[1]}
with threadpool_limits(limits=int(threads)):
    t0 = time.perf_counter()
    if algorithm.startswith("gmm"):
        model = GaussianMixture(n_components=int(k), covariance_type="full" if algorithm == "gmm-full" else "diag",
                                n_init=1, max_iter=100, tol=1e-3, reg_covar=1e-6, random_state=int(seed)).fit(X)
        labels = model.predict(X)
        out["iterations"] = int(model.n_iter_)
        out["log_likelihood"] = float(model.score(X) * X.shape[0])
    elif algorithm == "minibatch":
        # scikit-learn's defaults but n_init, given as its documentation recommends (3 k-means++
        # starts on 3 x batch_size rows), and the same batch size as ours.
        model = MiniBatchKMeans(n_clusters=int(k), batch_size=1024, n_init=3, random_state=int(seed)).fit(X)
        labels = model.labels_
        out["inertia"] = float(model.inertia_)
        out["iterations"] = int(model.n_iter_)
    elif algorithm == "ward":
        labels = AgglomerativeClustering(n_clusters=int(k), linkage="ward").fit_predict(X)
    else:
        labels = DBSCAN(eps=float(eps), min_samples=int(min_samples), n_jobs=int(threads)).fit_predict(X)
        out["noise"] = int((labels < 0).sum())
    out["seconds"] = time.perf_counter() - t0
out["peak_rss_mb"] = rss("VmHWM:")
out["added_peak_mb"] = out["peak_rss_mb"] - before
out["clusters"] = int(len(set(labels.tolist()) - {-1}))
out["ari"] = float(adjusted_rand_score(y, labels))
print(json.dumps(out))
EOF
    # The runs the issue's targets name: GMM 100,000 x 16, k = 6; Ward 20,000; DBSCAN 20,000 with
    # the same eps and min_samples.
    for run in "gmm-full 100000" "gmm-diag 100000" "ward 20000" "dbscan 20000" "minibatch 1000000"; do
        set -- $run
        say "$1: $2 x 16, k = 6, $THREADS threads (ours, then scikit-learn)"
        "$BUILD/bench/bench_algorithms" --algorithm "$1" --rows "$2" --k 6 --threads "$THREADS" --eps 1.0 \
            --min-samples 10 --dump "$WORK/alg_data.npy" --dump-truth "$WORK/alg_truth.npy" > "$WORK/alg_ours_$1.json"
        py "$WORK/sklearn_algorithms.py" "$WORK/alg_data.npy" "$WORK/alg_truth.npy" "$1" 6 1.0 10 "$THREADS" 1 \
            > "$WORK/alg_sklearn_$1.json"
        rm -f "$WORK/alg_data.npy" "$WORK/alg_truth.npy"
    done
fi

py - "$WORK" "$THREADS" "$HAVE_CSV" "$CSV_SKIP" <<'EOF'
import json, os, platform, sys
work, threads, have_csv, csv_skip = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1", sys.argv[4]
def load(name):
    with open(os.path.join(work, name)) as f:
        return json.load(f)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "")
doc = {"machine": {"cpu": cpu, "cores": os.cpu_count(), "threads": threads, "kernel": platform.release()},
       "kmeans": []}
for rows in (100000, 1000000):
    if not os.path.exists(os.path.join(work, f"ours_hamerly_{rows}.json")):
        break
    ours, lloyd, sk = load(f"ours_hamerly_{rows}.json"), load(f"ours_lloyd_{rows}.json"), load(f"sklearn_{rows}.json")
    per = ours["seconds_per_iteration"]
    sk_best = min(sk["lloyd"]["seconds_per_iteration"], sk["elkan"]["seconds_per_iteration"])
    doc["kmeans"].append({
        "rows": rows, "dims": ours["dims"], "k": ours["k"], "max_iter": ours["max_iter"], "tol": ours["tol"],
        "ours_hamerly": ours, "ours_lloyd": lloyd,
        "sklearn": sk,
        "ratio_per_iteration_vs_sklearn_lloyd": per / sk["lloyd"]["seconds_per_iteration"],
        "ratio_per_iteration_vs_sklearn_elkan": per / sk["elkan"]["seconds_per_iteration"],
        "ratio_per_iteration_vs_sklearn_best": per / sk_best,
        "ratio_total_vs_sklearn_lloyd": ours["seconds_total"] / sk["lloyd"]["seconds_total"],
        "ratio_inertia_vs_sklearn_lloyd": ours["inertia"] / sk["lloyd"]["inertia"],
        "peak_rss_over_matrix": ours["peak_rss_mb"] / ours["matrix_mb"],
    })
if have_csv:
    ours, pandas = load("csv_ours.json"), load("csv_pandas.json")
    doc["csv_import"] = {"ours": ours, "pandas": pandas,
                         "ratio_vs_pandas": ours["seconds_best"] / pandas["seconds_best"]}
else:
    doc["csv_import"] = {"skipped": csv_skip}
if os.path.exists(os.path.join(work, "umap_ours_20000.json")):
    doc["umap"] = []
    for rows in (20000, 100000):
        ours, ref = load(f"umap_ours_{rows}.json"), load(f"umap_learn_{rows}.json")
        doc["umap"].append({"rows": rows, "dims": ours["dims"], "ours": ours, "umap_learn": ref,
                            "ratio_time_vs_umap_learn": ours["seconds"] / ref["seconds"],
                            "trustworthiness_difference": ref["ours_trustworthiness_k15_sklearn"]
                                                          - ref["trustworthiness_k15"]})
    doc["umap_1m"] = load("umap_ours_1000000.json")
if os.path.exists(os.path.join(work, "alg_ours_gmm-full.json")):
    doc["algorithms"] = []
    for name in ("gmm-full", "gmm-diag", "ward", "dbscan", "minibatch"):
        ours, sk = load(f"alg_ours_{name}.json"), load(f"alg_sklearn_{name}.json")
        doc["algorithms"].append({"algorithm": name, "rows": ours["rows"], "dims": ours["dims"], "ours": ours,
                                  "sklearn": sk, "ratio_time_vs_sklearn": ours["seconds"] / sk["seconds"],
                                  "ratio_added_memory_vs_sklearn": ours["added_peak_mb"] / max(sk["added_peak_mb"], 0.1),
                                  "ari_difference": ours["ari"] - sk["ari"]})
print(json.dumps(doc, indent=2))
EOF
