import os
import subprocess
import sys

import pytest


def settings_in_subprocess(**env):
    code = "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='accords.settings'; django.setup(); " \
           "from django.conf import settings; print(settings.DATABASES['default']['ENGINE'], settings.CELERY_BROKER_URL)"
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DEBUG", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "CELERY_BROKER_URL")}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={**clean, **env}, timeout=60)


def test_with_no_variables_it_runs_on_sqlite_and_the_filesystem_broker():
    result = settings_in_subprocess()
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["django.db.backends.sqlite3", "filesystem://"]


def test_database_and_broker_urls_switch_to_real_servers():
    result = settings_in_subprocess(DATABASE_URL="postgres://u@db.internal:5432/accords",
                                    CELERY_BROKER_URL="redis://cache.internal:6379/0")
    assert result.stdout.split() == ["django.db.backends.postgresql", "redis://cache.internal:6379/0"]


@pytest.mark.parametrize("env, message", [
    ({"DEBUG": "False"}, "SECRET_KEY"),
    ({"DEBUG": "False", "SECRET_KEY": "x" * 50}, "ALLOWED_HOSTS"),
    ({"DEBUG": "flase"}, "DEBUG must be True or False"),
])
def test_production_mode_refuses_to_start_half_configured(env, message):
    result = settings_in_subprocess(**env)
    assert result.returncode != 0
    assert message in result.stderr


def test_production_mode_starts_when_configured():
    result = settings_in_subprocess(DEBUG="False", SECRET_KEY="k" * 50, ALLOWED_HOSTS="tracker.example.org")
    assert result.returncode == 0, result.stderr
