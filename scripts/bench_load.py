#!/usr/bin/env python
"""Load benchmark on loopback: the public pages under gunicorn, and the pipeline at volume.

    .venv/bin/python scripts/bench_load.py            # both parts
    .venv/bin/python scripts/bench_load.py web        # gunicorn serving the public pages
    .venv/bin/python scripts/bench_load.py pipeline   # articles through Redis, workers, PostgreSQL
    .venv/bin/python scripts/bench_load.py scale --events 50000 --articles 100000
                                                      # readers, an editor confirming, an attack
    .venv/bin/python scripts/bench_load.py rebuild --reuse   # a rebuild longer than gunicorn's timeout
    .venv/bin/python scripts/bench_load.py hostile    # a 1 MB hostile article, then a normal one

It needs PostgreSQL and Redis on 127.0.0.1 and uses its own database (``accords_bench``, dropped
and created again) and Redis database 14 (emptied); nothing but loopback is contacted.  Every
loop is bounded: a fixed number of requests or articles and a time limit.

Goals (docs/performance.md, "Load"): the pages hold at least 300 requests/s with p99 under 200 ms and no
errors; articles go through at 50/s or more with none lost or duplicated (counted in the
database afterwards).  At scale (``scale``: 50,000 events, 100,000 articles) the same goal holds
while an editor confirms every 3 s, and during an attack of unique addresses from one client
the page cache (a private Redis started from deploy/redis-cache.conf) stays under its bound,
the broker answers and ordinary readers keep p99 < 500 ms.  ``hostile``: a 1 MB hostile article
fails with a reason within the time limit and a normal one sent after it is extracted within
10 s.  The script exits non-zero when a goal is missed.
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
CACHE = os.environ.get("BENCH_CACHE_URL", "redis://127.0.0.1:6379/13")
PORT = int(os.environ.get("BENCH_PORT", "8765"))
PAGES = [
    "/",
    "/timeline/",
    "/map/",
    "/countries/AE/",
    "/countries/KZ/",
    "/countries/MA/",
    "/countries/SA/",
]
# What a browser showing /timeline/ also asks for when the history is large.
FIGURE = "/timeline/figure.json"

ENV = {
    **os.environ,
    "DATABASE_URL": DATABASE,
    "CELERY_BROKER_URL": BROKER,
    "DEBUG": "False",
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
    "SECURE_SSL_REDIRECT": "False",  # plain HTTP on loopback; a proxy does TLS in production
    "CONN_MAX_AGE": "60",
    "LOG_LEVEL": "ERROR",  # not a line for each 429 the attacker gets
    "VAR_DIR": str(ROOT / "var" / "bench"),
    "CACHE_URL": CACHE,
}


def manage(*args):
    subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=ENV,
        check=True,
        stdout=subprocess.DEVNULL,
    )


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
    workers = workers or (os.cpu_count() or 1) * 2
    manage("collectstatic", "--noinput")
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "accords.wsgi"],
        cwd=ROOT,
        env={
            **ENV,
            "GUNICORN_BIND": f"127.0.0.1:{PORT}",
            "WEB_CONCURRENCY": str(workers),
            "GUNICORN_ACCESS_LOG": "",
        },
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
    print(
        f"web: {len(latencies)} requests over {len(PAGES)} public pages, {clients} clients, "
        f"{workers} gunicorn workers: {rate:.0f} req/s, p50 {p50:.1f} ms, p99 {p99:.1f} ms, "
        f"{len(errors)} errors"
    )
    ok = rate >= 300 and p99 < 200 and not errors and len(latencies) == requests_total
    print("web goal (>= 300 req/s, p99 < 200 ms, no errors):", "met" if ok else "MISSED")
    return ok


def get(path, client="198.51.100.1", timeout=10):
    """GET through a (pretend) proxy: X-Forwarded-For carries the client's address, and like
    every browser it accepts gzip (the site sends JSON compressed; the proxy compresses HTML)."""
    conn = http.client.HTTPConnection("127.0.0.1", PORT, timeout=timeout)
    try:
        conn.request(
            "GET",
            path,
            headers={"Host": "127.0.0.1", "X-Forwarded-For": client, "Accept-Encoding": "gzip"},
        )
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
    expected_per_article = len(
        extract(text_to_article(TEXT.format(n=0), max_chars=10000).text, language="en").claims
    )
    Article.objects.bulk_create(
        [
            Article(raw=TEXT.format(n=n), language="en", language_given=True)
            for n in range(articles_total)
        ],
        batch_size=1000,
    )
    ids = list(Article.objects.values_list("pk", flat=True))

    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "celery",
                "-A",
                "accords",
                "worker",
                "-l",
                "warning",
                "--concurrency",
                str(concurrency),
                "--pool",
                "prefork",
                "-n",
                f"bench{n}@%h",
                "--without-gossip",
                "--without-mingle",
                "--without-heartbeat",
            ],
            cwd=ROOT,
            env=ENV,
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
    per_article = set(
        ProposedChange.objects.values("article")
        .annotate(n=django.db.models.Count("id"))
        .values_list("n", flat=True)
    )
    rate = extracted / elapsed
    print(
        f"pipeline: {articles_total} articles, 2 workers x {concurrency} processes, sent in {sent:.1f} s, all done in "
        f"{elapsed:.1f} s: {rate:.0f} articles/s; states {states}; processed more than once: "
        f"{twice}; proposals {proposals} ({expected_per_article} expected per article, "
        f"found {sorted(per_article)})"
    )
    ok = (
        rate >= 50
        and extracted == articles_total
        and twice == 0
        and proposals == articles_total * expected_per_article
    )
    print("pipeline goal (>= 50 articles/s, none lost or duplicated):", "met" if ok else "MISSED")
    return ok


# --- at scale: readers, an editor, an attacker --------------------------------------------------


def free_port():
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def start_page_cache(maxmemory, port=0):
    """A private Redis from deploy/redis-cache.conf (bounded, allkeys-lru) for the page cache."""
    import redis

    port = port or free_port()
    folder = ROOT / "var" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [
            "redis-server",
            str(ROOT / "deploy" / "redis-cache.conf"),
            "--port",
            str(port),
            "--maxmemory",
            maxmemory,
            "--dir",
            str(folder),
        ],
        stdout=subprocess.DEVNULL,
    )
    client = redis.Redis(port=port)
    for _ in range(50):
        try:
            client.ping()
            break
        except redis.ConnectionError:
            time.sleep(0.1)
    return process, client, f"redis://127.0.0.1:{port}/0"


def setup_django():
    os.environ.update(ENV)
    os.environ["DJANGO_SETTINGS_MODULE"] = "accords.settings"
    import django

    django.setup()


def start_gunicorn(workers, threads=None, **more):
    """gunicorn as gunicorn.conf.py sets it up; workers/threads None: its own defaults; `more`:
    other environment variables."""
    env = {
        **ENV,
        "GUNICORN_BIND": f"127.0.0.1:{PORT}",
        "GUNICORN_ACCESS_LOG": "",
        "LOG_LEVEL": "INFO",
        **more,
    }  # the page cache says which pages it builds
    if workers:
        env["WEB_CONCURRENCY"] = str(workers)
    if threads:
        env["GUNICORN_THREADS"] = str(threads)
    log = ROOT / "var" / "bench" / "gunicorn.log"  # Django's warning for each 429, errors
    log.parent.mkdir(parents=True, exist_ok=True)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "accords.wsgi"],
        cwd=ROOT,
        env=env,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 60
    while True:
        try:
            if get("/")[0] == 200:
                return server
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise SystemExit("gunicorn did not start")
        time.sleep(0.2)


# Readers' requests over 2 s: (time, path, seconds), printed after each phase.
SLOW = []


def readers(clients, seconds, paths=PAGES):
    """`clients` threads reading `paths` in turn for `seconds`: (latencies, errors, elapsed)."""
    latencies, errors, lock = [], [], threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(offset):
        mine, n = [], offset
        while time.monotonic() < stop_at:
            path = paths[n % len(paths)]
            n += 1
            start = time.perf_counter()
            try:
                status, size = get(path, client=f"198.51.100.{offset + 1}")
            except OSError as error:
                status, size = repr(error), 0
            took = time.perf_counter() - start
            mine.append(took)
            if took > 2:
                with lock:
                    SLOW.append((time.strftime("%H:%M:%S"), path, round(took, 2)))
            if status != 200 or size < 500:
                with lock:
                    errors.append((path, status))
        with lock:
            latencies.extend(mine)

    threads = [threading.Thread(target=client, args=(n,)) for n in range(clients)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(latencies), errors, time.perf_counter() - started


def cpu_seconds(pid):
    """CPU time (user + system) used so far by gunicorn: the master, its running workers and
    the workers it has reaped (recycled or killed), whatever else runs on the machine."""
    ticks = os.sysconf("SC_CLK_TCK")

    def stat(one):
        try:  # fields after the command's closing parenthesis; utime is the 12th
            return [
                int(f)
                for f in Path(f"/proc/{one}/stat").read_text().rsplit(")", 1)[1].split()[11:15]
            ]
        except (OSError, ValueError):
            return [0, 0, 0, 0]

    total = sum(stat(pid))  # its own time and that of its reaped children
    try:
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        children = []
    for child in children:
        total += sum(stat(child)[:2])
    return total / ticks


def measured(server, phase):
    """Run phase() (readers: latencies, errors, elapsed) and add gunicorn's CPU time."""
    before = cpu_seconds(server.pid)
    latencies, errors, elapsed = phase()
    return latencies, errors, elapsed, cpu_seconds(server.pid) - before


def summary(name, latencies, errors, elapsed, cpu=None):
    rate = len(latencies) / elapsed
    p50, p99 = percentile(latencies, 0.5) * 1000, percentile(latencies, 0.99) * 1000
    worst = latencies[-1] * 1000 if latencies else 0
    load = os.getloadavg()[0]
    per_request = (
        f", gunicorn CPU {cpu * 1000 / max(len(latencies), 1):.2f} ms/request"
        if cpu is not None
        else ""
    )
    print(
        f"{name}: {len(latencies)} requests in {elapsed:.0f} s: {rate:.0f} req/s, p50 "
        f"{p50:.1f} ms, p99 {p99:.1f} ms, slowest {worst:.0f} ms, {len(errors)} errors"
        f"{per_request}; load average {load:.1f}"
    )
    if SLOW:
        print(f"  requests over 2 s: {SLOW}")
        SLOW.clear()
    return rate, p99, worst


def pending_proposals(count):
    """Proposals for the benchmark's editor to confirm: new steps of random countries."""
    import datetime as dt
    import random

    from accords.models import Article, Country, ProposedChange

    rng = random.Random(7)
    countries = list(Country.objects.all())
    articles = list(Article.objects.order_by("?")[:count])
    rows = []
    for n, article in enumerate(articles):
        day = dt.date(2024, 1, 1) + dt.timedelta(days=rng.randrange(600))
        rows.append(
            ProposedChange(
                article=article,
                claim_key=f"bench:{n}",
                country=rng.choice(countries),
                status="negotiating",
                date=day,
                date_precision="day",
                confidence=0.9,
                evidence="A generated sentence of evidence.",
                evidence_start=0,
                evidence_end=10,
            )
        )
    ProposedChange.objects.bulk_create(rows)
    return list(
        ProposedChange.objects.filter(claim_key__startswith="bench:").values_list("pk", flat=True)
    )


def bench_scale(args):
    page_cache, page_client, page_url = start_page_cache(args.cache_memory, args.cache_port)
    ENV["PAGE_CACHE_URL"] = page_url
    ENV["PUBLIC_PAGE_BUILDS_PER_MINUTE"] = str(args.builds_per_minute)
    setup_django()
    import redis
    from django.contrib.auth.models import Group, User

    from accords import review, services
    from accords.models import StatusEvent
    from scripts.bench_pages import generate

    if not (args.reuse and StatusEvent.objects.count() >= args.events):
        generate(countries=250, events_per_country=args.events // 250, articles=args.articles)
        from django.db import connection

        with connection.cursor() as cursor:  # as autovacuum would soon: plans for the real sizes
            cursor.execute("ANALYZE")
    User.objects.filter(username="bench-editor").delete()
    editor = User.objects.create_user(
        "bench-editor", password=secrets.token_urlsafe(), is_staff=True
    )
    editor.groups.add(Group.objects.get(name="Editors"))
    proposals = pending_proposals(int(args.seconds / 3) + 20)
    manage("collectstatic", "--noinput")
    server = start_gunicorn(args.web_workers, args.threads)
    paths = PAGES + [FIGURE] if args.figure else PAGES
    workers = args.web_workers or (os.cpu_count() or 1) * 2
    print(
        f"gunicorn: {workers} workers{f' x {args.threads} threads' if args.threads else ''}; "
        f"readers' paths: {' '.join(paths)}"
    )
    ok = True
    try:
        for path in paths:  # every worker's connection, and the pages cached once
            for _ in range(workers):
                for _attempt in range(3):  # a cold build on a busy machine may hit a timeout
                    try:
                        if get(path, timeout=120)[0] == 200:
                            break
                    except OSError:
                        pass
                else:
                    raise SystemExit(f"{path} could not be built")
        log = ROOT / "var" / "bench" / "gunicorn.log"
        log_start = log.stat().st_size
        # 1. readers only
        rate, p99, worst = summary(
            "scale, readers", *measured(server, lambda: readers(args.clients, args.seconds, paths))
        )
        ok &= rate >= 300 and p99 < 200 and worst < 2000
        # 2. readers while an editor confirms every 3 s
        stop = threading.Event()
        confirmed = []

        def editor_confirms():
            from django.db import connection

            for pk in proposals:
                if stop.wait(3):
                    break
                event = review.proposal_confirm(
                    proposal=services.ProposedChange.objects.get(pk=pk), user=editor
                )
                confirmed.append(event.pk)
            connection.close()

        confirm_start = log.stat().st_size
        thread = threading.Thread(target=editor_confirms)
        thread.start()
        try:
            rate, p99, worst = summary(
                "scale, readers while an editor confirms every 3 s",
                *measured(server, lambda: readers(args.clients, args.seconds, paths)),
            )
        finally:
            stop.set()
            thread.join()
        with log.open("rb") as lines:
            lines.seek(confirm_start)
            built = lines.read().decode(errors="replace").count("Public page built (out of date)")
        print(
            f"  the editor confirmed {len(confirmed)} proposals meanwhile; out-of-date pages "
            f"rebuilt: {built} (at most one per page per confirmation; readers never wait)"
        )
        ok &= rate >= 300 and p99 < 200 and worst < 2000 and len(confirmed) > 0
        # 3. an attack of unique addresses from one client, readers measured meanwhile
        broker = redis.Redis.from_url(BROKER)
        stop = threading.Event()
        statuses, memory, broker_failures = {}, [], []

        def attacker():
            import random

            rng = random.Random(11)
            while not stop.is_set():
                day = f"{rng.randrange(1990, 2026)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                path = rng.choice(
                    [
                        f"/map/?date={day}",
                        f"/timeline/?from={day}",
                        f"/timeline/?to={day}&status=signed",
                        f"/?nonce={rng.random()}",
                    ]
                )
                try:
                    status, _ = get(path, client="203.0.113.66")
                except OSError as error:
                    status = type(error).__name__
                statuses[status] = statuses.get(status, 0) + 1

        def watcher():
            while not stop.wait(1):
                memory.append(page_client.info("memory")["used_memory"])
                try:
                    broker.ping()
                    broker.lpush("bench-probe", "x")
                    broker.delete("bench-probe")
                except redis.RedisError as error:
                    broker_failures.append(repr(error))

        threads = [threading.Thread(target=attacker), threading.Thread(target=watcher)]
        for thread in threads:
            thread.start()
        try:
            rate, p99, worst = summary(
                "scale, readers during a unique-address attack",
                *measured(server, lambda: readers(args.clients, args.attack_seconds, paths)),
            )
        finally:
            stop.set()
            for thread in threads:
                thread.join()
        bound = page_client.config_get("maxmemory")["maxmemory"]
        print(
            f"  attacker: {sum(statuses.values())} requests, answers {statuses}; page cache "
            f"used at most {max(memory or [0]) / 2**20:.1f} MB of its {int(bound) / 2**20:.0f} "
            f"MB bound; broker probes failed: {len(broker_failures)}"
        )
        ok &= p99 < 500 and max(memory or [0]) <= int(bound) and not broker_failures
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=30)
        page_cache.terminate()
        page_cache.wait(timeout=10)
    with (ROOT / "var" / "bench" / "gunicorn.log").open("rb") as lines:
        lines.seek(log_start)
        killed = lines.read().count(b"WORKER TIMEOUT")
    print(f"gunicorn workers killed by its timeout during the phases: {killed}")
    ok &= killed == 0
    print("scale goals:", "met" if ok else "MISSED")
    return ok


# --- a rebuild longer than gunicorn's timeout ---------------------------------------------------


def bench_rebuild(args):
    """The timeline's figure, built once, then made out of date and asked for again under a
    gunicorn timeout shorter than its build: is it rebuilt, or is the worker killed?"""
    page_cache, page_client, page_url = start_page_cache(args.cache_memory, args.cache_port)
    ENV["PAGE_CACHE_URL"] = page_url
    setup_django()
    from django.core.cache import cache

    from accords import pagecache

    log = ROOT / "var" / "bench" / "gunicorn.log"
    ok = True
    try:
        server = start_gunicorn(2, GUNICORN_TIMEOUT="300")
        started = time.monotonic()
        status, _ = get(FIGURE, timeout=300)
        build = time.monotonic() - started
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=60)
        print(
            f"rebuild: {FIGURE} built in {build:.1f} s ({status}); gunicorn timeout now {args.timeout} s"
        )
        for in_thread in ("False", "True"):
            server = start_gunicorn(
                2,
                GUNICORN_TIMEOUT=str(args.timeout),
                PUBLIC_PAGE_REBUILD_IN_THREAD=in_thread,
                PUBLIC_PAGE_REBUILD_SPACING="0",
            )
            log_start = log.stat().st_size
            for lock in page_client.scan_iter("*rebuilding*"):  # a killed worker's, if any
                page_client.delete(lock)
            # As after a change of the data: the figure itself is built again, not only the
            # response around it.
            for region in page_client.scan_iter("*timeline-figure:*"):
                page_client.delete(region)
            try:
                cache.incr(pagecache.GENERATION_KEY)  # an editor's change
                time.sleep(1.5)  # every worker has looked at the generation again
                started = time.monotonic()
                status, _ = get(FIGURE, timeout=60)
                served = time.monotonic() - started
                deadline = time.monotonic() + max(3 * build, 30)
                rebuilt = killed = 0
                while time.monotonic() < deadline and not rebuilt:
                    time.sleep(1)
                    get("/", timeout=60)  # the workers keep serving
                    with log.open("rb") as lines:
                        lines.seek(log_start)
                        text = lines.read()
                    rebuilt = any(
                        b"(out of date)" in line and b"figure.json" in line
                        for line in text.splitlines()
                    )
                    killed = text.count(b"WORKER TIMEOUT")
                    if killed and time.monotonic() - started > build + args.timeout:
                        break
            finally:
                server.send_signal(signal.SIGTERM)
                server.wait(timeout=60)
            print(
                f"rebuild in a thread {in_thread}: the out-of-date figure served in {served:.2f} s "
                f"({status}); rebuilt: {'yes' if rebuilt else 'no'}; workers killed by the "
                f"timeout: {killed}"
            )
            if in_thread == "True":
                ok &= bool(rebuilt) and not killed
    finally:
        page_cache.terminate()
        page_cache.wait(timeout=10)
    print("rebuild goal (rebuilt, no worker killed):", "met" if ok else "MISSED")
    return ok


# --- a hostile article ---------------------------------------------------------------------------


def bench_hostile(args):
    ENV["ARTICLE_SOFT_TIME_LIMIT"] = str(args.soft_limit)
    setup_django()
    from celery import current_app

    from accords import services
    from accords.models import Article

    current_app.control.purge()
    # Paragraphs of 40 KB of claim words, dates and names with no full stop: the parser's worst
    # case (its time grows with the cube of a sentence's length; 10 KB take seconds, 40 KB
    # minutes), 1 MB in all.
    words = (
        "Kazakhstan will join the Abraham Accords on 5 March 2025 and Azerbaijan signed the "
        "accords in 2024 while Saudi Arabia refuses to normalise and Indonesia announced "
        "talks in June 2023 and "
    )
    paragraph = (words * (40_000 // len(words) + 1))[:40_000]
    hostile_text = "\n\n".join([paragraph] * 24)
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "accords",
            "worker",
            "-l",
            "warning",
            "--concurrency",
            str(args.concurrency),
            "--pool",
            "prefork",
            "-n",
            "hostile@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=ENV,
    )
    try:
        time.sleep(4)
        started = time.monotonic()
        hostile, _ = services.article_submit_text(text=hostile_text, language="en")
        time.sleep(1)
        sent_normal = time.monotonic()
        normal, _ = services.article_submit_text(text=TEXT.format(n="after"), language="en")
        normal_done = hostile_done = None
        while time.monotonic() - started < args.soft_limit + 120:
            if (
                normal_done is None
                and Article.objects.get(pk=normal.pk).state in Article.TERMINAL_STATES
            ):
                normal_done = time.monotonic() - sent_normal
            if (
                hostile_done is None
                and Article.objects.get(pk=hostile.pk).state in Article.TERMINAL_STATES
            ):
                hostile_done = time.monotonic() - started
            if normal_done is not None and hostile_done is not None:
                break
            time.sleep(0.2)
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=200)
    hostile.refresh_from_db()
    normal.refresh_from_db()
    print(
        f"hostile: 1 MB article -> {hostile.state} after {hostile_done or -1:.1f} s "
        f"(soft limit {args.soft_limit} s): {hostile.error[:120]!r}"
    )
    print(
        f"hostile: normal article sent 1 s later -> {normal.state} after {normal_done or -1:.1f} s"
    )
    ok = (
        hostile.state == Article.State.FAILED
        and "took too long" in hostile.error.lower()
        and hostile_done is not None
        and hostile_done <= args.soft_limit + 40
        and normal.state == Article.State.EXTRACTED
        and normal_done is not None
        and normal_done < 10
    )
    print(
        "hostile goal (failed with a reason within the limit; the next one within 10 s):",
        "met" if ok else "MISSED",
    )
    return ok


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "part",
        nargs="?",
        choices=["web", "pipeline", "scale", "rebuild", "hostile", "all"],
        default="all",
    )
    parser.add_argument("--events", type=int, default=50000, help="scale: confirmed events")
    parser.add_argument("--seconds", type=float, default=30, help="scale: seconds per phase")
    parser.add_argument("--attack-seconds", type=float, default=60, help="scale: attack length")
    parser.add_argument("--cache-memory", default="256mb", help="scale: the page cache's bound")
    parser.add_argument(
        "--cache-port",
        type=int,
        default=0,
        help="scale: port of the page cache's Redis (default: any free port)",
    )
    parser.add_argument(
        "--figure",
        action="store_true",
        help=f"scale: readers also fetch {FIGURE}, as a browser on /timeline/ does",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=None,
        help="scale: gunicorn threads per worker (GUNICORN_THREADS)",
    )
    parser.add_argument(
        "--builds-per-minute", type=int, default=30, help="scale: PUBLIC_PAGE_BUILDS_PER_MINUTE"
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="scale: keep the database of an earlier scale run if it is large "
        "enough (generating 50,000 events takes minutes)",
    )
    parser.add_argument(
        "--timeout", type=int, default=5, help="rebuild: GUNICORN_TIMEOUT, shorter than the build"
    )
    parser.add_argument(
        "--soft-limit", type=int, default=30, help="hostile: ARTICLE_SOFT_TIME_LIMIT for the run"
    )
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument(
        "--web-workers",
        type=int,
        default=None,
        help="gunicorn workers (default: gunicorn.conf.py's, WEB_CONCURRENCY)",
    )
    parser.add_argument(
        "--articles",
        type=int,
        default=10000,
        help="pipeline: articles sent; scale: articles in the database",
    )
    parser.add_argument("--concurrency", type=int, default=2, help="processes per worker")
    parser.add_argument("--time-limit", type=float, default=600, help="seconds per part")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores; database {DATABASE}; broker {BROKER}")
    if not (args.part in ("scale", "rebuild") and args.reuse):
        fresh_database()
    ok = True
    if args.part in ("web", "all"):
        ok &= bench_web(args.requests, args.clients, min(args.time_limit, 120), args.web_workers)
    if args.part in ("pipeline", "all"):
        ok &= bench_pipeline(args.articles, args.time_limit, args.concurrency)
    if args.part == "scale":
        ok &= bench_scale(args)
    if args.part == "rebuild":
        ok &= bench_rebuild(args)
    if args.part in ("hostile", "all"):
        ok &= bench_hostile(args)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
