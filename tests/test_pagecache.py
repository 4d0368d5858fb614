"""The public page cache at work: what a warm page costs, how an out-of-date page is rebuilt
(once, after its reader was served, a bounded number at a time), what goes into a key, and the
compressed JSON."""

import gzip
import re
import threading
import time

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache, caches
from django.db import connection
from django.http import HttpResponse
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accords import pagecache, review, services

pytestmark = [pytest.mark.django_db]  # a response's close() ends the request's connections
# Rebuilt whenever out of date, however recently built (one test runs several changes a second).
CACHED = override_settings(
    PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_BUILDS_PER_MINUTE=0, PUBLIC_PAGE_REBUILD_SPACING=0
)


@pytest.fixture(autouse=True)
def _clean_caches():
    """The shared cache too (conftest empties the pages' cache and this process's pages)."""
    cache.clear()
    yield
    cache.clear()


def shown(content):
    """A page without what changes on every response (the CSP nonce, the CSRF token)."""
    return re.sub(rb'"[A-Za-z0-9_-]{20,}"', b"", content)


# --- the whole site -------------------------------------------------------------------------

PUBLIC = [
    "/",
    "/timeline/",
    "/timeline/?status=signed",
    "/map/",
    "/map/?date=2021-06-30",
    "/countries/AE/",
    "/method/",
    "/timeline/figure.json",
    "/exports/countries.json",
    "/exports/events.csv",
]


@CACHED
def test_a_warm_public_page_costs_no_database_query(client):
    services.reference_load()
    for url in PUBLIC:
        assert client.get(url).status_code == 200, url
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert len(queries) == 0, (url, [q["sql"] for q in queries])


@CACHED
def test_every_parameter_a_page_reads_is_part_of_its_key(client):
    """The timeline's page, the map's tab and view, the export's layout: each its own entry, so a
    cached first page is never served for another one."""
    services.reference_load()
    for first, other in [
        ("/map/", "/map/?tab=table"),
        ("/map/", "/map/?view=mena"),
        ("/timeline/figure.json", "/timeline/figure.json?view=mena"),
        ("/exports/countries.json", "/exports/countries.json?pretty=1"),
    ]:
        cached = client.get(first).content
        assert shown(client.get(first).content) == shown(cached)  # from the cache
        built_alone = client.get(other).content
        caches["pages"].clear()
        pagecache.forget_local_pages()
        assert shown(client.get(other).content) == shown(built_alone)
        assert shown(built_alone) != shown(cached), other
    pages = [client.get("/timeline/", {"page": n}) for n in (1, 2)]
    assert len({pagecache.page_key(page.wsgi_request) for page in pages}) == 2


@CACHED
def test_json_is_kept_compressed_and_sent_so_to_clients_that_accept_gzip(client):
    services.reference_load()
    url = reverse("export", args=["events", "json"])
    plain = client.get(url)  # built: the view's own answer
    assert plain.get("Content-Encoding") is None
    for _ in range(2):
        compressed = client.get(url, HTTP_ACCEPT_ENCODING="gzip, deflate, br")
        assert compressed["Content-Encoding"] == "gzip"
        assert "Accept-Encoding" in compressed["Vary"]
        assert gzip.decompress(compressed.content) == plain.content
        assert len(compressed.content) < len(plain.content) / 3
        assert compressed["Content-Type"] == plain["Content-Type"]
    again = client.get(url)  # a client that does not accept gzip gets it as it was
    assert again.content == plain.content and again.get("Content-Encoding") is None
    assert client.get("/", HTTP_ACCEPT_ENCODING="gzip").get("Content-Encoding") is None  # HTML


# --- out-of-date pages ------------------------------------------------------------------------


class Site:
    """The middleware around a view that counts its builds and can be made slow."""

    def __init__(self, rf, delay=0.0):
        self.rf, self.delay, self.builds = rf, delay, []
        self.lock = threading.Lock()
        self.middleware = pagecache.PublicPageCacheMiddleware(self.view)

    def view(self, request):
        time.sleep(self.delay)
        with self.lock:
            self.builds.append(request.path)
            return HttpResponse(f"<p>{request.path} build {len(self.builds)}</p>")

    def get(self, path):
        request = self.rf.get(path)
        request.user = AnonymousUser()
        return self.middleware(request)

    def read(self, path):
        """A whole request, as a server makes it: the response is sent, then closed."""
        response = self.get(path)
        content = response.content
        response.close()
        return content


@CACHED
def test_an_out_of_date_page_is_served_at_once_and_rebuilt_after_its_response(rf):
    site = Site(rf)
    assert site.read("/a/") == b"<p>/a/ build 1</p>"
    assert site.read("/a/") == b"<p>/a/ build 1</p>" and len(site.builds) == 1
    pagecache._next_generation()  # an editor's change
    first = site.get("/a/")
    assert first.content == b"<p>/a/ build 1</p>"  # the previous page, without waiting
    assert len(site.builds) == 1  # nothing built yet: the response is still being sent
    first.close()  # sent: now the page is built again
    assert len(site.builds) == 2
    assert site.read("/a/") == b"<p>/a/ build 2</p>"
    assert len(site.builds) == 2


@override_settings(
    PUBLIC_PAGE_CACHE_SECONDS=60,
    PUBLIC_PAGE_BUILDS_PER_MINUTE=0,
    PUBLIC_PAGE_REBUILD_SPACING=0,
    PUBLIC_PAGE_REBUILDS=1,
)
def test_one_rebuild_per_page_and_at_most_the_configured_number_for_the_site(rf):
    site = Site(rf)
    site.read("/a/")
    site.read("/b/")
    pagecache._next_generation()
    rebuilding_a = site.get("/a/")
    assert rebuilding_a.rebuild is not None
    # /a/ is being rebuilt: its other readers, and the readers of /b/ (the site's one place
    # for a rebuild is taken), are served the previous versions and rebuild nothing.
    for path in ("/a/", "/b/", "/a/"):
        response = site.get(path)
        assert getattr(response, "rebuild", None) is None
        assert b"build 1" in response.content or b"build 2" in response.content
        response.close()
    assert len(site.builds) == 2
    rebuilding_a.close()
    assert site.builds == ["/a/", "/b/", "/a/"]
    assert site.read("/b/") == b"<p>/b/ build 2</p>"  # the place is free: /b/ is rebuilt now
    assert site.builds == ["/a/", "/b/", "/a/", "/b/"]
    assert site.read("/b/") == b"<p>/b/ build 4</p>"
    with override_settings(PUBLIC_PAGE_REBUILDS=2):
        pagecache._next_generation()
        both = [site.get("/a/"), site.get("/b/")]
        assert all(response.rebuild is not None for response in both)
        for response in both:
            response.close()
    assert len(site.builds) == 6


@CACHED
def test_many_readers_of_an_out_of_date_page_make_one_build_and_none_of_them_waits(rf):
    site = Site(rf, delay=0.3)
    site.read("/a/")
    pagecache._next_generation()
    waits, errors = [], []

    def reader():
        try:
            started = time.monotonic()
            response = site.get("/a/")
            waits.append(time.monotonic() - started)
            assert response.content == b"<p>/a/ build 1</p>"
            response.close()
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(site.builds) == 2  # the first build, and one rebuild for eight readers
    assert max(waits) < 0.3  # nobody waited for the 0.3 s build
    assert site.read("/a/") == b"<p>/a/ build 2</p>"


@override_settings(
    PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_BUILDS_PER_MINUTE=0, PUBLIC_PAGE_REBUILD_SPACING=2
)
def test_a_page_slow_to_build_is_rebuilt_at_most_once_in_twice_its_build_time(rf):
    site = Site(rf, delay=0.25)
    site.read("/a/")
    pagecache._next_generation()  # editors confirming in quick succession
    assert site.read("/a/") == b"<p>/a/ build 1</p>"
    assert len(site.builds) == 1  # built 0.25 s ago: not again for another 0.25 s
    time.sleep(0.55)
    assert site.read("/a/") == b"<p>/a/ build 1</p>"  # served, then rebuilt
    assert site.read("/a/") == b"<p>/a/ build 2</p>"
    pagecache._next_generation()
    site.delay = 0.0
    assert site.read("/a/") == b"<p>/a/ build 2</p>"
    assert len(site.builds) == 2  # the rebuild took 0.25 s: the next may start 0.5 s after it


@override_settings(
    PUBLIC_PAGE_CACHE_SECONDS=60,
    PUBLIC_PAGE_BUILDS_PER_MINUTE=0,
    PUBLIC_PAGE_REBUILD_SPACING=0,
    PUBLIC_PAGE_CHECK_SECONDS=60,
)
def test_another_processs_change_is_seen_within_the_check_interval(rf):
    site = Site(rf)
    site.read("/a/")
    cache.incr(pagecache.GENERATION_KEY)  # another web process's editor changed something
    site.read("/a/")
    assert len(site.builds) == 1  # this process has not looked again yet
    with override_settings(PUBLIC_PAGE_CHECK_SECONDS=0):
        site.read("/a/")  # looks: out of date, served, rebuilt
    assert len(site.builds) == 2


@CACHED
def test_a_failed_rebuild_keeps_the_previous_page_and_frees_the_lock(rf):
    site = Site(rf)
    site.read("/a/")
    pagecache._next_generation()

    def broken(request):
        raise RuntimeError("the database went away")

    site.middleware.get_response = broken
    response = site.get("/a/")
    assert response.content == b"<p>/a/ build 1</p>"
    response.close()  # the rebuild fails after the reader was served; it is logged
    site.middleware.get_response = site.view
    assert site.read("/a/") == b"<p>/a/ build 1</p>"  # the next reader may rebuild it
    assert site.read("/a/") == b"<p>/a/ build 2</p>"


@CACHED
def test_the_data_version_is_asked_of_the_database_once_per_change(
    editor, django_capture_on_commit_callbacks
):
    services.reference_load()
    with CaptureQueriesContext(connection) as queries:
        version = pagecache.data_version()
        assert pagecache.data_version() == version
    assert len(queries) == 1
    with django_capture_on_commit_callbacks(execute=True):
        review.event_revert(
            event=services.StatusEvent.objects.filter(country__iso2="AE").order_by("-date").first(),
            user=editor,
        )
    with CaptureQueriesContext(connection) as queries:
        assert pagecache.data_version() != version
    assert len(queries) == 1


@override_settings(
    PUBLIC_PAGE_CACHE_SECONDS=60,
    PUBLIC_PAGE_BUILDS_PER_MINUTE=0,
    PUBLIC_PAGE_REBUILD_SPACING=0,
    PUBLIC_PAGE_REBUILD_IN_THREAD=True,
)
def test_a_rebuild_runs_in_a_thread_of_its_own_so_a_long_one_never_holds_the_worker(rf):
    """A sync gunicorn worker is killed when one request (its close() included) outlasts the
    timeout: the rebuild must leave the request's thread at once."""
    site = Site(rf)
    site.read("/a/")
    pagecache._next_generation()
    release, started, threads = threading.Event(), threading.Event(), []
    view = site.view

    def slow(request):
        threads.append(threading.current_thread().name)
        started.set()
        assert release.wait(10)
        return view(request)

    site.middleware.get_response = slow
    response = site.get("/a/")
    assert response.content == b"<p>/a/ build 1</p>"
    response.close()  # returns while the build is still waiting
    assert started.wait(10)
    assert threads == ["page-rebuild"]
    assert site.read("/a/") == b"<p>/a/ build 1</p>"  # meanwhile: the previous page
    assert len(site.builds) == 1
    release.set()
    for thread in threading.enumerate():
        if thread.name == "page-rebuild":
            thread.join(10)
    assert site.builds == ["/a/", "/a/"]
    assert site.read("/a/") == b"<p>/a/ build 2</p>"
    key = pagecache.page_key(rf.get("/a/"))
    assert caches["pages"].get(key + ":rebuilding") is None


def test_a_built_page_is_cut_at_every_occurrence_of_the_token_and_the_nonce():
    token, nonce = b"t" * 64, b"n0nce"
    body = b'<a x="' + token + b'"><script nonce="' + nonce + b'">' + token + b"</script>" + nonce
    parts = pagecache._cut(body, {token: 0, nonce: 1})
    assert parts == [b'<a x="', 0, b'"><script nonce="', 1, b'">', 0, b"</script>", 1, b""]
    assert b"".join(p if isinstance(p, bytes) else (token, nonce)[p] for p in parts) == body
    assert pagecache._cut(b"nothing personal", {token: 0}) == [b"nothing personal"]
    assert pagecache._cut(b"no holes", {}) == [b"no holes"]
