import os
import subprocess
import sys

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse


def settings_in_subprocess(**env):
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='accords.settings'; django.setup(); "
        "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'], settings.CELERY_BROKER_URL)"
    )
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "CELERY_BROKER_URL")
    }
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
    )


def test_with_no_variables_it_runs_on_sqlite_and_the_filesystem_broker():
    result = settings_in_subprocess()
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "filesystem://"]


def test_database_and_broker_urls_switch_to_real_servers():
    result = settings_in_subprocess(
        DATABASE_URL="postgres://u@db.internal:5432/accords",
        CELERY_BROKER_URL="redis://cache.internal:6379/0",
    )
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "redis://cache.internal:6379/0",
    ]


@pytest.mark.parametrize(
    "env, message",
    [
        ({"DEBUG": "False"}, "SECRET_KEY"),
        ({"DEBUG": "False", "SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
        ({"DEBUG": "flase"}, "DEBUG must be True or False"),
    ],
)
def test_production_mode_refuses_to_start_half_configured(env, message):
    result = settings_in_subprocess(**env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_mode_starts_when_configured():
    result = settings_in_subprocess(
        DEBUG="False", SECRET_KEY="k" * 50, ALLOWED_HOSTS="tracker.example.org"
    )
    assert result.returncode == 0, result.stderr


# --- database connections ---------------------------------------------------------------------


@pytest.mark.django_db(transaction=True)
def test_a_kept_database_connection_that_was_dropped_is_replaced_before_the_next_request(settings):
    """CONN_MAX_AGE keeps connections between requests; if the server drops one, the next
    request used to fail with a 500.  With health checks it gets a fresh connection."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no server connection to drop; this runs on the PostgreSQL suite")
    from django.db import close_old_connections, connections

    connections["default"].settings_dict["CONN_MAX_AGE"] = 600
    connection.close()  # the next connection is made with the new age
    try:
        client = Client()
        assert client.get(reverse("country", args=["KZ"])).status_code == 200
        assert connection.connection is not None  # kept after the request
        pid = connection.connection.info.backend_pid
        other = connections.create_connection("default")
        with other.cursor() as cursor:
            cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
        other.close()
        # What every request starts with in a server (the test client leaves it out).
        close_old_connections()
        assert client.get(reverse("country", args=["KZ"])).status_code == 200
    finally:
        connections["default"].settings_dict["CONN_MAX_AGE"] = 0
        connection.close()
