"""Content Security Policy, a limit on failed logins, the client's address behind proxies and
a refusal of NUL characters.

Both are small enough to read in one sitting, which is why they are here rather than
django-csp and django-axes: the policy is one header with a per-request nonce, and the login
limit is two counters in the cache (axes would add its own tables, admin pages and a dozen
settings for the same two numbers).
"""

import ipaddress
import secrets

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.core.cache import cache
from django.core.exceptions import PermissionDenied
from django.dispatch import receiver
from django.http import HttpResponse, HttpResponseBadRequest

# --- Content Security Policy -----------------------------------------------------------------


def content_security_policy(nonce):
    """The header value: settings.CONTENT_SECURITY_POLICY with the request's nonce filled in."""
    directives = []
    for name, sources in settings.CONTENT_SECURITY_POLICY.items():
        sources = [f"'nonce-{nonce}'" if source == "'nonce'" else source for source in sources]
        directives.append(" ".join([name, *sources]))
    return "; ".join(directives)


class ContentSecurityPolicyMiddleware:
    """Send the policy on every response; ``request.csp_nonce`` is the nonce a template puts on
    an inline ``<script nonce="{{ csp_nonce }}">`` (any other inline script is refused)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request.csp_nonce = secrets.token_urlsafe(16)
        response = self.get_response(request)
        if settings.CONTENT_SECURITY_POLICY and "Content-Security-Policy" not in response.headers:
            response.headers["Content-Security-Policy"] = content_security_policy(request.csp_nonce)
        return response


def csp(request):
    """Template context processor: ``{{ csp_nonce }}``."""
    return {"csp_nonce": getattr(request, "csp_nonce", "")}


# --- NUL characters ---------------------------------------------------------------------------


class RefuseNulMiddleware:
    """A NUL character in the path, the query string or a form field is never meaningful and
    PostgreSQL cannot compare text with one (a 500 deep in a view): answer 400 at the door."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            "\x00" in request.path
            or "\x00" in request.META.get("QUERY_STRING", "")
            or any("\x00" in value for value in request.GET.values())
        ):
            return HttpResponseBadRequest(
                "The address contains a NUL character (%00), which no page here accepts.\n",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class RequestTooLargeMiddleware:
    """A form body over DATA_UPLOAD_MAX_MEMORY_SIZE: a sentence saying so (413), where Django
    would answer a bare "Bad Request (400)"."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if limit is not None and length > limit:
            return HttpResponse(
                f"The form is too large ({length:,} bytes; the limit is {limit:,}). An article's "
                f"text may have at most {settings.ARTICLE_MAX_CHARS:,} characters: go back and "
                f"paste a shorter excerpt.\n",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


# --- Client addresses -------------------------------------------------------------------------


def client_address(request):
    """The address of the client, as the trusted proxies in front of us saw it.

    Behind TRUSTED_PROXY_COUNT proxies, each appending the address it was connected from to
    X-Forwarded-For, the client is the entry that many places from the right; anything further
    left was written by the client and proves nothing.  With no proxy (the default while
    developing) it is the connection's own address.
    """
    if request is None:
        return "unknown"
    remote = request.META.get("REMOTE_ADDR") or "unknown"
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies <= 0:
        return remote
    chain = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    if len(chain) < proxies:
        return remote  # not through all our proxies: the connection is all we know
    try:
        return str(ipaddress.ip_address(chain[-proxies]))
    except ValueError:
        return remote


# --- Failed logins ----------------------------------------------------------------------------
# Three counters per window: a user name from one client address (guessing one editor's
# password), the address alone (trying many names) and the user name from anywhere (guessing
# one password from many addresses).  While one is over its limit the login is refused, the
# right password included.  The address is the client's (client_address), never the proxy's,
# so one client trying names locks out only itself.  The counters live in the default cache:
# set CACHE_URL to a shared Redis so that all web processes count together.


def _keys(request, username):
    address = client_address(request)
    name = (username or "").strip().lower()[:150]
    return (
        (f"login-failures:{address}:{name}", settings.LOGIN_FAILURES_PER_USER),
        (f"login-failures:{address}", settings.LOGIN_FAILURES_PER_ADDRESS),
        (f"login-failures-account:{name}", settings.LOGIN_FAILURES_PER_ACCOUNT),
    )


def login_locked(request, username):
    return any((cache.get(key) or 0) >= limit for key, limit in _keys(request, username))


class RateLimitedModelBackend(ModelBackend):
    """Django's usual user-and-password backend, refusing while the address is locked out.

    Raising PermissionDenied ends the login attempt at once: the password is not even checked.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if login_locked(request, username):
            raise PermissionDenied("Too many failed logins; try again later.")
        return super().authenticate(request, username=username, password=password, **kwargs)


@receiver(user_login_failed)
def _count_failure(sender, credentials, request=None, **kwargs):
    for key, _limit in _keys(request, credentials.get("username")):
        cache.add(key, 0, timeout=settings.LOGIN_LOCKOUT_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, timeout=settings.LOGIN_LOCKOUT_SECONDS)


@receiver(user_logged_in)
def _forget_failures(sender, request, user, **kwargs):
    keys = _keys(request, user.get_username())
    cache.delete_many([keys[0][0], keys[2][0]])
