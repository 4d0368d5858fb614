"""Settings for the Accords tracker, read from environment variables.

With no variable set the site runs on its embedded defaults: SQLite in the
project folder and Celery on kombu's ``filesystem://`` transport under
``var/``, so a newcomer needs no server.  Production deployments set
``DEBUG=False``, ``SECRET_KEY``, ``ALLOWED_HOSTS``, ``DATABASE_URL`` and
``CELERY_BROKER_URL`` (see the configuration table in docs/operating.md).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("VAR_DIR", BASE_DIR / "var"))


def envbool(name, default):
    """True/False only: a typo such as DEBUG=flase must not silently mean True."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value in ("True", "true", "1"):
        return True
    if value in ("False", "false", "0"):
        return False
    raise ImproperlyConfigured(f"{name} must be True or False, not {value!r}")


def envint(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def envlist(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = envbool("DEBUG", True)

SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = envlist("ALLOWED_HOSTS")
if DEBUG:
    SECRET_KEY = SECRET_KEY or "dev-only-insecure-key-do-not-use-in-production"
    ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", "[::1]", "testserver"]
else:
    if len(SECRET_KEY) < 32:
        raise ImproperlyConfigured("DEBUG=False needs SECRET_KEY (at least 32 characters).")
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("DEBUG=False needs ALLOWED_HOSTS (comma-separated host names).")
CSRF_TRUSTED_ORIGINS = envlist("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "accords",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "accords.security.RefuseNulMiddleware",
    "accords.security.RequestTooLargeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before everything a cached page for an anonymous reader does not need (accords/pagecache.py).
    "accords.pagecache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "accords.security.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "accords.urls"
WSGI_APPLICATION = "accords.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accords.security.csp",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=envint("CONN_MAX_AGE", 0),
        # A kept connection the server dropped (restart, failover) is noticed and replaced at
        # the start of the next request instead of failing it.
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker write to the same file: wait for the lock
    # instead of failing, and take the write lock when a transaction starts.
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # A file, not memory, so that a real worker process can share the test database.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("id", "Bahasa Indonesia")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": os.environ.get(
            "STATICFILES_BACKEND", "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
if DEBUG:
    # runserver serves straight from static/ without a collectstatic step.
    STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"
    WHITENOISE_USE_FINDERS = True

LOGIN_URL = "admin:login"

# --- Celery -----------------------------------------------------------------
# Embedded default: a real worker over files under var/celery (no server).
CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _celery_dir = VAR_DIR / "celery"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_celery_dir / "queue"),
        "data_folder_out": str(_celery_dir / "queue"),
        "processed_folder": str(_celery_dir / "processed"),
        "store_processed": False,
        "control_folder": str(_celery_dir / "control"),
    }
CELERY_TASK_ALWAYS_EAGER = envbool("CELERY_TASK_ALWAYS_EAGER", False)
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_RESULT_BACKEND = None  # tasks write their outcome to the database
CELERY_TASK_IGNORE_RESULT = True
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")
CELERY_BEAT_SCHEDULE = {
    "poll-feeds": {"task": "accords.tasks.poll_feeds", "schedule": 60.0},
    "resend-stuck-articles": {
        "task": "accords.tasks.resend_stuck_articles",
        "schedule": float(envint("ARTICLE_SWEEP_SECONDS", 30)),
    },
}
# Redis hands an unacknowledged message to another worker after this many seconds; it must be
# longer than the longest task (ARTICLE_TIME_LIMIT), or a running article would be delivered
# twice.  Work held by a worker that died comes back sooner, through the lease and the sweep.
CELERY_BROKER_TRANSPORT_OPTIONS = {
    **globals().get("CELERY_BROKER_TRANSPORT_OPTIONS", {}),
    **(
        {"visibility_timeout": envint("BROKER_VISIBILITY_TIMEOUT", 600)}
        if CELERY_BROKER_URL.startswith(("redis://", "rediss://"))
        else {}
    ),
}

# --- The pipeline ------------------------------------------------------------
FETCH_TIMEOUT = envint("FETCH_TIMEOUT", 20)  # seconds, whole request
FETCH_MAX_BYTES = envint("FETCH_MAX_BYTES", 5 * 1024 * 1024)
ARTICLE_MAX_CHARS = envint("ARTICLE_MAX_CHARS", 1_000_000)
# A form body must hold ARTICLE_MAX_CHARS of pasted text in any script: a form-encoded
# character takes up to 12 bytes (%XX for each of 4 UTF-8 bytes).  Text over the character
# limit then reaches the form, which says so and gives the text back; a body over this gets a
# plain 413 (accords.security.RequestTooLargeMiddleware) instead of a bare 400.
DATA_UPLOAD_MAX_MEMORY_SIZE = 12 * ARTICLE_MAX_CHARS + 64 * 1024
# A worker holds an article this long, and renews the hold every third of it while it works;
# if the worker dies, the sweep (every ARTICLE_SWEEP_SECONDS) hands the article to another one
# once the hold has run out: about a minute.
ARTICLE_LEASE_SECONDS = envint("ARTICLE_LEASE_SECONDS", 60)
# Processing one article may take this long (seconds); past it the run is stopped and the
# article recorded "Failed: took too long".  The hard limit kills a run that cannot be stopped
# politely (a long computation in C); an article whose runs were cut off that way
# ARTICLE_MAX_INTERRUPTIONS times is failed the same way instead of being tried forever.
ARTICLE_SOFT_TIME_LIMIT = envint("ARTICLE_SOFT_TIME_LIMIT", 120)
ARTICLE_TIME_LIMIT = envint("ARTICLE_TIME_LIMIT", ARTICLE_SOFT_TIME_LIMIT + 30)
ARTICLE_MAX_INTERRUPTIONS = envint("ARTICLE_MAX_INTERRUPTIONS", 2)
# An article the parser finds more claims in than this proposes only the most confident ones,
# and says so to the editor (a page of lists, or a hostile one, must not flood the queue).
ARTICLE_MAX_PROPOSALS = envint("ARTICLE_MAX_PROPOSALS", 60)


LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}

if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = envbool("SECURE_SSL_REDIRECT", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = envint("SECURE_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True

# --- Security ------------------------------------------------------------------------------
# Every response carries this policy (accords/security.py).  Scripts come only from our own
# static files, or inline with the per-request nonce ({{ csp_nonce }}).  plotly.js and htmx
# inject <style> elements and style attributes, hence 'unsafe-inline' for styles only; plotly
# draws some images from data: and blob: URLs.
CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'", "'nonce'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:"],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

# Failed logins: the backend refuses logins from a client address for LOGIN_LOCKOUT_SECONDS
# after LOGIN_FAILURES_PER_USER failures for one user name (or LOGIN_FAILURES_PER_ADDRESS for
# any), and logins to one account from anywhere after LOGIN_FAILURES_PER_ACCOUNT.
AUTHENTICATION_BACKENDS = ["accords.security.RateLimitedModelBackend"]
LOGIN_FAILURES_PER_USER = envint("LOGIN_FAILURES_PER_USER", 5)
LOGIN_FAILURES_PER_ADDRESS = envint("LOGIN_FAILURES_PER_ADDRESS", 30)
LOGIN_FAILURES_PER_ACCOUNT = envint("LOGIN_FAILURES_PER_ACCOUNT", 50)
# How many proxies in front of gunicorn append to X-Forwarded-For (the client's address is
# that many entries from the right).  Production runs behind one TLS proxy, and gunicorn listens
# on 127.0.0.1 only; 0 means the connection's own address (development, no proxy).
TRUSTED_PROXY_COUNT = envint("TRUSTED_PROXY_COUNT", 0 if DEBUG else 1)
LOGIN_LOCKOUT_SECONDS = envint("LOGIN_LOCKOUT_SECONDS", 900)

# The login counters and the page cache's generation live in the default cache.  One process
# needs nothing; several web processes share counters through Redis:
# CACHE_URL=redis://127.0.0.1:6379/1.
# Pages and their built regions live in the "pages" cache, which anonymous readers can fill:
# PAGE_CACHE_URL should be a separate Redis instance with maxmemory and allkeys-lru
# (deploy/redis-cache.conf), never the broker's.  Without it each process keeps at most
# PAGE_CACHE_MAX_ENTRIES pages in memory.
CACHE_URL = os.environ.get("CACHE_URL", "")
PAGE_CACHE_URL = os.environ.get("PAGE_CACHE_URL", "")


def _cache(url, location):
    if url.startswith(("redis://", "rediss://")):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    return {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": location,
        "OPTIONS": {"MAX_ENTRIES": envint("PAGE_CACHE_MAX_ENTRIES", 200)},
    }


def _redis_server(url):
    """(host, port) of a Redis URL: databases of one server share its memory."""
    from urllib.parse import urlsplit

    if not url.startswith(("redis://", "rediss://")):
        return None
    parts = urlsplit(url)
    return (parts.hostname or "localhost", parts.port or 6379)


CACHES = {"default": _cache(CACHE_URL, "default"), "pages": _cache(PAGE_CACHE_URL, "pages")}
if PAGE_CACHE_URL and _redis_server(PAGE_CACHE_URL) in (
    _redis_server(CELERY_BROKER_URL),
    _redis_server(CACHE_URL),
):
    raise ImproperlyConfigured(
        "PAGE_CACHE_URL must be a Redis server of its own (with maxmemory and allkeys-lru, "
        "see deploy/redis-cache.conf), not the broker's or CACHE_URL's: readers can fill it."
    )

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Public pages for anonymous readers are kept this many seconds (accords/pagecache.py); any
# editor action makes them out of date.  Off while developing.
PUBLIC_PAGE_CACHE_SECONDS = envint("PUBLIC_PAGE_CACHE_SECONDS", 0 if DEBUG else 60)
PUBLIC_PAGE_CACHE_EXCLUDE = ["/admin/", "/i18n/"]
# The query parameters a public page reads (the timeline's filters and page, the map's date,
# tab and view, the timeline figure's view and date, the exports' date and layout); any other
# is left out of the cache key.  A parameter missing here would serve one page for another.
PUBLIC_PAGE_CACHE_PARAMS = [
    "status",
    "from",
    "to",
    "region",
    "page",
    "date",
    "tab",
    "view",
    "at",
    "as_of",
    "pretty",
]
# A page past its freshness is still served for this long while one request rebuilds it.
PUBLIC_PAGE_STALE_SECONDS = envint("PUBLIC_PAGE_STALE_SECONDS", 600)
# Pages rebuilt at the same time by the whole site (each after its reader was served the
# previous version); the other readers of out-of-date pages get the previous version meanwhile.
PUBLIC_PAGE_REBUILDS = envint("PUBLIC_PAGE_REBUILDS", 1)
# A page is rebuilt at most once in this many times its last build took: while editors confirm
# every few seconds, a page that takes seconds to build (the timeline's figure of a large
# history) keeps at most half of one worker busy, and a page built in 50 ms is late by 0.1 s.
PUBLIC_PAGE_REBUILD_SPACING = envint("PUBLIC_PAGE_REBUILD_SPACING", 2)
# Rebuild an out-of-date page in a thread of its own once its reader has been served, so that a
# long build (the timeline's figure of a large history) never counts against gunicorn's
# timeout.  False: in the request's own thread, before the worker takes its next request.
PUBLIC_PAGE_REBUILD_IN_THREAD = envbool("PUBLIC_PAGE_REBUILD_IN_THREAD", True)
# How often each web process asks the shared cache whether an editor changed something (a
# change made in another process reaches its readers up to this many seconds later).
PUBLIC_PAGE_CHECK_SECONDS = envint("PUBLIC_PAGE_CHECK_SECONDS", 1)
# Each web process also keeps this many bytes of its most recently served pages in memory.
PAGE_CACHE_LOCAL_BYTES = envint("PAGE_CACHE_LOCAL_BYTES", 64 * 1024 * 1024)
# Pages not in the cache that one client address may have built per minute (0: no limit).
PUBLIC_PAGE_BUILDS_PER_MINUTE = envint("PUBLIC_PAGE_BUILDS_PER_MINUTE", 30)
