"""A short-lived cache of public pages for anonymous readers.

Public pages change only when an editor confirms or reverts something, yet each costs a few
database queries and a template render; under load the cache is what lets two cores serve
hundreds of readers a second (docs/performance.md, "Load").

Two things in a page are personal and are swapped on every hit: the CSRF token (Django masks it
differently for every response, and it must match the reader's own cookie) and the Content
Security Policy nonce.  Editors, anything under the excluded prefixes (the admin), requests with
pending messages and every response that sets a cookie other than the CSRF one bypass the
cache.  Every editor action writes a ReviewLog row and every change to the history saves a
StatusEvent or Citation: those bump a generation number, which makes every cached page out of
date at once for this process, and for all processes when the cache is shared (CACHE_URL; each
process asks for the number at most every PUBLIC_PAGE_CHECK_SECONDS); otherwise a page is fresh
for PUBLIC_PAGE_CACHE_SECONDS.  With PUBLIC_PAGE_CACHE_SECONDS = 0 (the default when DEBUG is
on) nothing is cached.

A page out of date is never waited for: the reader is served the previous version at once, and
the same process builds the page again after that response has been sent (so a confirmation
costs no reader any time).  One build per page at a time, and at most PUBLIC_PAGE_REBUILDS at
once for the whole site, so a confirmation never sends every worker to the database; every
other reader meanwhile gets the previous version.  Only a page never built (or evicted) is built
while its reader waits.

The cache cannot be turned against the site:

- Keys come from the site's address, the path and the known query parameters only
  (PUBLIC_PAGE_CACHE_PARAMS, sorted); ``?x=1`` or a reordered query is the same page.  An htmx
  request has its own entry (the swapped region), but a history restore
  (HX-History-Restore-Request) asks for the whole page and is keyed as one.  Response headers
  htmx reads (HX-Push-Url ...) are kept.
- Pages live in their own cache (the ``pages`` alias, PAGE_CACHE_URL): with Redis, a separate
  instance with ``maxmemory`` and ``allkeys-lru`` (deploy/redis-cache.conf), so a flood of new
  addresses evicts old pages and never starves the broker or the login counters.
- Each process also keeps its most recently served pages in memory, at most
  PAGE_CACHE_LOCAL_BYTES of them: a hit there costs no trip to Redis.
- One client may make at most PUBLIC_PAGE_BUILDS_PER_MINUTE pages that were not cached; past
  that it gets 429 until the minute is over, while everybody else is still served.

JSON and CSV (the timeline's figure, the exports) hold nothing personal: they are kept
gzip-compressed and sent so to every client that accepts it (the figure of a large history is
megabytes of JSON, a tenth of that compressed).  HTML is left for the proxy to compress.
"""

import gzip
import hashlib
import logging
import re
import time
import urllib.parse
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache, caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token
from django.utils.cache import patch_vary_headers

logger = logging.getLogger(__name__)

GENERATION_KEY = "public-pages:generation"
TOKEN = re.compile(rb"\b[a-zA-Z0-9]{64}\b")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Content-Disposition", "Vary")
CACHED_TYPES = ("text/html", "application/json", "text/csv")
COMPRESSED_TYPES = ("application/json", "text/csv")
COMPRESS_FROM_BYTES = 1024
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# A build taking longer than this is taken to have died with its process; the next reader may
# start another one.  Longer than any build, shorter than the time a page may be served stale.
REBUILD_LOCK_SECONDS = 60


def page_cache():
    """The cache for pages and the pages' built regions (settings.CACHES["pages"])."""
    return caches["pages"]


class _Generation:
    """The generation number as this process last read it, and when (time.monotonic())."""

    value = None
    read_at = 0.0


def _generation():
    # In the default cache, with the login counters: the page cache may evict anything.  Read
    # at most every PUBLIC_PAGE_CHECK_SECONDS: a trip to Redis is half the cost of a hit.
    now = time.monotonic()
    if _Generation.value is None or now - _Generation.read_at >= settings.PUBLIC_PAGE_CHECK_SECONDS:
        _Generation.value = cache.get_or_set(GENERATION_KEY, 1, timeout=None)
        _Generation.read_at = now
    return _Generation.value


def public_pages_changed(**kwargs):
    """Every cached page is out of date once the current transaction commits (a page rendered
    before the commit must not be kept under the new generation).  A signal receiver, and
    called directly after bulk writes, which send no signals."""
    transaction.on_commit(_next_generation)


def _next_generation():
    try:
        value = cache.incr(GENERATION_KEY)
    except ValueError:
        value = 2
        cache.set(GENERATION_KEY, value, timeout=None)
    # This process sees its own change at once, whatever PUBLIC_PAGE_CHECK_SECONDS says.
    _Generation.value, _Generation.read_at = value, time.monotonic()


def data_version():
    """selectors.data_version(), asked of the database once per generation of the page cache.

    The pages key their built figures and tables with it; it counts every event and citation,
    tens of milliseconds with 50,000 events, which every page built after a change would pay.
    Every change it sees also moves the generation on (the signals below), so within one
    generation it cannot change; it is kept at most PUBLIC_PAGE_CACHE_SECONDS all the same,
    the time a cached page may be late for a change made without signals (a bulk write).
    """
    from accords import selectors

    if settings.PUBLIC_PAGE_CACHE_SECONDS <= 0:
        return selectors.data_version()
    # The generation as it is now (not this process's last reading of it: an editor must see
    # his change at once on every page), and only then the data.
    generation = cache.get_or_set(GENERATION_KEY, 1, timeout=None)
    key = f"public-pages:data-version:{generation}"
    version = cache.get(key)
    if version is None:
        version = selectors.data_version()
        cache.set(key, version, settings.PUBLIC_PAGE_CACHE_SECONDS)
    return version


def connect_signals():
    from accords.models import Citation, Country, ReviewLog, StatusEvent

    for model in (ReviewLog, StatusEvent, Citation, Country):
        post_save.connect(public_pages_changed, sender=model, dispatch_uid=f"pagecache-{model}")
        post_delete.connect(public_pages_changed, sender=model, dispatch_uid=f"pagecache-d{model}")


class _LocalPages:
    """This process's most recently used page entries, bounded by the size of their bodies."""

    def __init__(self):
        self.entries = OrderedDict()
        self.size = 0

    def get(self, key):
        entry = self.entries.get(key)
        if entry is not None:
            self.entries.move_to_end(key)
        return entry

    def set(self, key, entry):
        limit = settings.PAGE_CACHE_LOCAL_BYTES
        self.discard(key)
        if len(entry["body"]) > limit // 4:
            return
        self.entries[key] = entry
        self.size += len(entry["body"])
        while self.size > limit:
            _, oldest = self.entries.popitem(last=False)
            self.size -= len(oldest["body"])

    def discard(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.size -= len(entry["body"])


_local = _LocalPages()


def forget_local_pages():
    """Empty this process's page memory and its last reading of the generation (benchmarks of
    cold pages; tests)."""
    _local.entries.clear()
    _local.size = 0
    _Generation.value = None


def _fresh(entry, generation):
    return (
        entry.get("generation") == generation
        and time.time() - entry.get("stored", 0) < settings.PUBLIC_PAGE_CACHE_SECONDS
    )


def _servable(entry):
    """Fresh or not, may this entry still be served while a new one is built?"""
    return time.time() - entry.get("stored", 0) < (
        settings.PUBLIC_PAGE_CACHE_SECONDS + settings.PUBLIC_PAGE_STALE_SECONDS
    )


def page_key(request):
    """The cache key of a request: language, page or fragment, site, path, known parameters."""
    known = settings.PUBLIC_PAGE_CACHE_PARAMS
    params = sorted(
        (name, value) for name, values in request.GET.lists() if name in known for value in values
    )
    fragment = request.headers.get("HX-Request") == "true" and not request.headers.get(
        "HX-History-Restore-Request"
    )
    # The site's own address (scheme and a host in ALLOWED_HOSTS): the exports write it into
    # every link.
    query = urllib.parse.urlencode(params)
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return "public-pages:{}:{}:{}".format(
        getattr(request, "LANGUAGE_CODE", ""),
        "htmx" if fragment else "page",
        hashlib.sha256(address.encode()).hexdigest(),
    )


class _ServedThenRebuilt(HttpResponse):
    """A page served from the cache, out of date: once it has been sent (the server calls
    close() after the last byte), the page is built again for the next readers."""

    rebuild = None

    def close(self):
        try:
            if self.rebuild is not None:
                self.rebuild()
        finally:
            super().close()


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        key = page_key(request)
        generation = _generation()
        hit = _local.get(key)
        if hit is not None and _fresh(hit, generation):
            return self._serve(request, hit)
        if hit is None or not _servable(hit):
            hit = page_cache().get(key)
            if hit is not None:
                _local.set(key, hit)
                if _fresh(hit, generation):
                    return self._serve(request, hit)
        if hit is None or not _servable(hit):
            # Never built, or too old to show: this reader waits for it.
            if not self._may_build(request):
                return HttpResponse(
                    "Too many new pages asked for from one address; try again in a minute.\n",
                    status=429,
                    headers={"Retry-After": "60"},
                    content_type="text/plain; charset=utf-8",
                )
            response, entry = self._build(request, key, generation, "not cached")
            return self._serve(request, entry) if entry and entry["encoding"] else response
        # Out of date.  Served at once; one request rebuilds it, after its response is sent.
        spacing = settings.PUBLIC_PAGE_REBUILD_SPACING * hit.get("build_seconds", 0)
        if time.time() - hit["stored"] < spacing:
            return self._serve(request, hit)
        locks = self._lock_rebuild(key)
        if locks is None:
            return self._serve(request, hit)  # being rebuilt, or enough rebuilds running
        shared = page_cache().get(key)
        if shared is not None and _fresh(shared, generation):
            self._unlock(locks)  # another process has rebuilt it already
            _local.set(key, shared)
            return self._serve(request, shared)

        def rebuild():
            try:
                self._build(request, key, generation, "out of date")
            except Exception:  # the reader has had the page; the next reader will try again
                logger.exception("Rebuilding %s failed", request.path)
            finally:
                self._unlock(locks)

        response = self._serve(request, hit, response_class=_ServedThenRebuilt)
        response.rebuild = rebuild
        return response

    def _build(self, request, key, generation, why):
        """Run the view; keep what it made when it may be kept: (response, entry or None)."""
        started = time.monotonic()
        response = self.get_response(request)
        entry = None
        if self._cacheable_response(response):
            entry = self._entry(request, response, generation)
            entry["build_seconds"] = time.monotonic() - started
            logger.info(
                "Public page built (%s) in %.2f s: %s",
                why,
                entry["build_seconds"],
                request.get_full_path(),
            )
            page_cache().set(
                key, entry, settings.PUBLIC_PAGE_CACHE_SECONDS + settings.PUBLIC_PAGE_STALE_SECONDS
            )
            _local.set(key, entry)
        return response, entry

    def _lock_rebuild(self, key):
        """The page's own lock and one of the site's PUBLIC_PAGE_REBUILDS places, or None."""
        pages = page_cache()
        own = key + ":rebuilding"
        if not pages.add(own, 1, REBUILD_LOCK_SECONDS):
            return None
        for place in range(max(settings.PUBLIC_PAGE_REBUILDS, 1)):
            shared = f"public-pages:rebuilding:{place}"
            if pages.add(shared, 1, REBUILD_LOCK_SECONDS):
                return (own, shared)
        pages.delete(own)
        return None

    def _unlock(self, locks):
        page_cache().delete_many(list(locks))

    def _may_build(self, request):
        """Count a page built for this client; False once it is over its budget."""
        from accords.security import client_address

        limit = settings.PUBLIC_PAGE_BUILDS_PER_MINUTE
        if not limit:
            return True
        counter = f"public-pages:builds:{client_address(request)}:{int(time.time() // 60)}"
        cache.add(counter, 0, timeout=120)
        try:
            return cache.incr(counter) <= limit
        except ValueError:
            return True

    def _cacheable_request(self, request):
        return (
            settings.PUBLIC_PAGE_CACHE_SECONDS > 0
            and request.method in ("GET", "HEAD")
            and not request.path.startswith(tuple(settings.PUBLIC_PAGE_CACHE_EXCLUDE))
            and not request.user.is_authenticated
            and "messages" not in request.COOKIES
        )

    def _cacheable_response(self, response):
        return (
            response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith(CACHED_TYPES)
            and not response.has_header("Content-Encoding")
            and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    def _entry(self, request, response, generation):
        body = response.content
        encoding = ""
        tokens = set()
        if response["Content-Type"].startswith(COMPRESSED_TYPES):
            # Nothing personal in data: kept compressed, sent as it is to most clients.
            if len(body) >= COMPRESS_FROM_BYTES:
                body, encoding = gzip.compress(body, compresslevel=6, mtime=0), "gzip"
            nonce = b""
        else:
            secret = request.META.get("CSRF_COOKIE")
            if secret:
                tokens = {
                    t for t in TOKEN.findall(body) if _unmask_cipher_token(t.decode()) == secret
                }
            nonce = getattr(request, "csp_nonce", "").encode()
        return {
            "body": body,
            "encoding": encoding,
            "tokens": sorted(tokens),
            "nonce": nonce,
            "headers": {
                name: value
                for name, value in response.items()
                if name in KEPT_HEADERS or name.lower().startswith("hx-")
            },
            "generation": generation,
            "stored": time.time(),
        }

    def _serve(self, request, entry, response_class=HttpResponse):
        body = entry["body"]
        if entry["tokens"]:
            token = get_token(request).encode()  # also makes the CSRF middleware set the cookie
            for old in entry["tokens"]:
                body = body.replace(old, token)
        nonce = getattr(request, "csp_nonce", "").encode()
        if entry["nonce"] and nonce:
            body = body.replace(entry["nonce"], nonce)
        compressed = entry.get("encoding") == "gzip"
        if compressed and not ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            body, compressed = gzip.decompress(body), False
        response = response_class(body)
        for name, value in entry["headers"].items():
            response[name] = value
        if entry.get("encoding"):
            patch_vary_headers(response, ("Accept-Encoding",))
        if compressed:
            response["Content-Encoding"] = "gzip"
        return response
