"""The public page cache under attack: new addresses, history restores, a confirmation under
load, and a bounded cache that a flood of pages cannot grow past its limit."""

import os
import re
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache, caches
from django.test import Client, override_settings
from django.urls import reverse

from accords import pagecache, review, services

pytestmark = [pytest.mark.django_db]
# Rebuilt whenever out of date, however recently built (one test runs several changes a second).
CACHED = override_settings(
    PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_BUILDS_PER_MINUTE=0, PUBLIC_PAGE_REBUILD_SPACING=0
)


@pytest.fixture(autouse=True)
def _clean_caches():
    cache.clear()
    yield
    cache.clear()


def shown(content):
    """A page without what changes on every response (the CSP nonce, the CSRF token)."""
    return re.sub(rb'"[A-Za-z0-9_-]{20,}"', b"", content)


def entries():
    return [key for key in caches["pages"]._cache if "public-pages:" in key]


@CACHED
def test_unknown_parameters_and_their_order_do_not_make_new_entries(client):
    services.reference_load()
    for query in ("", "?x=1", "?utm_source=a&y=2", "?nonsense=" + "z" * 500):
        assert client.get("/" + query).status_code == 200
    assert len(entries()) == 1
    for query in ("?status=signed&status=announced", "?status=announced&status=signed&q=1"):
        assert client.get(reverse("timeline") + query).status_code == 200
    assert len(entries()) == 2


@CACHED
def test_a_history_restore_cannot_poison_the_fragment_entry_and_hits_keep_push_url(client):
    services.reference_load()
    url = reverse("timeline") + "?status=signed"
    restore = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert b"<html" in restore.content  # a restore wants the whole page
    for _ in range(2):  # built, then from the cache
        fragment = client.get(url, HTTP_HX_REQUEST="true")
        assert b"<html" not in fragment.content
        assert fragment["HX-Push-Url"] == url
    again = client.get(url, HTTP_HX_REQUEST="true", HTTP_HX_HISTORY_RESTORE_REQUEST="true")
    assert b"<html" in again.content
    assert b"<html" in client.get(url).content


@CACHED
def test_a_stale_page_is_served_while_one_request_rebuilds_it(
    client, editor, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    services.reference_load()
    first = client.get("/").content
    with django_capture_on_commit_callbacks(execute=True):
        review.event_revert(
            event=services.StatusEvent.objects.filter(country__iso2="AE").order_by("-date").first(),
            user=editor,
        )
    # The first reader after the change is served the previous page, and the page is built
    # again once that response has been sent (close()): the next reader has the new one.
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/")
    assert shown(response.content) == shown(first)
    assert len(queries) > 0  # the rebuild, after the answer
    rebuilt = client.get("/")
    assert shown(rebuilt.content) != shown(first)
    key = pagecache.page_key(rebuilt.wsgi_request)
    pagecache._next_generation()  # another change
    # Someone else is rebuilding this page right now: the reader gets the old one at once,
    # without touching the database.
    caches["pages"].add(key + ":rebuilding", 1, 30)
    with CaptureQueriesContext(connection) as queries:
        stale = client.get("/")
    assert stale.status_code == 200 and len(queries) == 0
    # The rebuild done, the next reader starts a new one (the lock is free again).
    caches["pages"].delete(key + ":rebuilding")
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert len(queries) > 0
    assert caches["pages"].get(key + ":rebuilding") is None


@override_settings(PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_BUILDS_PER_MINUTE=5)
def test_one_client_cannot_make_page_after_new_page_but_others_are_still_served():
    services.reference_load()
    reader = Client(REMOTE_ADDR="198.51.100.20")
    assert reader.get("/map/").status_code == 200  # an ordinary page, now cached
    attacker = Client(REMOTE_ADDR="203.0.113.66")
    answers = [
        attacker.get(reverse("map"), {"date": f"2021-01-{day:02d}"}).status_code
        for day in range(1, 9)
    ]
    assert answers[:5] == [200] * 5 and set(answers[5:]) == {429}
    assert reader.get("/map/").status_code == 200
    assert (
        Client(REMOTE_ADDR="198.51.100.21").get(reverse("map"), {"date": "2021-02-01"}).status_code
        == 200
    )
    assert attacker.get("/map/").status_code == 200  # cached pages are still served to it


@pytest.mark.parametrize(
    ("page_cache", "broker", "refused"),
    [
        ("redis://127.0.0.1:6379/3", "redis://127.0.0.1:6379/3", True),
        ("redis://127.0.0.1:6379/3", "redis://127.0.0.1:6379/0", True),  # one server, one memory
        ("redis://localhost/3", "redis://localhost:6379/0", True),
        ("redis://127.0.0.1:6380/0", "redis://127.0.0.1:6379/0", False),
        ("redis://127.0.0.1:6380/0", "amqp://guest:guest@127.0.0.1:5672//", False),
    ],
)
def test_the_page_cache_may_not_share_the_brokers_redis(page_cache, broker, refused):
    env = {**os.environ, "PAGE_CACHE_URL": page_cache, "CELERY_BROKER_URL": broker}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import django, os; os.environ.setdefault("
            "'DJANGO_SETTINGS_MODULE', 'accords.settings'); django.setup()",
        ],
        env=env,
        capture_output=True,
        text=True,
        cwd=settings.BASE_DIR,
    )
    assert (result.returncode != 0) == refused, result.stderr
    assert ("a Redis server of its own" in result.stderr) == refused


def test_the_documented_cache_redis_stays_within_its_memory_bound(tmp_path):
    """Start a private Redis with deploy/redis-cache.conf (a small maxmemory for the test) and
    flood it with pages, as a unique-address attack would: every write succeeds, memory stays
    under the bound, old pages are evicted."""
    server = "/usr/bin/redis-server"
    if not Path(server).exists():
        pytest.skip("redis-server is not installed")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    conf = Path(settings.BASE_DIR) / "deploy" / "redis-cache.conf"
    assert "maxmemory-policy allkeys-lru" in conf.read_text()
    process = subprocess.Popen(
        [server, str(conf), "--port", str(port), "--maxmemory", "4mb", "--dir", str(tmp_path)],
        stdout=subprocess.DEVNULL,
    )
    try:
        from django.core.cache.backends.redis import RedisCache

        pages = RedisCache(f"redis://127.0.0.1:{port}/0", {})
        deadline = time.monotonic() + 10
        while True:
            try:
                pages.get("x")
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        page = b"<html>" + os.urandom(20_000).hex().encode() + b"</html>"  # 40 KB a page
        for number in range(600):  # 24 MB of pages into a 4 MB cache
            pages.set(f"public-pages:{number}", {"body": page}, 3600)
        client = pages._cache.get_client()
        info = client.info("memory")
        assert info["used_memory"] <= 4 * 1024 * 1024 + 512 * 1024
        assert client.dbsize() < 200
        assert pages.get("public-pages:599") is not None  # the newest pages stay
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_each_process_keeps_only_a_bounded_amount_of_pages_in_memory(settings):
    settings.PAGE_CACHE_LOCAL_BYTES = 100_000
    local = pagecache._LocalPages()
    for number in range(50):
        local.set(f"page-{number}", {"parts": [b"x" * 20_000], "size": 20_000, "stored": number})
    assert local.size <= 100_000 and len(local.entries) == 5
    assert local.get("page-49") is not None and local.get("page-0") is None
    local.set(
        "huge", {"parts": [b"x" * 60_000], "size": 60_000, "stored": 0}
    )  # over a quarter: not kept
    assert local.get("huge") is None and local.size <= 100_000
