"""A short-lived cache of public pages for anonymous readers.

Public pages change only when an editor confirms or reverts something, yet each costs a few
database queries and a template render; under load the cache is what lets two cores serve
hundreds of readers a second (docs/performance.md, "Load").

The middleware stands right after WhiteNoise, before sessions, locale, CSRF, authentication and
messages: a hit needs none of them.  An entry keeps the page with the headers those middlewares
gave it, and its body cut where the two personal things go, which a hit puts in: the CSRF token
(masked afresh for every response, matching the reader's own cookie, which is sent as
CsrfViewMiddleware sends it) and the Content Security Policy nonce (in the page and in the
policy header).  Editors (any request with a session cookie), anything under the excluded
prefixes (the admin), requests with pending messages and every response that sets a cookie
other than the CSRF one bypass the cache.  Every editor action writes a ReviewLog row and every change to the history saves a
StatusEvent or Citation: those bump a generation number, which makes every cached page out of
date at once for this process, and for all processes when the cache is shared (CACHE_URL; each
process asks for the number at most every PUBLIC_PAGE_CHECK_SECONDS); otherwise a page is fresh
for PUBLIC_PAGE_CACHE_SECONDS.  With PUBLIC_PAGE_CACHE_SECONDS = 0 (the default when DEBUG is
on) nothing is cached.

A page out of date is never waited for: the reader is served the previous version at once, and
the same process builds the page again after that response has been sent, in a thread of its
own so that a long build never counts against the web server's timeout (so a confirmation
costs no reader any time).  One build per page at a time, and at most PUBLIC_PAGE_REBUILDS at
once for the whole site, so a confirmation never sends every worker to the database; every
other reader meanwhile gets the previous version.  Only a page never built (or evicted) is built
while its reader waits.

The cache cannot be turned against the site:

- Keys come from the site's address, the path and the known query parameters only
  (PUBLIC_PAGE_CACHE_PARAMS), each spelt the one way its page reads it (PARAMETERS below):
  ``?x=1``, a reordered query, ``?page=03`` for ``?page=3`` or a value the page ignores is the
  same page, and the page is built for that normalised address.  An htmx
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
import secrets
import threading
import time
import urllib.parse
from collections import OrderedDict

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.core.cache import cache, caches
from django.db import connections, transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse, QueryDict
from django.middleware.csrf import (
    CSRF_ALLOWED_CHARS,
    CSRF_SECRET_LENGTH,
    InvalidTokenFormat,
    _check_token_format,
    _unmask_cipher_token,
)
from django.utils import translation

logger = logging.getLogger(__name__)

GENERATION_KEY = "public-pages:generation"
# A masked CSRF token as the pages write it: always in double quotes (the form's hidden
# input and htmx's header attribute). Starting at the quote lets the search skip ahead
# instead of trying every position of a 200 KB page (0.3 ms instead of 4.5).
TOKEN = re.compile(rb'"([a-zA-Z0-9]{64})"')
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


def _cut(body, holes):
    """The body as a list of bytes and hole numbers: each occurrence of a hole's bytes
    (``holes``: bytes to number) replaced by its number.  ``bytes.find`` for each hole: a
    regular expression of the holes tried a match at every position of the page (1 ms for
    200 KB, against 0.05)."""
    found = []
    for hole, number in holes.items():
        start = body.find(hole)
        while start != -1:
            found.append((start, -len(hole), number))
            start = body.find(hole, start + len(hole))
    parts, position = [], 0
    for start, length, number in sorted(found):
        if start < position:
            continue  # inside a hole already cut (never, for a token and a nonce)
        parts.append(body[position:start])
        parts.append(number)
        position = start - length
    parts.append(body[position:])
    return parts


class _LocalPages:
    """This process's most recently used page entries, bounded by the size of their bodies."""

    def __init__(self):
        self.entries = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()  # a rebuild's thread stores pages too

    def get(self, key):
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def set(self, key, entry):
        limit = settings.PAGE_CACHE_LOCAL_BYTES
        with self.lock:
            self._discard(key)
            if entry["size"] > limit // 4:
                return
            self.entries[key] = entry
            self.size += entry["size"]
            while self.size > limit:
                _, oldest = self.entries.popitem(last=False)
                self.size -= oldest["size"]

    def discard(self, key):
        with self.lock:
            self._discard(key)

    def _discard(self, key):
        entry = self.entries.pop(key, None)
        if entry is not None:
            self.size -= entry["size"]


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


# --- keys ------------------------------------------------------------------------------------
# Each query parameter a public page reads, spelt the one way the page reads it: ``?page=03``
# and ``?page=3`` are one page and one entry, a value the page ignores is left out (the page
# without it), and a value the page answers with an error message is one entry for every such
# value.  Each rule follows the view that reads the parameter (accords/views.py); a test builds
# both spellings of every rule and compares the pages.
INVALID = "invalid"


def _date(value):
    from accords.views import _parse_date

    day = _parse_date(value)
    return day.isoformat() if day else None


def _map_date(value):
    # The map shows today for a missing or empty date, and today with "that is not a date"
    # for any other value it cannot read.
    if not value:
        return None
    return _date(value) or INVALID


def _export_date(value):
    # The exports answer 400 to a date they cannot read (never cached).
    if not value:
        return None
    return _date(value) or INVALID


def _page_number(value):
    try:
        number = int(value)
    except ValueError:
        return None  # the first page
    return str(number) if number > 1 else None


def _region(value):
    from accords import regions

    return value if regions.is_region(value) else None


def _map_tab(value):
    from accords.views import MAP_TABS

    return value if value in MAP_TABS else None


def _map_view(value):
    from accords.charts import MAP_VIEWS

    return value if value in MAP_VIEWS else None


def _pretty(value):
    return "1" if value not in ("", "0", "false") else None


def _statuses(values):
    from accords.extraction.statuses import STATUSES

    return sorted({value for value in values if value in STATUSES})


# name: (normaliser of the value a page reads (the last one, as QueryDict.get), or of the list
# of values (getlist) for a repeatable parameter, True).
PARAMETERS = {
    "status": (_statuses, True),
    "from": (_date, False),
    "to": (_date, False),
    "at": (_date, False),
    "date": (_map_date, False),
    "as_of": (_export_date, False),
    "page": (_page_number, False),
    "region": (_region, False),
    "tab": (_map_tab, False),
    "view": (_map_view, False),
    "pretty": (_pretty, False),
}


def normalised_query(query):
    """The known parameters of a QueryDict as the pages read them: a sorted query string."""
    pairs = []
    for name in settings.PUBLIC_PAGE_CACHE_PARAMS:
        values = query.getlist(name)
        if not values:
            continue
        normalise, repeatable = PARAMETERS.get(name, (None, True))
        if normalise is None:  # a parameter without a rule: every value, as given
            pairs.extend((name, value) for value in values)
        elif repeatable:
            pairs.extend((name, value) for value in normalise(values))
        else:
            value = normalise(values[-1])
            if value is not None:
                pairs.append((name, value))
    return urllib.parse.urlencode(sorted(pairs))


def _language(request):
    """The language LocaleMiddleware will choose for this request (it has not run yet)."""
    code = getattr(request, "LANGUAGE_CODE", None)
    if code:
        return code
    urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
    return translation.get_language_from_request(
        request, check_path=is_language_prefix_patterns_used(urlconf)[0]
    )


def page_key(request):
    """The cache key of a request: language, page or fragment, site, path, known parameters."""
    query = normalised_query(request.GET) if request.GET else ""
    fragment = request.META.get("HTTP_HX_REQUEST") == "true" and not request.META.get(
        "HTTP_HX_HISTORY_RESTORE_REQUEST"
    )
    # The site's own address (scheme and a host in ALLOWED_HOSTS): the exports write it into
    # every link.
    address = f"{request.scheme}://{request.get_host()}{request.path}?{query}"
    return "public-pages:{}:{}:{}".format(
        _language(request),
        "htmx" if fragment else "page",
        hashlib.sha256(address.encode()).hexdigest(),
    )


# --- the personal parts of a page ---------------------------------------------------------------

_TOKEN_CHARS = CSRF_ALLOWED_CHARS.encode()
_TOKEN_INDEX = {char: index for index, char in enumerate(CSRF_ALLOWED_CHARS)}
# Random bytes to token characters: 248 = 4 x 62, so each character is equally likely once the
# bytes 248 to 255 are dropped.
_TO_CHARS = bytes(_TOKEN_CHARS[byte % 62] for byte in range(256))
_DROPPED = bytes(range(248, 256))


def _random_chars(count):
    """`count` random characters of CSRF_ALLOWED_CHARS: Django's get_random_string draws
    them one system call each, a tenth of a cached page's whole cost."""
    chars = b""
    while len(chars) < count:
        chars += secrets.token_bytes(count + 8).translate(_TO_CHARS, _DROPPED)
    return chars[:count].decode()


def _masked(secret):
    """A CSRF token for `secret`, masked afresh, as django.middleware.csrf.get_token makes it
    (and _unmask_cipher_token reads it)."""
    mask = _random_chars(len(secret))
    index = _TOKEN_INDEX
    cipher = "".join(
        CSRF_ALLOWED_CHARS[(index[s] + index[m]) % 62] for s, m in zip(secret, mask, strict=True)
    )
    return mask + cipher


def _csrf_secret(request):
    """The reader's CSRF secret, read from its cookie as CsrfViewMiddleware reads it, or a new
    one when the cookie is missing or malformed."""
    value = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if value:
        try:
            _check_token_format(value)
        except InvalidTokenFormat:
            value = None
        else:
            if len(value) != CSRF_SECRET_LENGTH:  # Django before 4.0 kept it masked
                value = _unmask_cipher_token(value)
    return value or _random_chars(CSRF_SECRET_LENGTH)


def _rebuild_in_thread(rebuild):
    """Run `rebuild` in a thread of its own, which closes its database connections when done.

    A sync gunicorn worker tells its master it is alive between requests; a rebuild done in
    the request's own thread (the timeline's figure of a large history: ten seconds and more on
    a busy machine) counts against gunicorn's timeout, and past it the worker is killed,
    rebuild and all.  In a thread, the worker goes back to its requests (and its heartbeat) at
    once; the site's PUBLIC_PAGE_REBUILDS places bound how many such threads run at a time.
    Not a daemon: a worker that is recycled or stopped gracefully finishes the build first."""

    def run():
        try:
            rebuild()
        finally:
            connections.close_all()

    thread = threading.Thread(target=run, name="page-rebuild")
    thread.start()
    return thread


class _ServedThenRebuilt(HttpResponse):
    """A page served from the cache, out of date: once it has been sent (the server calls
    close() after the last byte), the page is built again for the next readers, in a thread
    of its own (PUBLIC_PAGE_REBUILD_IN_THREAD) or in the request's."""

    rebuild = None

    def close(self):
        try:
            if self.rebuild is not None:
                if settings.PUBLIC_PAGE_REBUILD_IN_THREAD:
                    _rebuild_in_thread(self.rebuild)
                else:
                    self.rebuild()
        finally:
            super().close()


class PublicPageCacheMiddleware:
    """Serves cached pages to anonymous readers before sessions, locale, CSRF, authentication
    and messages are looked at: it stands right after WhiteNoise in MIDDLEWARE, and a page it
    builds goes through all of them.  An entry keeps the page as those middlewares sent it
    (their headers: Vary, Content-Language, X-Frame-Options, the policy ...), so a hit only
    puts in the reader's own CSRF token, cookie and nonce.

    A reader is anonymous here when it sends no session cookie: an editor always has one, and
    an anonymous reader with a stale one is simply not served from the cache (its next response
    deletes the cookie)."""

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
            if hit is not None and "parts" not in hit:
                hit = None  # written by an earlier version of this module
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
        if shared is not None and "parts" in shared and _fresh(shared, generation):
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
        """Run the rest of the middleware and the view; keep what it made when it may be kept:
        (response, entry or None)."""
        started = time.monotonic()
        # The page is built for the address its key stands for: the view reads only the
        # normalised parameters, and what the page writes of its own address (the language
        # form's "next") is the same for every spelling that shares the entry.
        query = normalised_query(request.GET) if request.GET else ""
        if query != request.META.get("QUERY_STRING", ""):
            request.META["QUERY_STRING"] = query
            request.GET = QueryDict(query)
        response = self.get_response(request)
        entry = None
        if self._cacheable_response(request, response, key):
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
        if settings.PUBLIC_PAGE_CACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return False
        if request.path.startswith(tuple(settings.PUBLIC_PAGE_CACHE_EXCLUDE)):
            return False
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
        user = getattr(request, "user", None)  # set when the middleware runs after auth (tests)
        return user is None or not user.is_authenticated

    def _cacheable_response(self, request, response, key):
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and response.get("Content-Type", "").startswith(CACHED_TYPES)
            and not response.has_header("Content-Encoding")
            and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
            and "private" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
            and (user is None or not user.is_authenticated)
            # The language the page was built in is the one its key says.
            and getattr(request, "LANGUAGE_CODE", None) in (None, key.split(":")[1])
        )

    def _entry(self, request, response, generation):
        """What a hit needs: the body cut where the reader's own CSRF token (0) and nonce (1)
        go, the headers as the client got them, the policy header cut around its nonce."""
        body = response.content
        encoding = ""
        holes = {}
        if response["Content-Type"].startswith(COMPRESSED_TYPES):
            # Nothing personal in data: kept compressed, sent as it is to most clients.
            if len(body) >= COMPRESS_FROM_BYTES:
                body, encoding = gzip.compress(body, compresslevel=6, mtime=0), "gzip"
        else:
            secret = request.META.get("CSRF_COOKIE")
            if secret:
                for token in set(TOKEN.findall(body)):
                    if _unmask_cipher_token(token.decode()) == secret:
                        holes[token] = 0
            nonce = getattr(request, "csp_nonce", "").encode()
            if nonce:
                holes[nonce] = 1
        parts = _cut(body, holes)
        headers = {}
        policy = None
        for name, value in response.items():
            if name in ("Content-Length", "Content-Encoding"):
                continue
            if name == "Content-Security-Policy" and getattr(request, "csp_nonce", ""):
                policy = value.split(request.csp_nonce)
                continue
            headers[name] = value
        if encoding:
            vary = [v.strip() for v in headers.get("Vary", "").split(",") if v.strip()]
            if "accept-encoding" not in {v.lower() for v in vary}:
                headers["Vary"] = ", ".join([*vary, "Accept-Encoding"])
        return {
            "parts": parts,
            "size": len(body),
            "encoding": encoding,
            "token": 0 in holes.values(),
            "headers": headers,
            "policy": policy,
            "generation": generation,
            "stored": time.time(),
        }

    def _serve(self, request, entry, response_class=HttpResponse):
        token = cookie = None
        if entry["token"]:
            cookie = _csrf_secret(request)
            # For a rebuild after this response, as CsrfViewMiddleware would have set it.
            request.META["CSRF_COOKIE"] = cookie
            token = _masked(cookie).encode()
        nonce = None
        if entry["policy"] is not None or len(entry["parts"]) > 1:
            nonce = secrets.token_urlsafe(16)
            request.csp_nonce = nonce
        parts = entry["parts"]
        if len(parts) == 1:
            body = parts[0]
        else:
            values = (token, nonce.encode())
            body = b"".join(part if part.__class__ is bytes else values[part] for part in parts)
        compressed = entry["encoding"] == "gzip"
        if compressed and not ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
            body, compressed = gzip.decompress(body), False
        response = response_class(body)
        headers = response.headers
        for name, value in entry["headers"].items():
            headers[name] = value
        if entry["policy"] is not None:
            headers["Content-Security-Policy"] = nonce.join(entry["policy"])
        if compressed:
            headers["Content-Encoding"] = "gzip"
        headers["Content-Length"] = str(len(body))
        if cookie is not None:
            # As CsrfViewMiddleware sends it whenever a page holds a token (its expiry renewed).
            response.set_cookie(
                settings.CSRF_COOKIE_NAME,
                cookie,
                max_age=settings.CSRF_COOKIE_AGE,
                domain=settings.CSRF_COOKIE_DOMAIN,
                path=settings.CSRF_COOKIE_PATH,
                secure=settings.CSRF_COOKIE_SECURE,
                httponly=settings.CSRF_COOKIE_HTTPONLY,
                samesite=settings.CSRF_COOKIE_SAMESITE,
            )
        return response
