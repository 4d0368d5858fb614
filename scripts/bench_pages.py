#!/usr/bin/env python
"""Server time of the public pages and the map page's first-load weight, on a large dataset.

    .venv/bin/python scripts/bench_pages.py                      # SQLite file var/bench/pages.sqlite3
    .venv/bin/python scripts/bench_pages.py --database-url postgres://postgres@127.0.0.1:5432/accords_bench
    .venv/bin/python scripts/bench_pages.py --against ../before   # a checkout of an older commit
    .venv/bin/python scripts/bench_pages.py --against ../before --against-database-url sqlite:///../before.sqlite3

The dataset is generated once per database (kept for the next run; --regenerate rebuilds it):
250 countries x 40 confirmed events (random statuses, dates and precisions), one to three
citations each, and 100,000 articles.  It never touches the site's own database.

Server time is measured in-process with Django's test client and DEBUG=False (the whole
request: middleware, queries, building, templates), as the median of --runs requests:
- "warm": the figure and table of the page are in the cache (the usual case: they are
  rebuilt only when an editor confirms or reverts something);
- "cold": the cache is emptied before every request (the first visit after a change).
With --against, the cold requests' CPU time is given too (the process's own time on a core,
``time.thread_time``): a busy machine inflates it much less than the wall-clock time.

The map page's weight is what a browser downloads on a first visit: the HTML, then every
script and stylesheet it links and the map geometry plotly asks for, each served by
WhiteNoise from `collectstatic` output (compressed, hashed names) with
`Accept-Encoding: br, gzip`.  The HTML is counted gzip-compressed, as a proxy in front of
the site sends it.
"""

import argparse
import gzip
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def configure(database_url):
    os.environ["DATABASE_URL"] = database_url
    os.environ["DEBUG"] = "False"  # no query log, production template and static settings
    os.environ.setdefault("SECRET_KEY", "bench-only-" + "x" * 40)
    os.environ["ALLOWED_HOSTS"] = "testserver"
    os.environ["SECURE_SSL_REDIRECT"] = "False"
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    # One in-process client asks for every page: the per-address budget of new pages (a
    # defence against cache busting) would answer it 429.
    os.environ["PUBLIC_PAGE_BUILDS_PER_MINUTE"] = "0"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accords.settings")
    import django

    django.setup()


def generate(*, countries, events_per_country, articles, seed=4):
    """Fill the empty database with a reproducible large history."""
    import datetime as dt

    from django.db import transaction
    from django.utils import timezone

    from accords import services
    from accords.extraction.statuses import STATUSES
    from accords.models import Article, Citation, Country, StatusEvent

    rng = random.Random(seed)
    if Country.objects.count() < countries:  # ISO 3166 has 249; add Kosovo as the 250th
        Country.objects.get_or_create(iso2="XK", defaults={"iso3": "XKX", "name": "Kosovo"})
    chosen = list(Country.objects.order_by("iso2")[:countries])
    now = timezone.now()
    started = time.perf_counter()
    with transaction.atomic():
        Article.objects.bulk_create(
            [
                Article(
                    url=f"https://news{n % 97}.example.org/story/{n}",
                    title=f"Story {n} on the Abraham Accords",
                    outlet=f"Outlet {n % 97}",
                    language=rng.choice(["en", "id", "ar", "fr", "de", "es"]),
                    published=dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9500)),
                    text=f"Story {n}. " + "Lorem ipsum dolor sit amet. " * 20,
                    content_hash=f"{n:064x}",
                    state="extracted",
                )
                for n in range(articles)
            ],
            batch_size=2000,
        )
        article_ids = list(Article.objects.values_list("id", flat=True))
        events = []
        for country in chosen:
            days = sorted(rng.sample(range(9500), events_per_country))
            for day in days:
                events.append(
                    StatusEvent(
                        country=country,
                        status=rng.choice(STATUSES),
                        date=dt.date(2000, 1, 1) + dt.timedelta(days=day),
                        date_precision=rng.choice(["day", "day", "day", "month", "year"]),
                        source="review",
                        confirmed_at=now - dt.timedelta(minutes=rng.randrange(10**6)),
                        note="Generated for the benchmark.",
                    )
                )
        StatusEvent.objects.bulk_create(events, batch_size=2000)
        citations = []
        for event in StatusEvent.objects.only("id"):
            for article_id in rng.sample(article_ids, rng.randint(1, 3)):
                citations.append(
                    Citation(
                        event=event,
                        article_id=article_id,
                        outlet=f"Outlet {article_id % 97}",
                        language="en",
                        evidence="A generated sentence of evidence.",
                    )
                )
        Citation.objects.bulk_create(citations, batch_size=2000)
        for country in chosen:
            services.country_refresh_status(country=country)
    print(
        f"generated {len(chosen)} countries, {len(events)} events, {len(citations)} citations, "
        f"{articles} articles in {time.perf_counter() - started:.1f} s"
    )


def empty_caches():
    """Every cache a page may come from: the shared ones and this process's page memory."""
    from django.conf import settings
    from django.core.cache import caches

    from accords import pagecache

    for alias in settings.CACHES:
        caches[alias].clear()
    pagecache.forget_local_pages()


def time_page(client, url, runs, *, cold):
    timings = []
    for _ in range(runs + 2):  # two warm-ups, dropped
        if cold:
            empty_caches()
        started = time.perf_counter()
        response = client.get(url)
        elapsed = (time.perf_counter() - started) * 1000
        assert response.status_code == 200, (url, response.status_code)
        timings.append(elapsed)
    timings = timings[2:]
    return statistics.median(timings), len(response.content)


def page_weight(client):
    """Bytes a first visit to /map/ downloads, each file as WhiteNoise sends it."""
    html = client.get("/map/").content
    parts = [("/map/ (HTML, gzip)", len(gzip.compress(html, 6)), "gzip")]
    text = html.decode()
    urls = re.findall(r'<script src="([^"]+)"', text) + re.findall(
        r'<link rel="stylesheet" href="([^"]+)"', text
    )
    folder = re.search(r'data-topojson-url="([^"]+)"', text).group(1)
    urls.append(folder + "world_50m.json")  # what plotly asks for at geo.resolution 50
    for url in urls:
        response = client.get(url, HTTP_ACCEPT_ENCODING="br, gzip")
        assert response.status_code == 200, (url, response.status_code)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        parts.append((url, len(body), response.get("Content-Encoding", "identity")))
    return parts


# --against: a server process per checkout, each answering "URL MODE" lines with the time of
# one request; the same code runs in both (only the checkout's own bench_pages.py helpers).
WORKER = r"""
import sys, time, importlib.util
spec = importlib.util.spec_from_file_location("bench", "scripts/bench_pages.py")
bench = importlib.util.module_from_spec(spec); spec.loader.exec_module(bench)
bench.configure(sys.argv[1])
from django.core.management import call_command
call_command("collectstatic", interactive=False, verbosity=0)
from django.test import Client
client = Client()
print("ready", flush=True)
for line in sys.stdin:
    url, mode = line.split()
    if mode == "cold":
        bench.empty_caches()
    started, cpu = time.perf_counter(), time.thread_time()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    cpu = (time.thread_time() - cpu) * 1000
    assert response.status_code == 200, (url, response.status_code)
    print(f"{elapsed:.2f} {len(response.content)} {cpu:.2f}", flush=True)
"""


def compare(database_url, other, pages, runs, other_database_url=None):
    """Each page's medians here and in another checkout (e.g. a worktree of the commit
    before), requests interleaved one by one so a busy machine weighs on both alike.
    ``other_database_url``: the other checkout's own copy of the data, when this one's
    migrations (an index, say) would change the other's timings too."""
    import subprocess

    workers = {}
    for name, root, url in (
        ("before", Path(other).resolve(), other_database_url or database_url),
        ("after", ROOT, database_url),
    ):
        python = root / ".venv" / "bin" / "python"
        worker = subprocess.Popen(
            [str(python), "-c", WORKER, url],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert worker.stdout.readline().strip() == "ready", name
        workers[name] = worker

    def ask(name, url, mode):
        workers[name].stdin.write(f"{url} {mode}\n")
        workers[name].stdin.flush()
        elapsed, size, cpu = workers[name].stdout.readline().split()
        return float(elapsed), int(size), float(cpu)

    # CPU: the process's own time on a core for a cold request (thread_time), which a busy
    # machine inflates much less than the wall-clock time.
    print(f"\nbefore: {other}; after: {ROOT}")
    print(
        "| page | warm before | warm after | cold before | cold after | cold CPU before | "
        "cold CPU after | HTML before → after |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for url in pages:
        times = {(name, mode): [] for name in workers for mode in ("warm", "cold")}
        cpus = {name: [] for name in workers}
        sizes = {}
        for mode in ("cold", "warm"):
            for name in workers:  # two warm-ups each, dropped
                ask(name, url, mode)
                ask(name, url, mode)
            for run in range(runs):
                for name in ("before", "after") if run % 2 == 0 else ("after", "before"):
                    elapsed, sizes[name], cpu = ask(name, url, mode)
                    times[(name, mode)].append(elapsed)
                    if mode == "cold":
                        cpus[name].append(cpu)
        median = {key: statistics.median(values) for key, values in times.items()}
        print(
            f"| `{url}` | {median['before', 'warm']:.1f} | {median['after', 'warm']:.1f} | "
            f"{median['before', 'cold']:.1f} | {median['after', 'cold']:.1f} | "
            f"{statistics.median(cpus['before']):.1f} | {statistics.median(cpus['after']):.1f} | "
            f"{sizes['before'] / 1024:.0f} → {sizes['after'] / 1024:.0f} KB |",
            flush=True,
        )
    for worker in workers.values():
        worker.stdin.close()
        worker.wait()


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--database-url", default=f"sqlite:///{ROOT / 'var' / 'bench' / 'pages.sqlite3'}"
    )
    parser.add_argument("--countries", type=int, default=250)
    parser.add_argument("--events", type=int, default=40, help="events per country")
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--regenerate", action="store_true")
    parser.add_argument(
        "--against",
        metavar="CHECKOUT",
        help="also time another checkout of the project (with its own .venv "
        "link), requests interleaved with this one's: before and after "
        "measured in the same minute",
    )
    parser.add_argument(
        "--page",
        action="append",
        metavar="URL",
        help="time only this page (repeat for more); by default every page",
    )
    parser.add_argument(
        "--against-database-url",
        metavar="URL",
        help="with --against: the other checkout's copy of the data (e.g. "
        "without this checkout's new indexes); by default the same",
    )
    args = parser.parse_args()
    if args.database_url.startswith("sqlite:///"):
        Path(args.database_url[len("sqlite:///") :]).parent.mkdir(parents=True, exist_ok=True)
    configure(args.database_url)

    from django.core.management import call_command
    from django.test import Client

    from accords.models import Article, Country, StatusEvent

    call_command("migrate", verbosity=0)
    if args.regenerate:
        from accords.models import Citation

        Citation.objects.all().delete()
        Country.objects.update(current_event=None, current_status="")
        StatusEvent.objects.all().delete()
        Article.objects.all().delete()
    if not StatusEvent.objects.exists():
        generate(countries=args.countries, events_per_country=args.events, articles=args.articles)
    call_command("collectstatic", interactive=False, verbosity=0)

    busiest = (Country.objects.exclude(current_status="").order_by("iso2").first()).iso2
    print(
        f"database: {args.database_url.split('@')[-1]}; {Country.objects.count()} countries, "
        f"{StatusEvent.objects.count()} events, {Article.objects.count()} articles"
    )
    client = Client()
    pages = [
        "/",
        "/timeline/",
        "/timeline/figure.json",
        "/timeline/?status=signed&region=142",
        "/map/",
        "/map/?date=2012-06-30",
        "/map/?date=2012-06-30&tab=timeline",
        "/map/?tab=table&view=mena",
        f"/countries/{busiest}/",
        "/method/",
        "/exports/countries.json",
        "/exports/events.json",
    ]
    pages = args.page or pages
    if args.against:
        compare(
            args.database_url,
            args.against,
            pages,
            max(5, args.runs // 5),
            args.against_database_url,
        )
        return

    print("\n| page | warm median (ms) | cold median (ms) | HTML size |")
    print("| --- | ---: | ---: | ---: |")
    for url in pages:
        warm, size = time_page(client, url, args.runs, cold=False)
        cold, _ = time_page(client, url, max(5, args.runs // 5), cold=True)
        print(f"| `{url}` | {warm:.1f} | {cold:.1f} | {size / 1024:.0f} KB |")

    parts = page_weight(client)
    print("\n| map page, first load | bytes | encoding |")
    print("| --- | ---: | --- |")
    for url, size, encoding in parts:
        print(f"| `{url}` | {size:,} | {encoding} |")
    total = sum(size for _, size, _ in parts)
    print(f"| **total** | **{total:,}** ({total / 1_000_000:.2f} MB) | |")


if __name__ == "__main__":
    main()
