import functools
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).parent / "fixtures"
REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


@functools.cache
def vendored_topology():
    """The world map's shapes as the site serves them (static/vendor/topojson)."""
    return json.loads((ROOT / "static" / "vendor" / "topojson" / "world_50m.json").read_text())


@pytest.fixture(autouse=True)
def _celery_eager(request):
    """Unit tests run tasks inline; tests marked `worker` use a real worker process."""
    from accords.celery import app

    # The app reads Django settings with the CELERY_ namespace, so set the namespaced key.
    previous = app.conf.task_always_eager
    app.conf.CELERY_TASK_ALWAYS_EAGER = "worker" not in request.keywords
    yield
    app.conf.CELERY_TASK_ALWAYS_EAGER = previous


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Built pages and regions are keyed by the data's version, which a new test may repeat."""
    from django.core.cache import caches

    from accords import pagecache

    caches["pages"].clear()
    pagecache.forget_local_pages()
    yield
    caches["pages"].clear()
    pagecache.forget_local_pages()


@pytest.fixture(autouse=True)
def _base_data(request):
    """A transactional test empties every table when it ends; put the migrated rows back."""
    marker = request.node.get_closest_marker("django_db")
    transactional = (marker and marker.kwargs.get("transaction")) or any(
        name in request.fixturenames for name in ("transactional_db", "live_server")
    )
    if transactional:
        from django.contrib.auth.models import Permission

        request.getfixturevalue("transactional_db")
        from accords import base_data
        from accords.models import Country

        base_data.load_countries(Country)
        base_data.load_entities(Country)
        base_data.create_editors_group(Group, Permission)


@pytest.fixture
def seed_text():
    return (FIXTURES / "seed_id_kazakhstan.txt").read_text(encoding="utf-8")


# --- the cast of users ----------------------------------------------------------------------
# Readers are anonymous.  Every test that needs someone signed in takes one of these.


@pytest.fixture
def editor(django_user_model):
    """In the Editors group: decides proposals and items."""
    user = django_user_model.objects.create_user("erin", password="pw-erin-12345", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def second_editor(django_user_model):
    """Another editor, for two decisions at once."""
    user = django_user_model.objects.create_user("eve", password="pw-eve-12345", is_staff=True)
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def staff(django_user_model):
    """Staff, but not an editor: may log in to the admin, may not decide."""
    return django_user_model.objects.create_user("sam", password="pw-sam-12345", is_staff=True)


@pytest.fixture
def viewer(django_user_model):
    """Staff allowed to view every accords table in the admin, and to change nothing."""
    from django.contrib.auth.models import Permission

    user = django_user_model.objects.create_user("vic", password="pw-vic-12345", is_staff=True)
    user.user_permissions.add(
        *Permission.objects.filter(content_type__app_label="accords", codename__startswith="view_")
    )
    return user


@pytest.fixture
def superuser(django_user_model):
    """May do everything, including managing users, feeds and reference data."""
    return django_user_model.objects.create_superuser("root", password="pw-root-12345")


def _reachable(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def require_service(name, host, port):
    if _reachable(host, port):
        return
    message = f"{name} is not reachable at {host}:{port}"
    if REQUIRE_SERVICES:
        pytest.fail(message + " and REQUIRE_SERVICES=1", pytrace=False)
    pytest.skip(message)


@pytest.fixture(scope="session")
def worker_env(django_db_setup):
    """Environment for a worker process that shares this test run's database and broker."""
    db = settings.DATABASES["default"]
    env = dict(os.environ)
    if db["ENGINE"].endswith("sqlite3"):
        env["DATABASE_URL"] = f"sqlite:///{db['NAME']}"
    else:
        env["DATABASE_URL"] = (
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        )
    env["CELERY_BROKER_URL"] = settings.CELERY_BROKER_URL
    env["DJANGO_SETTINGS_MODULE"] = "accords.settings"
    env.pop("CELERY_TASK_ALWAYS_EAGER", None)
    return env


def start_worker(env, *, name, concurrency=1, log_path=None):
    log = open(log_path or Path(settings.VAR_DIR) / f"worker-{name}.log", "wb")
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "accords",
            "worker",
            "-l",
            "info",
            "--concurrency",
            str(concurrency),
            "--pool",
            "prefork",
            "-n",
            f"{name}@%h",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        cwd=settings.BASE_DIR,
    )
    process.log_path = log.name
    return process


def stop_worker(process):
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@pytest.fixture
def celery_worker(worker_env):
    """A real Celery worker process on the configured broker, for the duration of a test."""
    broker = settings.CELERY_BROKER_URL
    if broker.startswith("redis://"):
        require_service("Redis", "127.0.0.1", 6379)
    elif broker.startswith("amqp://"):
        require_service("RabbitMQ", "127.0.0.1", 5672)
    process = start_worker(worker_env, name="test")
    yield process
    stop_worker(process)


def wait_for(predicate, timeout=60.0, interval=0.2, message="condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(interval)
    raise AssertionError(f"Timed out after {timeout:.0f} s waiting for {message}")


# --- browser tests -------------------------------------------------------------------------

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="session")
def browser():
    """Debian's headless Chromium driven by Playwright (which never downloads a browser here)."""
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        if REQUIRE_SERVICES:
            pytest.fail("chromium is required (apt-get install chromium)", pytrace=False)
        pytest.skip("chromium is not installed")
    # Playwright's sync API runs an event loop in this thread; Django's ORM calls from the
    # test body are still synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def page(request, browser, live_server):
    """A fresh browser page on the test server; fails the test on any request to another origin.

    A screenshot of the last state is kept in test-artifacts/<test name>.png.
    """
    context = browser.new_context(base_url=live_server.url, locale="en-US")
    page = context.new_page()
    foreign = []

    def watch(req):
        if not req.url.startswith((live_server.url, "data:", "blob:", "about:")):
            foreign.append(req.url)

    page.on("request", watch)
    page.set_default_timeout(15000)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    name = request.node.name.replace("/", "_")[:120]
    try:
        page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    except Exception:  # a crashed page must not hide the test's own failure
        pass
    context.close()
    assert not foreign, f"requests left the site: {foreign}"
