#!/usr/bin/env bash
# Load on segscope serve, measured with wrk on loopback: POST /score with batches of BATCH demo
# customers (default 100) from CONNECTIONS connections (default 8) for DURATION seconds (default
# 30), server and wrk sharing the machine's cores. Prints JSON: requests and customers a second,
# latency percentiles, errors, and the server's resident memory before and after. With
# SOAK_SECONDS set, runs that long instead and samples the server's memory every 10 s (the soak
# test: memory must stay flat). Needs wrk and python3.
#
#   bench/serve_load.sh [BUILD_DIR]          (default build/ci)
#   SOAK_SECONDS=600 bench/serve_load.sh
set -euo pipefail
build=${1:-build/ci}
segscope="$build/app/segscope"
duration=${DURATION:-30}
connections=${CONNECTIONS:-8}
batch=${BATCH:-100}
soak=${SOAK_SECONDS:-0}
dir=$(mktemp -d)
pid=
cleanup() {
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
    rm -rf "$dir"
}
trap cleanup EXIT

"$segscope" demo-data --rows 50000 --out "$dir/customers.csv" >/dev/null
"$segscope" project create "$dir/customers.csv" --out "$dir/p.segscope" --id-column customer_id \
    --role true_segment=ignored --k 6 --quiet 2>/dev/null
python3 - "$dir/customers.csv" "$batch" >"$dir/body.json" <<'PY'
import csv, json, sys
rows = []
with open(sys.argv[1], newline='') as f:
    for row in csv.DictReader(f):
        customer = {}
        for k, v in row.items():
            if v == '' or k == 'true_segment':
                continue
            try:
                customer[k] = float(v) if k != 'customer_id' else v
            except ValueError:
                customer[k] = v
        rows.append(customer)
        if len(rows) == int(sys.argv[2]):
            break
json.dump({"customers": rows}, sys.stdout)
PY
cat >"$dir/post.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local f = io.open("$dir/body.json", "rb")
wrk.body = f:read("*a")
f:close()
LUA

"$segscope" serve "$dir/p.segscope" --port 0 >"$dir/serve.out" 2>"$dir/serve.err" &
pid=$!
for _ in $(seq 100); do grep -q 'http://' "$dir/serve.out" 2>/dev/null && break; sleep 0.1; done
port=$(grep -o ':[0-9]*$' "$dir/serve.out" | tr -d :)
url="http://127.0.0.1:$port/score"
rss() { awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status"; }
# A warm-up, so the first figures are not the allocator's.
wrk -t1 -c2 -d2s -s "$dir/post.lua" "$url" >/dev/null
rss_before=$(rss)
samples="[]"
if [ "$soak" -gt 0 ]; then
    wrk -t2 -c"$connections" -d"${soak}s" --latency -s "$dir/post.lua" "$url" >"$dir/wrk.txt" &
    wrk_pid=$!
    samples="["
    for ((t = 0; t <= soak; t += 10)); do
        samples+="$( [ "$t" -gt 0 ] && echo ,)[$t, $(rss)]"
        sleep 10
    done
    samples+="]"
    wait "$wrk_pid"
    duration=$soak
else
    wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$dir/post.lua" "$url" >"$dir/wrk.txt"
fi
rss_after=$(rss)
python3 - "$dir/wrk.txt" "$batch" "$connections" "$duration" "$rss_before" "$rss_after" "$samples" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
batch, connections, duration = int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
def ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]
latency = {p: ms(v, u) for p, v, u in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)$", text, re.M)}
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
requests = int(re.search(r"(\d+) requests in", text).group(1))
errors = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
socket_errors = re.search(r"Socket errors: (.*)", text)
print(json.dumps({
    "bench": "serve_load", "batch": batch, "connections": connections, "seconds": duration,
    "requests": requests, "requests_per_second": rps, "customers_per_second": round(rps * batch),
    "latency_ms": {"p50": latency.get("50"), "p75": latency.get("75"), "p90": latency.get("90"), "p99": latency.get("99")},
    "non_2xx": int(errors.group(1)) if errors else 0,
    "socket_errors": socket_errors.group(1) if socket_errors else "",
    "rss_mb_before": float(sys.argv[5]), "rss_mb_after": float(sys.argv[6]),
    "rss_mb_samples": json.loads(sys.argv[7]),
}, indent=2))
PY
