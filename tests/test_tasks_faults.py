"""Faults against real services: killed workers, a broker that is down, dropped database
connections and racing submissions.

These run on both suites: SQLite + the filesystem broker, then PostgreSQL + Redis (in CI, where
REQUIRE_SERVICES=1 makes a missing service a failure).  The one test that needs PostgreSQL says
so in its skip.
"""

import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.utils import timezone

from accords import services
from accords.extraction import extract
from accords.models import Article, ProposedChange
from tests.conftest import require_service, start_worker, stop_worker, wait_for

pytestmark = [pytest.mark.worker, pytest.mark.django_db(transaction=True)]

LEASE_SECONDS = 2  # the workers in these tests hold an article this long


def require_broker():
    broker = settings.CELERY_BROKER_URL
    if broker.startswith("redis://"):
        require_service("Redis", "127.0.0.1", 6379)
    elif broker.startswith("amqp://"):
        require_service("RabbitMQ", "127.0.0.1", 5672)


def closed_port():
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fault_worker(env, tmp_path, *, stall, seconds, name, extra=None):
    """Start tests/fault_worker.py in its own process group, so SIGKILL takes the whole pool."""
    marker = tmp_path / f"{name}.stalled"
    log = open(tmp_path / f"{name}.log", "wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.fault_worker",
            "-l",
            "info",
            "--concurrency",
            "1",
            "--pool",
            "prefork",
            "-n",
            f"{name}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        env={
            **env,
            "FAULT_STALL": stall,
            "FAULT_STALL_SECONDS": str(seconds),
            "FAULT_MARKER": str(marker),
            "ARTICLE_LEASE_SECONDS": str(LEASE_SECONDS),
            **(extra or {}),
        },
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=settings.BASE_DIR,
        start_new_session=True,
    )
    process.marker, process.log_path = marker, log.name
    return process


def kill_group(process):
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=10)


def lease_released(article):
    return article.lease_until is None or article.lease_until < timezone.now()


def refreshed(article):
    article.refresh_from_db()
    return article


def expected_claim_keys(article):
    result = extract(article.text, language=article.language, published=article.published)
    return {f"{c.country}:{c.status}:{c.date or ''}" for c in result.claims}


@pytest.mark.parametrize("stall", ["extract", "propose"])
def test_a_worker_killed_mid_article_loses_nothing_and_duplicates_nothing(
    stall, worker_env, seed_text, tmp_path
):
    """SIGKILL lands while the article is held (before the claims, or after the proposals were
    written but before the article was marked done); a restarted worker and the sweep finish it
    exactly once."""
    require_broker()
    first = fault_worker(worker_env, tmp_path, stall=stall, seconds=120, name=f"doomed-{stall}")
    try:
        article, created = services.article_submit_text(text=seed_text, language="id")
        assert created
        wait_for(
            first.marker.exists,
            timeout=60,
            message=f"the worker to reach {stall} (log: {first.log_path})",
        )
        held = refreshed(article)
        assert held.lease_until is not None and held.attempts == 1
        if stall == "propose":
            assert ProposedChange.objects.filter(article=article).exists()
        assert held.state == Article.State.CLEANED
    finally:
        kill_group(first)

    restarted = start_worker(
        {**worker_env, "ARTICLE_LEASE_SECONDS": str(LEASE_SECONDS)}, name=f"restarted-{stall}"
    )
    try:
        # The dead worker's lease must run out before anyone may take the article over; then
        # the sweep (run by beat every five minutes) sends it again.
        # RabbitMQ hands the dead worker's message back at once, so the restarted worker may
        # already have finished (and released) the article; elsewhere only the sweep brings it.
        wait_for(
            lambda: lease_released(refreshed(article)),
            timeout=30,
            message="the dead worker's lease to expire",
        )
        if refreshed(article).state not in Article.TERMINAL_STATES:
            assert services.articles_resend_stuck(older_than_seconds=0) == 1
        wait_for(
            lambda: refreshed(article).state in Article.TERMINAL_STATES,
            timeout=60,
            message=f"the restarted worker (log: {restarted.log_path})",
        )
    finally:
        stop_worker(restarted)

    assert article.state == Article.State.EXTRACTED, article.error
    assert article.attempts == 2  # the killed run and the one that finished
    keys = list(ProposedChange.objects.filter(article=article).values_list("claim_key", flat=True))
    assert len(keys) == len(set(keys))
    assert set(keys) == expected_claim_keys(article)
    assert "KZ:announced" in {key.rsplit(":", 1)[0] for key in keys}
    assert Article.objects.count() == 1

    # The killed delivery may come back later (Redis restores unacknowledged messages after
    # its visibility timeout): it must change nothing.
    assert services.article_process(article_id=article.pk) == "done"
    assert ProposedChange.objects.filter(article=article).count() == len(keys)


def submit_in_subprocess(env, *, editor_id, text):
    """Submit pasted text through the admin's form in a separate process, as an editor would,
    and report the messages the editor was shown."""
    code = """
import json, os, sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.test import Client
client = Client()
client.force_login(get_user_model().objects.get(pk=int(sys.argv[1])))
response = client.post("/admin/accords/article/submit/", {"text": sys.stdin.read(), "language": "id"})
print(json.dumps({"status": response.status_code, "location": response.get("Location", ""),
                  "messages": [str(m) for m in get_messages(response.wsgi_request)]}))
"""
    result = subprocess.run(
        [sys.executable, "-c", code, str(editor_id)],
        input=text,
        capture_output=True,
        text=True,
        env=env,
        timeout=90,
        cwd=settings.BASE_DIR,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1]), result.stderr


def test_with_the_broker_down_a_submission_is_saved_queued_and_resent_by_the_sweep(
    worker_env, editor, seed_text
):
    require_broker()
    down = {**worker_env, "CELERY_BROKER_URL": f"redis://127.0.0.1:{closed_port()}/0"}
    answer, log = submit_in_subprocess(down, editor_id=editor.pk, text=seed_text)

    article = Article.objects.get()
    assert answer["status"] == 302 and answer["location"].endswith(f"/{article.pk}/desk/")
    assert any("queued" in message.lower() for message in answer["messages"]), answer
    assert "the sweep will retry" in log  # the failed send was noticed and logged
    assert article.state == Article.State.QUEUED and article.submitted_by == editor

    # The broker is back (this run's broker) with a worker on it: nothing arrives until the
    # sweep sends the article again.
    worker = start_worker(
        {**worker_env, "ARTICLE_LEASE_SECONDS": str(LEASE_SECONDS)}, name="after-outage"
    )
    try:
        assert services.articles_resend_stuck(older_than_seconds=0) == 1
        wait_for(
            lambda: refreshed(article).state in Article.TERMINAL_STATES,
            timeout=60,
            message=f"the worker (log: {worker.log_path})",
        )
    finally:
        stop_worker(worker)
    assert article.state == Article.State.EXTRACTED, article.error
    assert article.attempts == 1
    assert ProposedChange.objects.filter(article=article, country__iso2="KZ").exists()


def test_a_task_whose_database_connection_is_dropped_retries_and_finishes(
    worker_env, seed_text, tmp_path
):
    if connection.vendor != "postgresql":
        pytest.skip("SQLite has no server connection to drop; this runs on the PostgreSQL suite")
    require_broker()
    worker = fault_worker(worker_env, tmp_path, stall="extract", seconds=3, name="dropped")
    try:
        article, _ = services.article_submit_text(text=seed_text, language="id")
        wait_for(
            worker.marker.exists,
            timeout=60,
            message=f"the worker to hold the article (log: {worker.log_path})",
        )
        with connection.cursor() as cursor:
            # Every other session on the test database is the worker's.
            cursor.execute(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
            assert cursor.fetchone()[0] >= 1
        # The task retries after its first back-off (10 s) on a fresh connection.
        wait_for(
            lambda: refreshed(article).state in Article.TERMINAL_STATES,
            timeout=60,
            message=f"the retry (log: {worker.log_path})",
        )
    finally:
        stop_worker(worker)
    assert article.state == Article.State.EXTRACTED, article.error
    assert article.error == ""
    assert article.attempts == 2
    log = Path(worker.log_path).read_text(errors="replace")
    assert "Retry in 10s" in log
    keys = list(ProposedChange.objects.filter(article=article).values_list("claim_key", flat=True))
    assert keys and len(keys) == len(set(keys))


RACE = """
import json, os, sys, time
import django
django.setup()
from accords import services
kind, value, start = sys.argv[1], sys.stdin.read(), float(sys.argv[2])
time.sleep(max(0.0, start - time.time()))
if kind == "url":
    article, created = services.article_submit_url(url=value)
else:
    article, created = services.article_submit_text(text=value)
print(json.dumps({"id": article.pk, "created": created, "state": article.state}))
"""


@pytest.mark.parametrize("kind", ["url", "text"])
def test_the_same_submission_from_two_processes_at_once_is_one_article(kind, worker_env, seed_text):
    value = (
        "https://news.example.org/2025/11/kazakhstan-accords?utm_source=x"
        if kind == "url"
        else seed_text
    )
    # No broker: the race is about the database; the sends fail softly and are logged.
    env = {**worker_env, "CELERY_BROKER_URL": f"redis://127.0.0.1:{closed_port()}/0"}
    start = time.time() + 4  # both processes are loaded by then and submit together
    racers = [
        subprocess.Popen(
            [sys.executable, "-c", RACE, kind, str(start)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
            cwd=settings.BASE_DIR,
        )
        for _ in range(2)
    ]
    answers = []
    for racer in racers:
        out, err = racer.communicate(value, timeout=90)
        assert racer.returncode == 0, err
        answers.append(json.loads(out.strip().splitlines()[-1]))

    assert Article.objects.count() == 1
    article = Article.objects.get()
    assert {answer["id"] for answer in answers} == {article.pk}
    assert sorted(answer["created"] for answer in answers) == [False, True]
    assert article.state == Article.State.QUEUED


# --- Bounded tasks ----------------------------------------------------------------------------


def test_an_article_over_the_time_limit_fails_with_a_reason_and_the_next_one_goes_through(
    worker_env, seed_text, tmp_path
):
    """One slow article must not stop the pipeline: it is stopped at the soft limit, recorded
    as failed, and the same single worker then extracts a normal article within seconds."""
    require_broker()
    worker = fault_worker(
        worker_env,
        tmp_path,
        stall="extract",
        seconds=600,
        name="slow",
        extra={"ARTICLE_SOFT_TIME_LIMIT": "3", "ARTICLE_TIME_LIMIT": "30", "FAULT_EVERY_TIME": "1"},
    )
    try:
        slow, _ = services.article_submit_text(text=seed_text, language="id")
        wait_for(
            worker.marker.exists,
            timeout=60,
            message=f"the worker to start the article (log: {worker.log_path})",
        )
        wait_for(
            lambda: refreshed(slow).state in Article.TERMINAL_STATES,
            timeout=20,
            message=f"the time limit (log: {worker.log_path})",
        )
        assert slow.state == Article.State.FAILED
        assert slow.error.startswith("Failed: took too long"), slow.error
        assert slow.lease_until is None
    finally:
        stop_worker(worker)
    # The same pool, no stall now: a normal article goes through at once.
    worker = fault_worker(
        worker_env,
        tmp_path,
        stall="propose",
        seconds=0,
        name="after-slow",
        extra={"ARTICLE_SOFT_TIME_LIMIT": "3", "ARTICLE_TIME_LIMIT": "30"},
    )
    try:
        normal, _ = services.article_submit_text(
            text=seed_text + "\n\nSatu paragraf lagi.", language="id"
        )
        started = time.monotonic()
        wait_for(
            lambda: refreshed(normal).state in Article.TERMINAL_STATES,
            timeout=30,
            message=f"the normal article (log: {worker.log_path})",
        )
        assert normal.state == Article.State.EXTRACTED, normal.error
        assert time.monotonic() - started < 10
        # The failed article is not tried again by the sweep.
        assert services.articles_resend_stuck(older_than_seconds=0) == 0
    finally:
        stop_worker(worker)


def test_a_time_limit_swallowed_inside_the_parser_still_fails_the_article(
    worker_env, seed_text, tmp_path
):
    """The parser catches every exception and returns no claims; the time limit's exception
    raised inside it must not turn into an article "extracted" with nothing in it."""
    require_broker()
    worker = fault_worker(
        worker_env,
        tmp_path,
        stall="extract",
        seconds=600,
        name="swallow",
        extra={"ARTICLE_SOFT_TIME_LIMIT": "3", "ARTICLE_TIME_LIMIT": "30", "FAULT_SWALLOW": "1"},
    )
    try:
        article, _ = services.article_submit_text(text=seed_text, language="id")
        wait_for(
            lambda: refreshed(article).state in Article.TERMINAL_STATES,
            timeout=60,
            message=f"the time limit (log: {worker.log_path})",
        )
    finally:
        stop_worker(worker)
    assert article.state == Article.State.FAILED
    assert article.error.startswith("Failed: took too long"), article.error
    assert not ProposedChange.objects.filter(article=article).exists()


def test_a_run_that_ignores_the_soft_limit_is_killed_and_the_article_failed_after_two_cuts(
    worker_env, seed_text, tmp_path
):
    """A computation that never returns to Python ignores the soft limit; the hard limit kills
    the pool process.  The article is not handed out forever: after two runs cut off that way
    it is failed with a reason."""
    require_broker()
    worker = fault_worker(
        worker_env,
        tmp_path,
        stall="extract",
        seconds=600,
        name="stubborn",
        extra={
            "ARTICLE_SOFT_TIME_LIMIT": "2",
            "ARTICLE_TIME_LIMIT": "4",
            "FAULT_EVERY_TIME": "1",
            "FAULT_STUBBORN": "1",
        },
    )
    try:
        article, _ = services.article_submit_text(text=seed_text, language="id")
        for run in (1, 2):
            wait_for(
                lambda run=run: worker.marker.exists()
                and len(worker.marker.read_text().splitlines()) == run,
                timeout=120,
                message=f"run {run} (log: {worker.log_path})",
            )
            wait_for(
                lambda: refreshed(article).lease_until < timezone.now(),
                timeout=30,
                message="the killed run's lease to expire",
            )
            assert article.state == Article.State.CLEANED
            assert article.error.startswith("In progress"), article.error
            wait_for(
                lambda: services.articles_resend_stuck(older_than_seconds=0) == 1,
                timeout=10,
                message="the sweep to resend",
            )
        wait_for(
            lambda: refreshed(article).state in Article.TERMINAL_STATES,
            timeout=30,
            message=f"the third delivery (log: {worker.log_path})",
        )
    finally:
        stop_worker(worker)
    assert article.state == Article.State.FAILED
    assert article.error.startswith("Failed: took too long. 2 runs were cut off"), article.error
    assert len(worker.marker.read_text().splitlines()) == 2  # never a third slow run
    assert "TimeLimitExceeded" in Path(worker.log_path).read_text(errors="replace")


def test_a_busy_worker_renews_its_lease_so_the_sweep_leaves_the_article_alone(
    worker_env, seed_text, tmp_path
):
    require_broker()
    worker = fault_worker(worker_env, tmp_path, stall="extract", seconds=8, name="busy")
    try:
        article, _ = services.article_submit_text(text=seed_text, language="id")
        wait_for(
            worker.marker.exists,
            timeout=60,
            message=f"the worker to hold the article (log: {worker.log_path})",
        )
        time.sleep(3 * LEASE_SECONDS)  # well past the first lease
        assert refreshed(article).lease_until > timezone.now()
        assert services.articles_resend_stuck(older_than_seconds=0) == 0
        wait_for(
            lambda: refreshed(article).state in Article.TERMINAL_STATES,
            timeout=60,
            message=f"the worker to finish (log: {worker.log_path})",
        )
    finally:
        stop_worker(worker)
    assert article.state == Article.State.EXTRACTED, article.error
    assert article.attempts == 1
