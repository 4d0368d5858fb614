"""The deployment files: the Procfile runs the production stack (gunicorn, a Celery worker, beat)
under honcho, on this run's database and broker (PostgreSQL and Redis in the second suite); the
systemd units restart every process; gunicorn recycles its workers."""

import http.client
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

from accords import services
from accords.models import Article
from tests.conftest import require_service, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        response = conn.getresponse()
        return response.status, response.read().decode()
    finally:
        conn.close()


def test_the_procfile_runs_web_worker_and_beat_with_production_settings(
    worker_env, seed_text, tmp_path
):
    if settings.CELERY_BROKER_URL.startswith("redis://"):
        require_service("Redis", "127.0.0.1", 6379)
    procfile = (Path(settings.BASE_DIR) / "Procfile").read_text()
    assert {line.split(":")[0] for line in procfile.splitlines() if line} == {
        "web",
        "worker",
        "beat",
    }
    # The Procfile names the project's virtualenv; run it with the interpreter running the tests.
    local = tmp_path / "Procfile"
    local.write_text(procfile.replace(".venv/bin/", str(Path(sys.executable).parent) + "/"))
    port = free_port()
    env = {
        **worker_env,
        "DEBUG": "False",
        "SECRET_KEY": "s" * 40 + "-deployment-test",
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "False",
        "PORT": str(port),
        "WEB_CONCURRENCY": "2",
        "WORKER_CONCURRENCY": "1",
        "VAR_DIR": str(tmp_path / "var"),
        # collectstatic is a deployment step of its own; serve the files as they are here.
        "STATICFILES_BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    }
    if settings.CELERY_BROKER_URL.startswith("filesystem://"):
        env["VAR_DIR"] = str(settings.VAR_DIR)  # the worker must read this run's queue folder
    log = open(tmp_path / "honcho.log", "wb")
    honcho = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "honcho"),
            "-f",
            str(local),
            "-d",
            str(settings.BASE_DIR),
            "start",
        ],
        env=env,
        cwd=settings.BASE_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:

        def web_answers():
            try:
                return get(port, "/")[0] == 200
            except OSError:
                return False

        wait_for(web_answers, timeout=60, message=f"gunicorn (log: {log.name})")
        status, html = get(port, "/countries/KZ/")
        assert status == 200 and "Kazakhstan" in html
        status, _ = get(port, "/admin/")
        assert status == 302

        article, _ = services.article_submit_text(text=seed_text, language="id")

        def processed():
            article.refresh_from_db()
            return article.state in Article.TERMINAL_STATES

        wait_for(processed, timeout=90, message=f"the Procfile's worker (log: {log.name})")
        assert article.state == Article.State.EXTRACTED, article.error
        wait_for(
            lambda: b"beat: Starting" in Path(log.name).read_bytes(), timeout=30, message="beat"
        )
    finally:
        os.killpg(honcho.pid, signal.SIGTERM)
        try:
            honcho.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(honcho.pid, signal.SIGKILL)
            honcho.wait()
    output = Path(log.name).read_text(errors="replace")
    assert "Booting worker" in output  # gunicorn, from gunicorn.conf.py


DEPLOY = Path(settings.BASE_DIR) / "deploy"


UNITS = [
    "accords-web.service",
    "accords-worker.service",
    "accords-beat.service",
    "accords-cache.service",
]


def test_every_process_has_a_systemd_unit_that_restarts_it():
    import configparser

    for name in UNITS:
        unit = configparser.ConfigParser(strict=False, interpolation=None)
        unit.optionxform = str
        unit.read(DEPLOY / name)
        assert unit["Service"]["Restart"] == "always", name
        assert int(unit["Service"]["RestartSec"]) <= 5, name
        assert unit["Install"]["WantedBy"] == "accords.target", name
    target = (DEPLOY / "accords.target").read_text()
    assert all(name in target for name in UNITS)


def test_the_systemd_units_pass_systemd_analyze_verify(tmp_path):
    import shutil

    analyze = shutil.which("systemd-analyze")
    if not analyze:
        pytest.skip("systemd-analyze is not installed")
    base = str(settings.BASE_DIR)
    replacements = {
        "/srv/accords": base,
        "/etc/accords/env": f"{base}/deploy/env.example",
        "/etc/accords/redis-cache.conf": f"{base}/deploy/redis-cache.conf",
    }
    for name in [*UNITS, "accords.target"]:
        text = (DEPLOY / name).read_text()
        for old, new in replacements.items():
            text = text.replace(old, new)
        (tmp_path / name).write_text(text)
    if not (Path(base) / ".venv" / "bin" / "gunicorn").exists():
        pytest.skip("the virtualenv has no gunicorn")
    result = subprocess.run(
        [analyze, "verify", *[str(tmp_path / n) for n in UNITS], str(tmp_path / "accords.target")],
        capture_output=True,
        text=True,
    )
    complaints = [
        line
        for line in (result.stdout + result.stderr).splitlines()
        if str(tmp_path) in line or "accords" in line
    ]
    assert result.returncode == 0 and not complaints, result.stdout + result.stderr


def test_gunicorn_workers_are_recycled_at_spread_out_moments():
    import runpy

    conf = runpy.run_path(str(Path(settings.BASE_DIR) / "gunicorn.conf.py"))
    assert conf["max_requests_jitter"] >= conf["max_requests"] / 2


def test_gunicorn_uses_sync_workers_unless_threads_are_asked_for(monkeypatch):
    import runpy

    path = str(Path(settings.BASE_DIR) / "gunicorn.conf.py")
    monkeypatch.delenv("GUNICORN_THREADS", raising=False)
    monkeypatch.setenv("WEB_CONCURRENCY", "3")
    conf = runpy.run_path(path)
    assert (conf["worker_class"], conf["threads"], conf["workers"]) == ("sync", 1, 3)
    monkeypatch.setenv("GUNICORN_THREADS", "4")
    conf = runpy.run_path(path)
    assert (conf["worker_class"], conf["threads"]) == ("gthread", 4)
