#!/usr/bin/env python
"""Load benchmark on loopback: the public pages under gunicorn, and the pipeline at volume.

    .venv/bin/python scripts/bench_load.py            # both parts
    .venv/bin/python scripts/bench_load.py web        # gunicorn serving the public pages
    .venv/bin/python scripts/bench_load.py pipeline   # articles through Redis, workers, PostgreSQL

It needs PostgreSQL and Redis on 127.0.0.1 and uses its own database (``accords_bench``, dropped
and created again) and Redis database 14 (emptied); nothing but loopback is contacted.  Every
loop is bounded: a fixed number of requests or articles and a time limit.

Goals (README "Load"): the pages hold at least 300 requests/s with p99 under 200 ms and no
errors; articles go through at 50/s or more with none lost or duplicated (counted in the
database afterwards).  The script exits non-zero when a goal is missed.
"""

import argparse
import http.client
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/accords_bench")
BROKER = os.environ.get("BENCH_BROKER_URL", "redis://127.0.0.1:6379/14")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
PAGES = ["/", "/timeline/", "/map/", "/countries/AE/", "/countries/KZ/", "/countries/MA/",
         "/countries/SA/"]

ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE,
    "CELERY_BROKER_URL": BROKER,
    "DEBUG": "False",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "False",  # plain HTTP on loopback; a proxy does TLS in production
    "CONN_MAX_AGE": "60",
    "LOG_LEVEL": "WARNING",
    "VAR_DIR": str(ROOT / "var" / "bench"),
}


def manage(*args):
    subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=ENV, check=True,
                   stdout=subprocess.DEVNULL)


def fresh_database():
    import psycopg

    name = DATABASE.rsplit("/", 1)[1]
    with psycopg.connect(DATABASE.rsplit("/", 1)[0] + "/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')
    manage("migrate", "--noinput")
    manage("load_reference")


def percentile(sorted_values, fraction):
    return sorted_values[min(len(sorted_values) - 1, int(fraction * len(sorted_values)))]


# --- web ---------------------------------------------------------------------------------------


def bench_web(requests_total, clients, time_limit, workers):
    manage("collectstatic", "--noinput")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "accords.wsgi"],
        cwd=ROOT, env={**ENV, "GUNICORN_BIND": f"127.0.0.1:{PORT}", "WEB_CONCURRENCY": str(workers),
                       "GUNICORN_ACCESS_LOG": ""},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                if get("/")[0] == 200:
                    break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise SystemExit("gunicorn did not start")
            time.sleep(0.2)
        for path in PAGES:  # warm every worker's connection and caches
            for _ in range(workers * 2):
                status, _ = get(path)
                assert status == 200, (path, status)

        latencies, errors, lock = [], [], threading.Lock()
        counter = iter(range(requests_total))
        stop_at = time.monotonic() + time_limit

        def client():
            mine = []
            for n in counter:
                if time.monotonic() > stop_at:
                    break
                path = PAGES[n % len(PAGES)]
                start = time.perf_counter()
                try:
                    status, size = get(path)
                except OSError as error:
                    status, size = repr(error), 0
                mine.append(time.perf_counter() - start)
                if status != 200 or size < 500:
                    with lock:
                        errors.append((path, status))
            with lock:
                latencies.extend(mine)

        threads = [threading.Thread(target=client) for _ in range(clients)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - started
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)

    latencies.sort()
    rate = len(latencies) / elapsed
    p50, p99 = percentile(latencies, 0.50) * 1000, percentile(latencies, 0.99) * 1000
    print(f"web: {len(latencies)} requests over {len(PAGES)} public pages, {clients} clients, "
          f"{workers} gunicorn workers: {rate:.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
          f"{len(errors)} errors")
    ok = rate >= 300 and p99 < 200 and not errors and len(latencies) == requests_total
    print("web goal (>= 300 req/s, p99 < 200 ms, no errors):", "met" if ok else "MISSED")
    return ok


def get(path):
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=10)
    try:
        conn.request("GET", path, headers={"Host": "127.0.0.1"})
        response = conn.getresponse()
        return response.status, len(response.read())
    finally:
        conn.close()


# --- pipeline ------------------------------------------------------------------------------------

TEXT = (
    "Dispatch {n}. Kazakhstan will join the Abraham Accords, officials in Astana said on "
    "Thursday, and Azerbaijan is in talks about joining. Report number {n} adds that the "
    "ceremony is planned in Washington."
)


def bench_pipeline(articles_total, time_limit, concurrency):
    os.environ.update(ENV)
    os.environ["DJANGO_SETTINGS_MODULE"] = "accords.settings"
    import django

    django.setup()
    from accords.celery import app
    from accords.extraction import extract
    from accords.ingest.clean import text_to_article
    from accords.models import Article, ProposedChange
    from accords.tasks import process_article

    app.control.purge()
    expected_per_article = len(extract(text_to_article(TEXT.format(n=0), max_chars=10000).text,
                                       language="en").claims)
    Article.objects.bulk_create(
        [Article(raw=TEXT.format(n=n), language="en", language_given=True)
         for n in range(articles_total)],
        batch_size=1000,
    )
    ids = list(Article.objects.values_list("pk", flat=True))

    workers = [
        subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "accords", "worker", "-l", "warning",
             "--concurrency", str(concurrency), "--pool", "prefork", "-n", f"bench{n}@%h",
             "--without-gossip", "--without-mingle", "--without-heartbeat"],
            cwd=ROOT, env=ENV,
        )
        for n in (1, 2)
    ]
    try:
        time.sleep(4)  # both workers connected before the clock starts
        started = time.perf_counter()
        with app.producer_or_acquire() as producer:
            for article_id in ids:
                process_article.apply_async((article_id,), producer=producer)
        sent = time.perf_counter() - started
        deadline = time.monotonic() + time_limit
        while time.monotonic() < deadline:
            left = Article.objects.exclude(state__in=Article.TERMINAL_STATES).count()
            if not left:
                break
            time.sleep(0.5)
        elapsed = time.perf_counter() - started
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(timeout=60)

    states = dict(Article.objects.values_list("state").annotate(n=django.db.models.Count("id")))
    extracted = states.get(Article.State.EXTRACTED, 0)
    twice = Article.objects.filter(attempts__gt=1).count()
    proposals = ProposedChange.objects.count()
    per_article = set(ProposedChange.objects.values("article").annotate(
        n=django.db.models.Count("id")).values_list("n", flat=True))
    rate = extracted / elapsed
    print(f"pipeline: {articles_total} articles, 2 workers x {concurrency} processes, sent in {sent:.1f} s, all done in "
          f"{elapsed:.1f} s: {rate:.0f} articles/s; states {states}; processed more than once: "
          f"{twice}; proposals {proposals} ({expected_per_article} expected per article, "
          f"found {sorted(per_article)})")
    ok = (rate >= 50 and extracted == articles_total and twice == 0
          and proposals == articles_total * expected_per_article)
    print("pipeline goal (>= 50 articles/s, none lost or duplicated):", "met" if ok else "MISSED")
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("part", nargs="?", choices=["web", "pipeline", "all"], default="all")
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--web-workers", type=int, default=4)
    parser.add_argument("--articles", type=int, default=10000)
    parser.add_argument("--concurrency", type=int, default=2, help="processes per worker")
    parser.add_argument("--time-limit", type=float, default=600, help="seconds per part")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; database {DATABASE}; broker {BROKER}")
    fresh_database()
    ok = True
    if args.part in ("web", "all"):
        ok &= bench_web(args.requests, args.clients, min(args.time_limit, 120), args.web_workers)
    if args.part in ("pipeline", "all"):
        ok &= bench_pipeline(args.articles, args.time_limit, args.concurrency)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
