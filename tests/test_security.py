"""Security: production settings, the Content Security Policy, CSRF on every POST, the login
limit and the public page cache's handling of personal values."""

import datetime
import json
import os
import re
import subprocess
import sys
import time
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.core.cache import cache
from django.test import Client, override_settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from accords import review, services
from accords.models import Article, ProposedChange
from tests.builders import NOV_6, article, proposal

PROD = {
    "DJANGO_SETTINGS_MODULE": "accords.settings",  # the product's settings, not the tests'
    "DEBUG": "False",
    "SECRET_KEY": "p" * 20 + "-production-secret-key-0123456789",
    "ALLOWED_HOSTS": "tracker.example.org",
    "DATABASE_URL": "sqlite://:memory:",
    # The hashed-name storage needs a collectstatic run first; these tests check headers.
    "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}


def run_with_production_settings(code, *args):
    # DJANGO_ALLOW_ASYNC_UNSAFE is set by the browser tests in this process; a deployment
    # never has it (check --deploy says so).
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in (
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "DATABASE_URL",
            "CELERY_BROKER_URL",
            "SECURE_SSL_REDIRECT",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        )
    }
    return subprocess.run(
        [sys.executable, *args] if not code else [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**env, **PROD},
        timeout=120,
        cwd=settings.BASE_DIR,
    )


def test_the_deployment_check_is_clean_with_production_settings():
    result = run_with_production_settings(
        None, "manage.py", "check", "--deploy", "--fail-level", "WARNING"
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


PRODUCTION_RESPONSE = """
import json, django
django.setup()
from django.test import Client
client = Client(HTTP_HOST="tracker.example.org")
plain = client.get("/admin/login/")
secure = client.get("/admin/login/", secure=True)
cookie = secure.cookies["csrftoken"]
from django.conf import settings
print(json.dumps({
    "plain_status": plain.status_code, "plain_location": plain.get("Location"),
    "status": secure.status_code,
    "hsts": secure.get("Strict-Transport-Security"),
    "csp": secure.get("Content-Security-Policy"),
    "frame": secure.get("X-Frame-Options"), "nosniff": secure.get("X-Content-Type-Options"),
    "referrer": secure.get("Referrer-Policy"),
    "csrf_secure": bool(cookie["secure"]), "csrf_samesite": cookie["samesite"],
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "session_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "page_cache": settings.PUBLIC_PAGE_CACHE_SECONDS,
}))
"""


def test_production_sends_https_only_secure_cookies_and_security_headers():
    result = run_with_production_settings(PRODUCTION_RESPONSE)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout.strip().splitlines()[-1])
    assert answer["plain_status"] == 301
    assert answer["plain_location"] == "https://tracker.example.org/admin/login/"
    assert answer["status"] == 200
    assert answer["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert "script-src 'self' 'nonce-" in answer["csp"]
    assert answer["frame"] == "DENY" and answer["nosniff"] == "nosniff"
    assert answer["referrer"] == "same-origin"
    assert answer["csrf_secure"] and answer["csrf_samesite"] == "Lax"
    assert answer["session_secure"] and answer["session_httponly"]
    assert answer["page_cache"] == 60


# --- Content Security Policy ---------------------------------------------------------------------


def policy(response):
    header = response["Content-Security-Policy"]
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*\bnonce=)(?![^>]*type=\"application/(?:ld\+)?json\")[^>]*>",
    re.I,
)
EVENT_HANDLER = re.compile(r"<[^>]+\s on[a-z]+\s*=", re.I | re.X)
JAVASCRIPT_URL = re.compile(r"(?:href|src|action)\s*=\s*[\"']?\s*javascript:", re.I)


def assert_page_obeys_policy(response):
    html = response.content.decode()
    directives = policy(response)
    nonce = [s for s in directives["script-src"] if s.startswith("'nonce-")]
    assert directives["script-src"][0] == "'self'" and len(nonce) == 1
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == ["'none'"] and directives["frame-ancestors"] == ["'none'"]
    assert not INLINE_SCRIPT.findall(html), INLINE_SCRIPT.findall(html)
    assert not EVENT_HANDLER.findall(html)
    assert not JAVASCRIPT_URL.findall(html)
    for tag_nonce in re.findall(r"<script\b[^>]*\bnonce=\"([^\"]+)\"", html):
        assert f"'nonce-{tag_nonce}'" in nonce


@pytest.fixture
def history(editor, seed_text, django_capture_on_commit_callbacks):
    services.reference_load()
    with django_capture_on_commit_callbacks(execute=True):
        source, _ = services.article_submit_text(text=seed_text, language="id")
    claim = ProposedChange.objects.get(article=source, country__iso2="KZ", status="announced")
    review.proposals_confirm(
        ids=[claim.pk], user=editor, date=datetime.date(2025, 11, 6), date_precision="day"
    )
    return source


def public_urls(source):
    return [
        reverse("home"),
        reverse("country", args=["KZ"]),
        reverse("country", args=["AE"]),
        reverse("article", args=[source.pk]),
    ]


def admin_urls(source):
    claim = source.proposals.filter(review_state="pending").first()
    return [
        reverse("admin:index"),
        reverse("admin:accords_proposedchange_changelist"),
        reverse("admin:accords_proposedchange_change", args=[claim.pk]),
        reverse("admin:accords_article_changelist"),
        reverse("admin:accords_article_submit"),
        reverse("admin:accords_article_change", args=[source.pk]),
        reverse("admin:accords_statusevent_changelist"),
        reverse("admin:accords_country_changelist"),
        reverse("admin:accords_feed_changelist"),
        reverse("admin:accords_reviewlog_changelist"),
    ]


@pytest.mark.django_db
def test_every_page_carries_a_policy_it_obeys_with_a_fresh_nonce(client, editor, history):
    nonces = set()
    for url in public_urls(history) + [reverse("admin:login")]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert_page_obeys_policy(response)
        nonces.add(policy(response)["script-src"][1])
    client.force_login(editor)
    for url in admin_urls(history):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_page_obeys_policy(response)
        nonces.add(policy(response)["script-src"][1])
    assert len(nonces) == len(public_urls(history)) + 1 + len(admin_urls(history))


def test_templates_get_the_nonce_of_their_request(rf):
    from django.template import RequestContext, Template

    from accords.security import ContentSecurityPolicyMiddleware

    seen = {}

    def view(request):
        from django.http import HttpResponse

        seen["html"] = Template('<script nonce="{{ csp_nonce }}">1</script>').render(
            RequestContext(request)
        )
        return HttpResponse(seen["html"])

    response = ContentSecurityPolicyMiddleware(view)(rf.get("/"))
    nonce = re.search(r'nonce="([^"]+)"', seen["html"]).group(1)
    assert len(nonce) >= 16
    assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]


# --- CSRF ----------------------------------------------------------------------------------------


def all_views(resolver=None, prefix=""):
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            yield from all_views(entry, prefix + str(entry.pattern))
        elif isinstance(entry, URLPattern):
            yield prefix + str(entry.pattern), entry.callback


def test_no_view_is_exempt_from_csrf():
    views = list(all_views())
    assert len(views) > 50  # the admin's views are walked too
    exempt = [route for route, view in views if getattr(view, "csrf_exempt", False)]
    assert exempt == []


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, args, data",
    [
        ("admin:accords_article_submit", [], {"text": "Kazakhstan will join the Abraham Accords."}),
        (
            "admin:accords_proposedchange_changelist",
            [],
            {"action": "confirm_selected", "_selected_action": ["1"]},
        ),
        ("admin:logout", [], {}),
        ("set_language", [], {"language": "id", "next": "/"}),
    ],
)
def test_every_post_needs_the_csrf_token_and_the_htmx_header_carries_it(editor, name, args, data):
    client = Client(enforce_csrf_checks=True)
    client.force_login(editor)
    url = reverse(name, args=args)
    refused = client.post(url, data)
    assert refused.status_code == 403
    assert b"CSRF" in refused.content
    assert Article.objects.count() == 0

    client.get(reverse("home"))  # sets the CSRF cookie, as the first page view does
    token = client.cookies[settings.CSRF_COOKIE_NAME].value
    # htmx sends the token from <body hx-headers='{"x-csrftoken": ...}'> as a header.
    accepted = client.post(url, data, HTTP_X_CSRFTOKEN=token, HTTP_HX_REQUEST="true")
    assert accepted.status_code in (200, 302), accepted.status_code


@pytest.mark.django_db
def test_the_login_form_needs_the_csrf_token(editor):
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        reverse("admin:login"), {"username": "erin", "password": "pw-erin-12345"}
    )
    assert response.status_code == 403
    assert "_auth_user_id" not in client.session


# --- failed logins -----------------------------------------------------------------------------


@pytest.fixture
def empty_cache():
    cache.clear()
    yield
    cache.clear()


def log_in(client, username, password, address="203.0.113.7"):
    client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )
    return "_auth_user_id" in client.session


@pytest.mark.django_db
def test_after_five_wrong_passwords_even_the_right_one_is_refused_for_a_while(
    client, editor, empty_cache
):
    for _ in range(settings.LOGIN_FAILURES_PER_USER):
        assert not log_in(client, "erin", "wrong")
    assert not log_in(client, "erin", "pw-erin-12345")
    # Another address is not locked out, nor is another user from the first address.
    assert log_in(Client(), "erin", "pw-erin-12345", address="198.51.100.9")


@pytest.mark.django_db
@override_settings(LOGIN_LOCKOUT_SECONDS=1)
def test_the_lockout_ends_after_its_window(client, editor, empty_cache):
    for _ in range(settings.LOGIN_FAILURES_PER_USER):
        log_in(client, "erin", "wrong")
    assert not log_in(client, "erin", "pw-erin-12345")  # locked out, within the window
    time.sleep(1.5)  # the window passes: the counters expire on their own, nothing is cleared
    assert log_in(client, "erin", "pw-erin-12345")


@pytest.mark.django_db
def test_a_successful_login_forgets_earlier_mistakes(client, editor, empty_cache):
    for _ in range(settings.LOGIN_FAILURES_PER_USER - 1):
        log_in(client, "erin", "wrong")
    assert log_in(client, "erin", "pw-erin-12345")
    client.logout()
    for _ in range(settings.LOGIN_FAILURES_PER_USER - 1):
        log_in(client, "erin", "wrong")
    assert log_in(client, "erin", "pw-erin-12345")


@pytest.mark.django_db
@override_settings(LOGIN_FAILURES_PER_ADDRESS=8)
def test_trying_many_names_from_one_address_is_locked_out_too(client, editor, empty_cache):
    for n in range(8):
        log_in(client, f"user{n}", "guess")
    assert not log_in(client, "erin", "pw-erin-12345")


# --- the public page cache -----------------------------------------------------------------------


@pytest.mark.django_db
@override_settings(PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_REBUILD_SPACING=0)
def test_cached_pages_carry_each_readers_own_csrf_token_and_nonce(history, empty_cache):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    page_one = first.get("/")
    page_two = second.get("/")
    assert page_one.status_code == page_two.status_code == 200
    tokens = [
        re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.content).group(1)
        for page in (page_one, page_two)
    ]
    assert tokens[0] != tokens[1]
    assert policy(page_one)["script-src"][1] != policy(page_two)["script-src"][1]
    # The cached page's token works for the second reader's own cookie (the language form).
    answer = second.post(
        reverse("set_language"),
        {"language": "id", "next": "/", "csrfmiddlewaretoken": tokens[1].decode()},
    )
    assert answer.status_code == 302


@pytest.mark.django_db
@override_settings(PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_REBUILD_SPACING=0)
def test_an_editors_confirmation_reaches_the_cached_public_pages_with_their_next_build(
    client, editor, history, empty_cache, django_capture_on_commit_callbacks
):
    country_url = reverse("country", args=["UZ"])
    assert b"Uzbekistan" in client.get(country_url).content
    before = client.get("/").content
    assert client.get("/").content.count(b"data-country=") == before.count(b"data-country=")
    claim = proposal(
        article(text="Uzbekistan will join.", url=None),
        iso2="UZ",
        date=NOV_6,
        precision="day",
        claim_key="UZ:announced:",
    )
    # The cache moves on when the confirmation commits (the test runs inside a transaction).
    with django_capture_on_commit_callbacks(execute=True):
        review.proposal_confirm(proposal=claim, user=editor)
    # The first reader after the change is served the previous page at once, and the page is
    # built again once that response has been sent: the next reader has the change.
    assert b'data-country="UZ"' not in client.get("/").content
    after = client.get("/").content
    assert b'data-country="UZ"' in after and b'data-country="UZ"' not in before
    # An editor is never served the cache: the change is on the country page at once.
    assert b"Uzbekistan will join." not in client.get(country_url).content
    client.force_login(editor)
    assert b"Uzbekistan will join." in client.get(country_url).content


@pytest.mark.django_db
@override_settings(PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_REBUILD_SPACING=0)
def test_a_new_source_for_a_known_step_reaches_the_cached_country_page(
    client, editor, empty_cache, django_capture_on_commit_callbacks
):
    services.reference_load()
    url = reverse("country", args=["AE"])
    assert b"Example Gazette" not in client.get(url).content
    source = article(text="The UAE signed the accords in 2020.", outlet="Example Gazette", url=None)
    claim = proposal(
        source,
        iso2="AE",
        status="signed",
        date=datetime.date(2020, 1, 1),
        precision="year",
        confidence=0.7,
        claim_key="AE:signed:2020",
    )
    with django_capture_on_commit_callbacks(execute=True):
        review.proposal_confirm(proposal=claim, user=editor)  # cites the known event
    client.get(url)  # served the previous page, then built again
    assert b"Example Gazette" in client.get(url).content


@pytest.mark.django_db
@override_settings(PUBLIC_PAGE_CACHE_SECONDS=60, PUBLIC_PAGE_REBUILD_SPACING=0)
def test_editors_and_the_admin_are_never_served_from_the_cache(client, editor, empty_cache):
    client.get("/")
    client.force_login(editor)
    from django.core.cache import caches

    keys_before = len(caches["pages"]._cache)
    client.get("/")
    client.get(reverse("admin:index"))
    assert len(caches["pages"]._cache) == keys_before


# --- hostile requests: NUL characters, oversized forms ------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/countries/%00%00/",
        "/countries/KZ%00/",
        "/timeline/?from=%00",
        "/map/?date=2020-01-01%00",
        "/exports/events.csv?as_of=%00",
        "/?x=%00",
    ],
)
def test_a_nul_anywhere_in_the_address_is_a_plain_400(client, url):
    response = client.get(url)
    assert response.status_code == 400
    assert b"NUL" in response.content


@pytest.mark.django_db
def test_a_form_larger_than_any_article_gets_a_sentence_not_a_bare_400(client, editor, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    client.force_login(editor)
    response = client.post(reverse("admin:accords_article_submit"), {"text": "x" * 20_000})
    assert response.status_code == 413
    assert b"shorter excerpt" in response.content


@pytest.mark.django_db
def test_the_body_limit_fits_a_full_length_article_in_any_script(client, editor, settings):
    from django.conf import settings as live

    assert live.DATA_UPLOAD_MAX_MEMORY_SIZE >= 12 * live.ARTICLE_MAX_CHARS
    # The worst case, sent as a browser sends the form: a letter of four UTF-8 bytes is twelve
    # characters once form-encoded.  A full-length article in such a script is accepted; the
    # article is shorter than the live limit (a 12 MB post is slow) and the body limit smaller
    # by the same twelve bytes a letter, so the margin for the other fields is the live one.
    length = 20_000
    settings.ARTICLE_MAX_CHARS = length
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = live.DATA_UPLOAD_MAX_MEMORY_SIZE - 12 * (
        live.ARTICLE_MAX_CHARS - length
    )
    text = "\U00010330" * (length - 1) + "."
    body = urlencode(
        {
            "text": text,
            "language": "en",
            "title": "t" * 200,
            "outlet": "o" * 200,
            "url": "https://example.com/" + "p" * 1800,
        }
    )
    assert len(body) > 12 * (length - 1)
    client.force_login(editor)
    response = client.post(
        reverse("admin:accords_article_submit"),
        body,
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 302, response.content[:500]
    assert len(Article.objects.get().raw) == length
