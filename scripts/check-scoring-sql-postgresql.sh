#!/usr/bin/env bash
# Integration check of `segscope export-sql --dialect postgresql`: starts a throwaway PostgreSQL
# server (Debian's package) on loopback, loads 100,000 demo customers into a typed table, runs the
# exported queries of a k-means run and of a full-covariance Gaussian mixture there, and compares
# them row by row with `segscope score` on the same customers.
#
#   scripts/check-scoring-sql-postgresql.sh [BUILD_DIR]      (default build/ci)
#
# Installs postgresql with apt-get when it is missing (as root). Prints
# a JSON summary per run and exits 1 when a customer lands in another segment (beyond rounding
# ties), or its distance or anomaly flag differs.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
segscope=$(realpath "$build/app/segscope")
rows=${SEG_CHECK_ROWS:-100000}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    apt-get install -y postgresql >/dev/null
fi
bin=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

work=$(mktemp -d /tmp/segscope-pg.XXXXXX)
# PostgreSQL refuses to run as root: the server and psql run as the postgres user then.
as_db=()
if [ "$(id -u)" = 0 ]; then
    chown postgres "$work"
    as_db=(runuser -u postgres --)
fi
port=$((20000 + RANDOM % 20000))
stop() {
    "${as_db[@]}" "$bin/pg_ctl" -D "$work/db" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap stop EXIT

# The customers: a training file for the projects, and new customers to score.
"$segscope" demo-data --rows 5000 --seed 4 --out "$work/train.csv" 2>/dev/null
"$segscope" demo-data --rows "$rows" --seed 9 --out "$work/new.csv" 2>/dev/null
chmod a+r "$work"/*

"${as_db[@]}" "$bin/initdb" -D "$work/db" -A trust -U segscope >/dev/null
"${as_db[@]}" "$bin/pg_ctl" -D "$work/db" -l "$work/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $work" start >/dev/null
psql() { PGOPTIONS="-c client_min_messages=warning" "${as_db[@]}" "$bin/psql" -h 127.0.0.1 -p "$port" -U segscope -d postgres -v ON_ERROR_STOP=1 -q "$@"; }

# The demo file's columns as a warehouse types them.
columns=$(head -1 "$work/new.csv" | tr ',' '\n' | while read -r name; do
    case "$name" in
        customer_id | region | acquisition_channel | true_segment) echo "\"$name\" text" ;;
        loyalty_member) echo "\"$name\" boolean" ;;
        *) echo "\"$name\" double precision" ;;
    esac
done | paste -sd, -)
psql -c "CREATE TABLE customers ($columns)"
psql -c "\\copy customers FROM '$work/new.csv' CSV HEADER"
status=0
for run in kmeans gmm; do
    options=(--algorithm kmeans)
    [ "$run" = gmm ] && options=(--algorithm gmm --covariance full)
    "$segscope" project create "$work/train.csv" --out "$work/$run.segscope" --id-column customer_id --k 6 \
        "${options[@]}" >/dev/null 2>&1
    "$segscope" score "$work/$run.segscope" "$work/new.csv" --out "$work/engine.csv" --no-record --quiet
    "$segscope" export-sql "$work/$run.segscope" --dialect postgresql --table customers --out "$work/query.sql"
    chmod a+r "$work"/*
    psql -c "DROP TABLE IF EXISTS engine; DROP TABLE IF EXISTS warehouse"
    psql -c "CREATE TABLE engine (id text, segment int, segment_name text, distance float8, margin float8,
                                   confidence float8, anomaly int, anomaly_reason text)"
    psql -c "\\copy engine FROM '$work/engine.csv' CSV HEADER"

    start=$(date +%s.%N)
    { echo "CREATE TABLE warehouse AS"; cat "$work/query.sql"; echo ";"; } > "$work/create.sql"
    psql -f "$work/create.sql"
    seconds=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { printf "%.2f", b - a }')

    # segscope score writes numbers with six significant digits: distances agree to that. A
    # customer may change segment only where its two nearest centres (or two most probable
    # components) tie to that precision.
    summary=$(psql -At -F' ' -c "
      SELECT (SELECT count(*) FROM warehouse),
             (SELECT count(*) FROM engine),
             count(*) FILTER (WHERE w.segment <> e.segment),
             count(*) FILTER (WHERE w.segment <> e.segment AND (e.margin > 1e-5 * greatest(1, e.distance)
                                                                OR e.margin IS NULL AND e.confidence > 0.5 + 1e-5)),
             count(*) FILTER (WHERE w.segment = e.segment AND abs(w.distance - e.distance) > 1e-5 * greatest(1, e.distance)),
             count(*) FILTER (WHERE w.segment = e.segment AND w.anomaly <> e.anomaly),
             coalesce(max(abs(w.distance - e.distance) / greatest(1, e.distance)) FILTER (WHERE w.segment = e.segment), 0)
      FROM warehouse w JOIN engine e USING (id)")
    read -r sql_rows engine_rows moved moved_beyond_ties distance_off anomaly_off max_relative <<<"$summary"
    version=$(psql -At -c "SHOW server_version")
    cat <<EOF
{"run": "$run", "postgresql": "$version", "customers": $rows, "query_rows": $sql_rows, "engine_rows": $engine_rows,
 "query_seconds": $seconds, "segment_differs": $moved, "segment_differs_beyond_ties": $moved_beyond_ties,
 "distance_differs": $distance_off, "anomaly_differs": $anomaly_off, "max_relative_distance_difference": $max_relative}
EOF
    [ "$sql_rows" = "$rows" ] && [ "$engine_rows" = "$rows" ] && [ "$moved_beyond_ties" = 0 ] \
        && [ "$distance_off" = 0 ] && [ "$anomaly_off" = 0 ] || status=1
done
exit $status
