"""A short-lived cache of public pages for anonymous readers.

Public pages change only when an editor confirms or reverts something, yet each costs a few
database queries and a template render; under load the cache is what lets two cores serve
hundreds of readers a second (README "Load").

Two things in a page are personal and are swapped on every hit: the CSRF token (Django masks it
differently for every response, and it must match the reader's own cookie) and the Content
Security Policy nonce.  Editors, anything under the excluded prefixes (the admin), requests with
pending messages and every response that sets a cookie other than the CSRF one bypass the
cache.  Every editor action writes a ReviewLog row and every change to the history saves a
StatusEvent or Citation: those bump a generation number, which empties the cache at once for
this process, and for all processes when the cache is shared (CACHE_URL); otherwise a page is
at most PUBLIC_PAGE_CACHE_SECONDS old.  With PUBLIC_PAGE_CACHE_SECONDS = 0 (the default when
DEBUG is on) nothing is cached.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.http import HttpResponse
from django.middleware.csrf import _unmask_cipher_token, get_token

GENERATION_KEY = "public-pages:generation"
TOKEN = re.compile(rb"\b[a-zA-Z0-9]{64}\b")
KEPT_HEADERS = ("Content-Type", "Content-Language", "Vary")


def _generation():
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


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self._cacheable_request(request):
            return self.get_response(request)
        key = "public-pages:{}:{}:{}:{}".format(
            _generation(), getattr(request, "LANGUAGE_CODE", ""),
            "htmx" if request.headers.get("HX-Request") else "page",
            hashlib.sha256(request.get_full_path().encode()).hexdigest(),
        )
        hit = cache.get(key)
        if hit is not None:
            return self._serve(request, hit)
        response = self.get_response(request)
        if self._cacheable_response(response):
            cache.set(key, self._entry(request, response), settings.PUBLIC_PAGE_CACHE_SECONDS)
        return response

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

    def _entry(self, request, response):
        body = response.content
        secret = request.META.get("CSRF_COOKIE")
        tokens = set()
        if secret:
            tokens = {t for t in TOKEN.findall(body) if _unmask_cipher_token(t.decode()) == secret}
        return {
            "body": body,
            "tokens": sorted(tokens),
            "nonce": getattr(request, "csp_nonce", "").encode(),
            "headers": {name: response[name] for name in KEPT_HEADERS if name in response},
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
