#!/usr/bin/env bash
# The whole suite: once on the embedded defaults (SQLite, filesystem broker, a real
# worker), then again on PostgreSQL + Redis + a real worker when those are reachable.
# REQUIRE_SERVICES=1 (set by CI) turns a missing service or browser into a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
PY=.venv/bin/python
export VAR_DIR="$PWD/var/test"   # keeps test queues apart from a running `make run`
mkdir -p "$VAR_DIR" test-artifacts

if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing Debian's chromium for the browser tests..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is not installed: browser tests will be skipped (apt-get install chromium)."
  fi
fi

.venv/bin/ruff check .
.venv/bin/ruff format --check .   # the code is formatted by ruff format; this keeps it so

echo "== Embedded defaults: SQLite + filesystem broker"
rm -rf "$VAR_DIR/celery"
if [ $# -eq 0 ]; then
  # The parser's suite (pure functions: no database, no worker, no browser) on every core,
  # then the rest, whose worker and browser tests share one queue folder, in one process.
  env -u DATABASE_URL -u CELERY_BROKER_URL $PY -m pytest -n "${TEST_WORKERS:-auto}" tests/extraction
  env -u DATABASE_URL -u CELERY_BROKER_URL $PY -m pytest --ignore=tests/extraction
else
  env -u DATABASE_URL -u CELERY_BROKER_URL $PY -m pytest "$@"
fi

reachable() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }
if reachable 127.0.0.1 5432 && reachable 127.0.0.1 6379; then
  echo "== PostgreSQL + Redis"
  DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/accords}" \
  CELERY_BROKER_URL="${TEST_BROKER_URL:-redis://127.0.0.1:6379/15}" \
    $PY -m pytest -m "not browser" --ignore=tests/extraction "$@"   # the parser touches no database
elif [ "${REQUIRE_SERVICES:-0}" = 1 ]; then
  echo "PostgreSQL (127.0.0.1:5432) and Redis (127.0.0.1:6379) are required but not reachable." >&2
  exit 1
else
  echo "PostgreSQL or Redis not reachable: the second run (PostgreSQL + Redis) is skipped."
fi

# RabbitMQ acknowledges differently (an unacknowledged message comes back as soon as the
# worker's connection closes): the worker and fault tests once more on it.  The vhost must
# exist: rabbitmqctl add_vhost accords_test; rabbitmqctl set_permissions -p accords_test guest ".*" ".*" ".*"
if reachable 127.0.0.1 5432 && reachable 127.0.0.1 5672; then
  echo "== PostgreSQL + RabbitMQ: workers and faults"
  DATABASE_URL="${TEST_DATABASE_URL:-postgres://postgres@127.0.0.1:5432/accords}" \
  CELERY_BROKER_URL="${TEST_AMQP_URL:-amqp://guest:guest@127.0.0.1:5672/accords_test}" \
    $PY -m pytest -m "worker" tests/test_tasks_faults.py tests/test_tasks_worker.py
elif [ "${REQUIRE_SERVICES:-0}" = 1 ]; then
  echo "RabbitMQ (127.0.0.1:5672) is required but not reachable." >&2
  exit 1
else
  echo "RabbitMQ not reachable: the third run (PostgreSQL + RabbitMQ) is skipped."
fi
