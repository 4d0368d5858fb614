"""The page cache's keys and what a cache hit sends.

Keys come from the query parameters as the pages read them: two spellings of one value are one
entry, a value a page ignores makes no entry of its own.  A hit is served before sessions,
locale, CSRF, authentication and messages, yet carries what they would have added."""

import re
from unittest import mock

import pytest
from django.contrib.sessions.middleware import SessionMiddleware
from django.core.cache import cache, caches
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client, RequestFactory, override_settings

from accords import pagecache, services

pytestmark = [pytest.mark.django_db]
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
    return {
        key for key in caches["pages"]._cache if "public-pages:" in key and "rebuild" not in key
    }


def key(url, **headers):
    return pagecache.page_key(RequestFactory().get(url, **headers))


# --- keys from normalised parameters ------------------------------------------------------

# Each pair: two addresses a page reads as the same page.
SAME = [
    ("/timeline/?page=03", "/timeline/?page=3"),
    ("/timeline/?page=+3", "/timeline/?page=3"),
    ("/timeline/?page=1", "/timeline/"),
    ("/timeline/?page=0", "/timeline/"),
    ("/timeline/?page=-4", "/timeline/"),
    ("/timeline/?page=two", "/timeline/"),
    ("/timeline/?page=2&page=3", "/timeline/?page=3"),  # the page reads the last one
    ("/timeline/?from=%202021-01-05%20", "/timeline/?from=2021-01-05"),
    ("/timeline/?from=2021-02-30", "/timeline/"),  # not a day
    ("/timeline/?from=20210105", "/timeline/"),  # not the one spelling the page reads
    ("/timeline/?to=junk&region=nowhere", "/timeline/"),
    ("/timeline/?status=signed&status=junk&status=signed", "/timeline/?status=signed"),
    ("/timeline/?status=signed&status=announced", "/timeline/?status=announced&status=signed"),
    ("/map/?tab=junk", "/map/"),
    ("/map/?view=junk", "/map/"),
    ("/map/?date=", "/map/"),
    ("/map/?date=2021-02-30", "/map/?date=junk"),  # both: today, and "that is not a date"
    ("/timeline/figure.json?at=nonsense&view=junk", "/timeline/figure.json"),
    ("/exports/countries.json?pretty=yes", "/exports/countries.json?pretty=1"),
    ("/exports/countries.json?pretty=0", "/exports/countries.json"),
]
# And pairs that are different pages.
DIFFERENT = [
    ("/timeline/?page=2&page=3", "/timeline/?page=3&page=2"),
    ("/map/?date=junk", "/map/"),  # the page says the date was not understood
    ("/map/?date=2021-06-30", "/map/"),
    ("/timeline/?from=2021-01-05", "/timeline/"),
    ("/map/?tab=table", "/map/"),
]


@pytest.mark.parametrize(("one", "other"), SAME)
def test_two_spellings_of_one_page_have_one_key(one, other):
    assert key(one) == key(other)


@pytest.mark.parametrize(("one", "other"), DIFFERENT)
def test_different_pages_have_different_keys(one, other):
    assert key(one) != key(other)


def test_every_known_parameter_has_a_rule():
    from django.conf import settings

    assert set(settings.PUBLIC_PAGE_CACHE_PARAMS) == set(pagecache.PARAMETERS)


@override_settings(PUBLIC_PAGE_CACHE_SECONDS=0)
@pytest.mark.parametrize(("one", "other"), SAME)
def test_the_views_read_both_spellings_as_one_page(client, one, other):
    """Without the cache, the views make the same page of both spellings (the rules follow the
    views), apart from the address the language form returns to."""
    services.reference_load()
    pages = []
    for url in (one, other):
        response = client.get(url)
        assert response.status_code == 200, url
        pages.append(
            re.sub(rb'name="next" type="hidden" value="[^"]*"', b"", shown(response.content))
        )
    assert pages[0] == pages[1]


@CACHED
def test_a_page_is_built_for_the_address_of_its_key(client):
    """Whatever spelling or unknown parameter the first reader used, the cached page is the
    page of the normalised address."""
    services.reference_load()
    first = client.get("/timeline/?page=03&utm_source=elsewhere&status=junk&status=signed")
    assert b'name="next" type="hidden" value="/timeline/?page=3&amp;status=signed"' in first.content
    hit = client.get("/timeline/?status=signed&page=3")
    assert shown(hit.content) == shown(first.content)


@CACHED
def test_values_a_page_ignores_make_no_entries(client):
    services.reference_load()
    client.get("/timeline/")
    client.get("/map/")
    before = entries()
    for url in (
        "/timeline/?page=01",
        "/timeline/?page=1&x=2",
        "/timeline/?page=zero",
        "/timeline/?from=2021-13-01&to=yesterday",
        "/timeline/?region=9999",
        "/map/?tab=everything&view=mars",
    ):
        assert client.get(url).status_code == 200
    assert entries() == before
    for day in ("2021-02-30", "junk", "2021-1-1", "20210101"):  # one entry for all of them
        assert b"That is not a date" in client.get("/map/", {"date": day}).content
    assert len(entries()) == len(before) + 1


# --- what a hit sends -----------------------------------------------------------------------


@CACHED
def test_a_hit_skips_sessions_and_the_rest_but_editors_never_get_one(client, editor):
    services.reference_load()
    real = SessionMiddleware.process_request
    with mock.patch.object(
        SessionMiddleware, "process_request", autospec=True, side_effect=real
    ) as sessions:
        client.get("/map/")  # built: through every middleware
        built = sessions.call_count
        assert built == 1
        for _ in range(3):
            assert client.get("/map/").status_code == 200
        assert sessions.call_count == built  # served before the session was looked at
        client.force_login(editor)
        assert client.get("/map/").status_code == 200
        assert sessions.call_count == built + 1  # an editor: built for him, not served


@CACHED
def test_a_hit_carries_the_headers_of_the_built_page(client):
    services.reference_load()
    for url in ("/", "/timeline/?status=signed", "/exports/countries.json", "/countries/AE/"):
        built = client.get(url)
        hit = client.get(url)
        assert built.status_code == hit.status_code == 200

        def headers(response):
            return {
                name: re.sub(r"'nonce-[^']+'", "'nonce'", value)
                for name, value in response.items()
                if name != "Content-Length"
            }

        assert headers(hit) == headers(built), url
        assert int(hit["Content-Length"]) == len(hit.content)
        assert hit["Content-Security-Policy"] != built["Content-Security-Policy"]  # own nonce
        assert set(hit.cookies) == set(built.cookies), url
        for name in hit.cookies:
            assert dict(hit.cookies[name]).keys() == dict(built.cookies[name]).keys()


@CACHED
def test_a_hit_uses_the_readers_own_csrf_cookie_or_gives_it_one():
    services.reference_load()
    Client().get("/")  # cached
    token = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')
    secret = "A" * 16 + "b" * 16
    for cookie, kept in ((secret, True), ("x" * 10, False), ("!" * 32, False), ("", False)):
        reader = Client()
        if cookie:
            reader.cookies["csrftoken"] = cookie
        page = reader.get("/")
        sent = page.cookies["csrftoken"].value
        assert (sent == secret) == kept
        assert len(sent) == 32 and sent.isalnum()
        assert _unmask_cipher_token(token.search(page.content).group(1).decode()) == sent
        assert page.cookies["csrftoken"]["samesite"] == "Lax"


@CACHED
def test_an_anonymous_reader_with_a_stale_session_cookie_gets_the_page_built(client):
    services.reference_load()
    cached = client.get("/countries/AE/")
    client.cookies["sessionid"] = "no-such-session"
    page = client.get("/countries/AE/")
    assert page.status_code == 200 and shown(page.content) == shown(cached.content)
    assert page.cookies["sessionid"].value == ""  # the stale cookie is deleted
