#!/usr/bin/env bash
# `make load`: `make serve` with the demo content on LOAD_PORT (PostgreSQL and Redis from
# DATABASE_URL and REDIS_URL), the load run against it, then the server is stopped.
set -euo pipefail
: "${DATABASE_URL:?make load needs DATABASE_URL (PostgreSQL)}"
: "${REDIS_URL:?make load needs REDIS_URL}"
port="${LOAD_PORT:-8010}"
log="$(mktemp -t cms-load-serve.XXXXXX.log)"
# The rate limiter (issue "API limits") would turn the load into 429s.
RATE_LIMIT_ENABLED=0 DEMO_CONTENT=1 PORT="$port" setsid make serve >"$log" 2>&1 &
serve=$!
trap 'kill -TERM -- -"$serve" 2>/dev/null || true; wait "$serve" 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 "$serve" 2>/dev/null || { tail -n 30 "$log"; exit 1; }
  sleep 1
done
echo "make serve ready on port $port (log: $log)"
.venv/bin/python tests/load_operations.py "http://127.0.0.1:$port"
