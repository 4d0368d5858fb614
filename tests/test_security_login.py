"""Failed-login limits behind the TLS proxy: every request arrives from the proxy's address,
so the limits must count the client's own address (X-Forwarded-For, as many entries from the
right as there are trusted proxies) or one client locks out every editor."""

import pytest
from django.core.cache import cache
from django.test import Client, RequestFactory, override_settings
from django.urls import reverse

from accords.security import client_address

pytestmark = pytest.mark.django_db
PROXY = "127.0.0.1"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


def log_in_via_proxy(username, password, forwarded):
    client = Client()
    client.post(
        reverse("admin:login"),
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=PROXY,
        HTTP_X_FORWARDED_FOR=forwarded,
    )
    return "_auth_user_id" in client.session


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_many_failed_names_from_one_client_behind_the_proxy_do_not_lock_out_the_editors(editor):
    for number in range(40):  # random names, and a forged first entry each time
        assert not log_in_via_proxy(f"nobody{number}", "guess", f"10.9.8.{number}, 203.0.113.5")
    # The client that tried is locked out, whatever it forges ...
    assert not log_in_via_proxy("erin", "pw-erin-12345", "198.51.100.7, 203.0.113.5")
    # ... and an editor anywhere else is not.
    assert log_in_via_proxy("erin", "pw-erin-12345", "198.51.100.7")


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_guessing_one_editors_password_locks_that_name_for_that_client(editor):
    for _ in range(5):
        assert not log_in_via_proxy("erin", "wrong", "203.0.113.5")
    assert not log_in_via_proxy("erin", "pw-erin-12345", "203.0.113.5")
    assert log_in_via_proxy("erin", "pw-erin-12345", "198.51.100.7")


@override_settings(TRUSTED_PROXY_COUNT=1, LOGIN_FAILURES_PER_ACCOUNT=12)
def test_guessing_one_account_from_many_addresses_locks_the_account(editor, second_editor):
    for number in range(12):
        assert not log_in_via_proxy("erin", "wrong", f"203.0.113.{number + 1}")
    assert not log_in_via_proxy("erin", "pw-erin-12345", "198.51.100.7")
    assert log_in_via_proxy("eve", "pw-eve-12345", "198.51.100.7")  # other accounts are open


@pytest.mark.parametrize(
    ("proxies", "forwarded", "expected"),
    [
        (0, "203.0.113.5", PROXY),  # no proxy trusted: the header is the client's own words
        (1, "203.0.113.5", "203.0.113.5"),
        (1, "6.6.6.6, 203.0.113.5", "203.0.113.5"),
        (2, "6.6.6.6, 203.0.113.5, 10.0.0.2", "203.0.113.5"),
        (2, "203.0.113.5", PROXY),  # fewer entries than proxies: not through our proxies
        (1, "not-an-address", PROXY),
        (1, "", PROXY),
        (1, "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_address_comes_from_the_trusted_end_of_the_header(proxies, forwarded, expected):
    request = RequestFactory().get("/", REMOTE_ADDR=PROXY, HTTP_X_FORWARDED_FOR=forwarded)
    with override_settings(TRUSTED_PROXY_COUNT=proxies):
        assert client_address(request) == expected


def test_production_trusts_one_proxy_and_development_none():
    import os
    import subprocess
    import sys

    from django.conf import settings

    code = (
        "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', "
        "'accords.settings'); django.setup(); from django.conf import settings; "
        "print(settings.TRUSTED_PROXY_COUNT)"
    )
    base = {k: v for k, v in os.environ.items() if k not in ("DEBUG", "TRUSTED_PROXY_COUNT")}
    prod = {**base, "DEBUG": "False", "SECRET_KEY": "s" * 40, "ALLOWED_HOSTS": "example.org"}
    for env, expected in ((base, "0"), (prod, "1")):
        out = subprocess.run(
            [sys.executable, "-c", code],
            env=env,
            capture_output=True,
            text=True,
            cwd=settings.BASE_DIR,
        )
        assert out.stdout.strip() == expected, out.stderr
