#!/usr/bin/env bash
# Requests per second and p50/p99 latency of `steadfast serve` on loopback, measured with wrk
# (apt-get install wrk), on a fresh SQLite ledger with the built-in case base, or on the database
# STEADFAST_BENCH_DATABASE names (for example a postgres:// URL).
# Usage: scripts/bench-server.sh [BINARY] [SECONDS] [CONNECTIONS]
set -euo pipefail
binary=${1:-.build/release/steadfast}
seconds=${2:-15}
connections=${3:-16}
port=18090
scratch=$(mktemp -d)
database=${STEADFAST_BENCH_DATABASE:-$scratch/ledger.sqlite}
STEADFAST_DATABASE="$database" "$binary" serve --port "$port" >"$scratch/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 1 60); do
  curl -sf "http://127.0.0.1:$port/api/leaderboard" >/dev/null && break
  sleep 1
done
test=ven-2026-us-capture-of-maduro
printf '%-44s %10s %9s %9s\n' path requests/s p50 p99
for path in /api/leaderboard "/api/tests/$test" / "/tests/$test"; do
  curl -sf "http://127.0.0.1:$port$path" >/dev/null
  out=$(wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port$path")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  errors=$(grep -E 'Non-2xx|Socket errors' <<<"$out" || true)
  printf '%-44s %10s %9s %9s %s\n' "$path" "$rps" "$p50" "$p99" "$errors"
done
