#!/usr/bin/env python
"""CPU time of a warm public page: a cache hit, through Django's WSGI handler, in process.

    .venv/bin/python scripts/bench_warm.py                    # 10,000 requests, 7 public paths
    .venv/bin/python scripts/bench_warm.py --cookie           # readers sending their CSRF cookie
    .venv/bin/python scripts/bench_warm.py --profile          # where the time goes (cProfile)

Every request goes through ``accords.wsgi.application`` as gunicorn calls it (an environ, a
start_response, the body iterated, close()), with production settings (DEBUG=False, the page
cache on, each process's page memory) and the requests a reader behind the proxy makes (an
address in X-Forwarded-For, Accept-Encoding: gzip).  The pages are built once first; what is
measured is the process's CPU time (time.process_time) per request afterwards: what one web
worker spends serving a cached page, without the HTTP parsing and the socket.  The reference
history in an SQLite database of its own is enough: a hit never reads the database.
"""

import argparse
import io
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

PAGES = [
    "/",
    "/timeline/",
    "/map/",
    "/countries/AE/",
    "/countries/KZ/",
    "/countries/MA/",
    "/countries/SA/",
]


def configure(var_dir):
    var_dir.mkdir(parents=True, exist_ok=True)
    os.environ.update(
        {
            "DEBUG": "False",
            "SECRET_KEY": "bench-only-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "False",
            "DATABASE_URL": f"sqlite:///{var_dir / 'warm.sqlite3'}",
            "VAR_DIR": str(var_dir),
            "LOG_LEVEL": "WARNING",
            "PUBLIC_PAGE_BUILDS_PER_MINUTE": "0",
            "TRUSTED_PROXY_COUNT": "1",
            "DJANGO_SETTINGS_MODULE": "accords.settings",
        }
    )
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command

    from accords.models import StatusEvent

    call_command("migrate", verbosity=0)
    if not (Path(settings.STATIC_ROOT) / "staticfiles.json").exists():
        # Once: rewriting the files while tests run from the same checkout breaks them.
        call_command("collectstatic", "--noinput", verbosity=0)
    if not StatusEvent.objects.exists():
        call_command("load_reference", verbosity=0)


def environ(path, cookie=""):
    path, _, query = path.partition("?")
    env = {
        "REQUEST_METHOD": "GET",
        "SCRIPT_NAME": "",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "8000",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_ADDR": "127.0.0.1",
        "HTTP_HOST": "127.0.0.1",
        "HTTP_X_FORWARDED_FOR": "198.51.100.7",
        "HTTP_ACCEPT_ENCODING": "gzip",
        "HTTP_USER_AGENT": "bench",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": "http",
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    if cookie:
        env["HTTP_COOKIE"] = cookie
    return env


def request(application, path, cookie=""):
    """One request as a WSGI server makes it: (status, headers, body length)."""
    answer = {}

    def start_response(status, headers, exc_info=None):
        answer["status"], answer["headers"] = status, headers

    body = application(environ(path, cookie), start_response)
    try:
        size = sum(len(chunk) for chunk in body)
    finally:
        if hasattr(body, "close"):
            body.close()
    return answer["status"], answer["headers"], size


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--rounds", type=int, default=3, help="report the fastest round")
    parser.add_argument("--cookie", action="store_true", help="send a CSRF cookie, as browsers do")
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--var-dir", default=str(ROOT / "var" / "bench-warm"))
    args = parser.parse_args()
    configure(Path(args.var_dir))
    from accords.wsgi import application

    cookie = ""
    for path in PAGES:  # built once, then cached
        status, headers, _ = request(application, path)
        assert status.startswith("200"), (path, status)
        for name, value in headers:
            if name == "Set-Cookie" and value.strip().startswith("csrftoken="):
                cookie = value.strip().split(";", 1)[0]
    cookie = cookie if args.cookie else ""
    for path in PAGES:
        request(application, path, cookie)

    def run(count):
        for n in range(count):
            request(application, PAGES[n % len(PAGES)], cookie)

    if args.profile:
        import cProfile
        import pstats

        profile = cProfile.Profile()
        profile.runcall(run, args.requests)
        pstats.Stats(profile).sort_stats("tottime").print_stats(25)
        return
    best = None
    for _ in range(args.rounds):
        started = time.process_time()
        run(args.requests)
        per_request = (time.process_time() - started) / args.requests * 1e6
        best = per_request if best is None else min(best, per_request)
        print(f"{args.requests} warm requests: {per_request:.0f} µs CPU each")
    print(
        f"best of {args.rounds}: {best:.0f} µs CPU per warm request "
        f"({'with' if cookie else 'without'} a CSRF cookie); load average "
        f"{os.getloadavg()[0]:.1f}"
    )


if __name__ == "__main__":
    main()
