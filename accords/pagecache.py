"""A short-lived cache of public pages for anonymous readers.

Public pages change only when an editor confirms or reverts something, yet each costs a few
database queries and a template render; under load the cache is what lets two cores serve
hundreds of readers a second (docs/performance.md, "Load").

Two things in a page are personal and are swapped on every hit: the CSRF token (Django masks it
differently for every response, and it must match the reader's own cookie) and the Content
Security Policy nonce.  Editors, anything under the excluded prefixes (the admin), requests with
pending messages and every response that sets a cookie other than the CSRF one bypass the
cache.  Every editor action writes a ReviewLog row and every change to the history saves a
StatusEvent or Citation: those bump a generation number, which makes every cached page stale at
once for this process, and for all processes when the cache is shared (CACHE_URL); otherwise a
page is fresh for PUBLIC_PAGE_CACHE_SECONDS.  With PUBLIC_PAGE_CACHE_SECONDS = 0 (the default
when DEBUG is on) nothing is cached.

The cache cannot be turned against the site:

- Keys come from the path and the known query parameters only (PUBLIC_PAGE_CACHE_PARAMS,
  sorted); ``?x=1`` or a reordered query is the same page.  An htmx request has its own entry
  (the swapped region), but a history restore (HX-History-Restore-Request) asks for the whole
  page and is keyed as one.  Response headers htmx reads (HX-Push-Url ...) are kept.
- Pages live in their own cache (the ``pages`` alias, PAGE_CACHE_URL): with Redis, a separate
  instance with ``maxmemory`` and ``allkeys-lru`` (deploy/redis-cache.conf), so a flood of new
  addresses evicts old pages and never starves the broker or the login counters.
- A stale page is served to everyone while one request rebuilds it (a lock per key), so a
  confirmation does not send every reader to the database at once.
- Each process also keeps its most recently served pages in memory, at most
  PAGE_CACHE_LOCAL_BYTES of them: a hit there costs no trip to Redis (the full timeline is
  megabytes).  It is checked against the same generation, so a change shows just as soon.
- One client may make at most PUBLIC_PAGE_BUILDS_PER_MINUTE pages that were not cached; past
  that it gets 429 until the minute is over, while everybody else is still served.
"""

import hashlib
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

GENERATION_KEY = "public-pages:generation"
TOKEN = re.compile(rb"\b[a-zA-Z0-9]{64}\b")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")
REBUILD_LOCK_SECONDS = 30


def page_cache():
    """The cache for pages and the pages' built regions (settings.CACHES["pages"])."""
    return caches["pages"]


def _generation():
    # In the default cache, with the login counters: the page cache may evict anything.
    return cache.get_or_set(GENERATION_KEY, 1, timeout=None)


def public_pages_changed(**kwargs):
    """Every cached page is out of date once the current transaction commits (a page rendered
    before the commit must not be kept under the new generation).  A signal receiver, and
    called directly after bulk writes, which send no signals."""
    transaction.on_commit(_next_generation)


def _next_generation():
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)


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
    """Empty this process's page memory (benchmarks of cold pages; tests)."""
    _local.entries.clear()
    _local.size = 0


def _fresh(entry, generation):
    return (entry.get("generation") == generation
            and time.time() - entry.get("stored", 0) < settings.PUBLIC_PAGE_CACHE_SECONDS)


def page_key(request):
    """The cache key of a request: language, page or fragment, path and known parameters."""
    known = settings.PUBLIC_PAGE_CACHE_PARAMS
    params = sorted((name, value) for name, values in request.GET.lists() if name in known
                    for value in values)
    fragment = request.headers.get("HX-Request") == "true" and not request.headers.get(
        "HX-History-Restore-Request")
    address = request.path + "?" + urllib.parse.urlencode(params)
    return "public-pages:{}:{}:{}".format(
        getattr(request, "LANGUAGE_CODE", ""), "htmx" if fragment else "page",
        hashlib.sha256(address.encode()).hexdigest(),
    )


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        pages = page_cache()
        key = page_key(request)
        generation = _generation()
        hit = _local.get(key)
        if hit is not None and _fresh(hit, generation):
            return self._serve(request, hit)
        shared = pages.get(key)
        if shared is not None and (hit is None or shared["stored"] > hit["stored"]):
            hit = shared
            if _fresh(hit, generation):
                _local.set(key, hit)
                return self._serve(request, hit)
        if hit is not None:
            # Stale: one request rebuilds it, the others are served what there is meanwhile.
            if not pages.add(key + ":rebuilding", 1, REBUILD_LOCK_SECONDS):
                return self._serve(request, hit)
        elif not self._may_build(request):
            return HttpResponse("Too many new pages asked for from one address; try again in a "
                                "minute.\n", status=429, headers={"Retry-After": "60"},
                                content_type="text/plain; charset=utf-8")
        try:
            response = self.get_response(request)
            if self._cacheable_response(response):
                entry = self._entry(request, response, generation)
                pages.set(key, entry,
                          settings.PUBLIC_PAGE_CACHE_SECONDS + settings.PUBLIC_PAGE_STALE_SECONDS)
                _local.set(key, entry)
        finally:
            if hit is not None:
                pages.delete(key + ":rebuilding")
        return response

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
            and response.get("Content-Type", "").startswith("text/html")
            and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
        )

    def _entry(self, request, response, generation):
        body = response.content
        secret = request.META.get("CSRF_COOKIE")
        tokens = set()
        if secret:
            tokens = {t for t in TOKEN.findall(body) if _unmask_cipher_token(t.decode()) == secret}
        return {
            "body": body,
            "tokens": sorted(tokens),
            "nonce": getattr(request, "csp_nonce", "").encode(),
            "headers": {name: value for name, value in response.items()
                        if name in KEPT_HEADERS or name.lower().startswith("hx-")},
            "generation": generation,
            "stored": time.time(),
        }

    def _serve(self, request, entry):
        body = entry["body"]
        if entry["tokens"]:
            token = get_token(request).encode()  # also makes the CSRF middleware set the cookie
            for old in entry["tokens"]:
                body = body.replace(old, token)
        nonce = getattr(request, "csp_nonce", "").encode()
        if entry["nonce"] and nonce:
            body = body.replace(entry["nonce"], nonce)
        response = HttpResponse(body)
        for name, value in entry["headers"].items():
            response[name] = value
        return response
