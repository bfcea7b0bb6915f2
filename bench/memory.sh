#!/usr/bin/env bash
# Peak memory of segscope's commands against the size of their input (the hardening target:
# at most 3x). Writes ROWS demo customers to a CSV, runs each command on it under
# /usr/bin/time -v, and prints one JSON document on stdout: per command the wall time, the
# peak resident memory in MB and its ratio to the file (progress goes to stderr). `lift` reads a
# project made from the file with a run of k = 6 and a campaign of
# every customer; its ratio is to those two files. `explorer` and `explorer-umap` open the file
# in the main window (offscreen) with the PCA or the UMAP map and exit on the first complete
# result (--screenshot).
# Usage: bench/memory.sh   (environment: ROWS, default 1000000; BUILD_DIR, default build/release;
#                           THREADS, default all cores; COMMANDS, default all below)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${BUILD_DIR:-$ROOT/build/release}"
SEGSCOPE="$BUILD/app/segscope"
EXPLORER="$BUILD/app/segmentscope"
ROWS="${ROWS:-1000000}"
THREADS="${THREADS:-0}"
COMMANDS="${COMMANDS:-cluster minibatch embed umap sweep stability consensus report report-umap lift explorer explorer-umap}"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/seg-memory.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

[[ -x "$SEGSCOPE" ]] || { echo "build segscope first: $SEGSCOPE" >&2; exit 1; }
CSV="$WORK/customers.csv"
"$SEGSCOPE" demo-data --rows "$ROWS" --out "$CSV" >&2
BYTES=$(stat -c %s "$CSV")

args_of() {
    case "$1" in
        cluster) echo "cluster $CSV --k 6 --id-column customer_id --out $WORK/a.csv --json $WORK/s.json" ;;
        minibatch) echo "cluster $CSV --k 6 --algorithm minibatch --id-column customer_id --out $WORK/a.csv" ;;
        embed) echo "embed $CSV --method pca --id-column customer_id --out $WORK/e.csv" ;;
        umap) echo "embed $CSV --method umap --id-column customer_id --out $WORK/u.csv" ;;
        sweep) echo "sweep $CSV --k-min 2 --k-max 4 --json $WORK/sw.json" ;;
        stability) echo "stability $CSV --k 4 --json $WORK/st.json" ;;
        consensus) echo "consensus $CSV --k 4 --json $WORK/co.json" ;;
        report) echo "report $CSV --k 4 --pdf $WORK/r.pdf" ;;
        report-umap) echo "report $CSV --k 4 --map umap --pdf $WORK/r.pdf" ;;
        lift) echo "lift $WORK/p.segscope $WORK/campaign.csv --no-record --json $WORK/l.json" ;;
        *) echo "unknown command $1" >&2; exit 2 ;;
    esac
}

echo "{"
echo "  \"rows\": $ROWS, \"input_bytes\": $BYTES, \"threads\": $THREADS,"
echo "  \"commands\": {"
first=1
for command in $COMMANDS; do
    echo "$command ..." >&2
    INPUT_BYTES=$BYTES
    if [[ $command == lift ]]; then
        # The project (untimed) and a campaign: every customer, arm and outcome drawn with a
        # fixed seed.
        "$SEGSCOPE" project create "$CSV" --out "$WORK/p.segscope" --id-column customer_id --k 6 --quiet >&2
        awk -F, 'BEGIN { srand(7); print "customer_id,arm,converted,revenue" }
                 NR > 1 { c = rand() < 0.1; print $1 "," (rand() < 0.5 ? "test" : "control") "," c "," (c ? int(20 + 80 * rand()) : 0) }' \
            "$CSV" > "$WORK/campaign.csv"
        INPUT_BYTES=$(( $(stat -c %s "$WORK/p.segscope") + $(stat -c %s "$WORK/campaign.csv") ))
    fi
    if [[ $command == explorer* ]]; then
        map=pca
        [[ $command == explorer-umap ]] && map=umap
        OMP_NUM_THREADS=$([[ $THREADS -gt 0 ]] && echo "$THREADS" || nproc) QT_QPA_PLATFORM=offscreen \
            /usr/bin/time -v -o "$WORK/time.txt" "$EXPLORER" "$CSV" --map "$map" --size 1280x800 \
            --screenshot "$WORK/explorer.png" >/dev/null 2>"$WORK/err.txt" || { cat "$WORK/err.txt" >&2; exit 1; }
    else
        # shellcheck disable=SC2046
        /usr/bin/time -v -o "$WORK/time.txt" "$SEGSCOPE" $(args_of "$command") --threads "$THREADS" --quiet \
            >/dev/null 2>"$WORK/err.txt" || { cat "$WORK/err.txt" >&2; exit 1; }
    fi
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$WORK/time.txt")
    wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$WORK/time.txt")
    seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; ++i) s = s * 60 + $i; print s }')
    [[ $first -eq 1 ]] || echo ","
    first=0
    awk -v c="$command" -v kb="$kb" -v b="$INPUT_BYTES" -v s="$seconds" 'BEGIN {
        printf "    \"%s\": {\"seconds\": %.2f, \"input_bytes\": %d, \"peak_mb\": %.1f, \"peak_over_input\": %.2f}", c, s, b, kb * 1024 / 1e6, kb * 1024 / b }'
done
echo ""
echo "  }"
echo "}"
