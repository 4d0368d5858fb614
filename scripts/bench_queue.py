#!/usr/bin/env python
"""How fast the editors' review queue answers with a large backlog, and in how many queries.

    python scripts/bench_queue.py [--proposals 50000] [--articles 20000] [--runs 15]

Builds a scratch database (SQLite in a temporary folder; or the empty database
DATABASE_URL names, which it fills), writes the backlog with bulk inserts, then
times the queue page as an editor gets it (the full admin page through the test
client) and the queue selector alone.  Prints the median and the slowest run,
and the number of SQL queries, measured at a tenth of the data and at all of it:
the two counts must be equal.
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--proposals", type=int, default=50_000)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args(argv)

    scratch = tempfile.mkdtemp(prefix="bench-queue-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{scratch}/bench.sqlite3")
    os.environ.setdefault("VAR_DIR", scratch)
    os.environ["DJANGO_SETTINGS_MODULE"] = "accords.settings"
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    settings.ALLOWED_HOSTS = ["*"]
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    call_command("migrate", verbosity=0)
    print(f"database: {settings.DATABASES['default']['ENGINE'].rsplit('.', 1)[-1]}")

    tenth = (args.articles // 10, args.proposals // 10)
    fill(*tenth, seed=1)
    small = measure(args.runs)
    fill(args.articles - tenth[0], args.proposals - tenth[1], seed=2)
    large = measure(args.runs)
    for label, (n, result) in (("1/10", small), ("all", large)):
        print(
            f"{label:>5}: {n:>6} pending proposals | page median {result['page_ms']:6.1f} ms "
            f"(CPU of this process {result['page_cpu_ms']:6.1f} ms), "
            f"slowest {result['page_max_ms']:6.1f} ms, {result['page_queries']} queries | "
            f"selector median {result['selector_ms']:6.1f} ms, {result['selector_queries']} "
            f"queries | {result['items']} items"
        )
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    same = small[1]["page_queries"] == large[1]["page_queries"]
    print("query count does not grow with the data" if same else "QUERY COUNT GREW")
    return 0 if same else 1


def fill(n_articles, n_proposals, *, seed):
    """A backlog shaped like a busy news week: a few dozen countries, all statuses, six years."""
    import datetime

    from django.utils import timezone

    from accords.extraction.statuses import STATUSES
    from accords.models import Article, Country, Feed, ProposedChange

    rng = random.Random(seed)
    countries = list(Country.objects.order_by("iso2").values_list("pk", flat=True)[:60])
    feeds = [
        Feed.objects.get_or_create(url=f"https://example.com/feed-{n}.xml")[0] for n in range(5)
    ]
    languages = ["en", "id", "ar", "he", "fa", "ru", "tr", "fr", "de", "es", "kk", "ms"]
    first = Article.objects.count()
    Article.objects.bulk_create(
        [
            Article(
                url=f"https://example.com/bench/{seed}/{n}",
                title=f"Article {n}",
                language=rng.choice(languages),
                state="extracted",
                text="x" * 200,
                feed=rng.choice(feeds) if n % 3 else None,
                published=datetime.date(2020, 1, 1) + datetime.timedelta(days=rng.randrange(2190)),
            )
            for n in range(n_articles)
        ],
        batch_size=2000,
    )
    published = dict(Article.objects.order_by("pk").values_list("pk", "published")[first:])
    article_ids = list(published)
    now = timezone.now()
    rows, seen = [], set()
    while len(rows) < n_proposals:
        article = rng.choice(article_ids)
        country, status = rng.choice(countries), rng.choice(STATUSES)
        dated = rng.random() < 0.4
        date = datetime.date(rng.randrange(2020, 2026), rng.randrange(1, 13), 1) if dated else None
        key = f"{country}:{status}:{date or ''}"
        if (article, key) in seen:
            continue
        seen.add((article, key))
        rows.append(
            ProposedChange(
                article_id=article,
                claim_key=key,
                country_id=country,
                status=status,
                date=date,
                date_precision="month" if date else "",
                confidence=round(rng.random(), 2),
                period=(date or published[article]).year,
                evidence="Example sentence.",
                evidence_start=0,
                evidence_end=17,
                created_at=now,
            )
        )
    ProposedChange.objects.bulk_create(rows, batch_size=2000)
    from django.db import connection

    with connection.cursor() as cursor:  # as autovacuum would leave it after a bulk insert
        cursor.execute("VACUUM ANALYZE" if connection.vendor == "postgresql" else "ANALYZE")


def measure(runs):
    from django.contrib.auth.models import Group
    from django.db import connection, reset_queries
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    from accords import review
    from accords.models import ProposedChange

    user_model = __import__("django.contrib.auth", fromlist=["get_user_model"]).get_user_model()
    editor, made = user_model.objects.get_or_create(
        username="bench-editor", defaults={"is_staff": True}
    )
    if made:
        editor.set_password("bench-password-123")
        editor.save()
        editor.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(editor)
    url = "/admin/accords/proposedchange/desk/"
    client.get(url)  # warm caches (templates, permissions)
    page_times, page_cpu, selector_times = [], [], []
    for _ in range(runs):
        start, cpu = time.perf_counter(), time.process_time()
        response = client.get(url)
        page_times.append((time.perf_counter() - start) * 1000)
        page_cpu.append((time.process_time() - cpu) * 1000)
        assert response.status_code == 200, response.status_code
        start = time.perf_counter()
        items, _ = review.queue()
        selector_times.append((time.perf_counter() - start) * 1000)
    reset_queries()
    with CaptureQueriesContext(connection) as page_queries:
        client.get(url)
    with CaptureQueriesContext(connection) as selector_queries:
        items, _ = review.queue()
    pending = ProposedChange.objects.filter(review_state="pending").count()
    return pending, {
        "page_ms": statistics.median(page_times),
        "page_max_ms": max(page_times),
        "page_cpu_ms": statistics.median(page_cpu),
        "selector_ms": statistics.median(selector_times),
        "page_queries": len(page_queries),
        "selector_queries": len(selector_queries),
        "items": len(items),
    }


if __name__ == "__main__":
    sys.exit(main())
