"""A Celery worker that stalls once inside the pipeline, so a fault test can strike mid-article.

Used only by tests/test_tasks_faults.py, as ``python -m tests.fault_worker <celery worker args>``.
The product code has no test hooks: this module wraps one step before the worker starts, and
the prefork children inherit the wrapped function.

FAULT_STALL          "extract" (stall before the claims are computed) or "propose" (stall after
                     the proposals are written but before the article is marked extracted)
FAULT_STALL_SECONDS  how long to stall
FAULT_MARKER         a file written when the stall begins; once it exists nobody stalls again,
                     so a retry or a restarted worker runs straight through
FAULT_EVERY_TIME     "1": stall on every run, marker or not (an article that is always slow)
FAULT_STUBBORN       "1": sleep through the soft time limit, as a long computation in C does
FAULT_SWALLOW        "1": stop at the soft time limit but swallow it, as a step that turns every
                     exception into an empty result does (the parser promises never to raise)
"""

import os
import sys
import time
from pathlib import Path

import django
from celery.exceptions import SoftTimeLimitExceeded

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accords.settings")
django.setup()

from accords import services  # noqa: E402
from accords.celery import app  # noqa: E402


def stall(step):
    marker = Path(os.environ["FAULT_MARKER"])
    if marker.exists() and os.environ.get("FAULT_EVERY_TIME") != "1":
        return
    with marker.open("a") as note:
        note.write(f"{os.getpid()} {step}\n")
    until = time.monotonic() + float(os.environ.get("FAULT_STALL_SECONDS", "60"))
    while time.monotonic() < until:
        try:
            time.sleep(max(0.0, until - time.monotonic()))
        except SoftTimeLimitExceeded:
            if os.environ.get("FAULT_SWALLOW") == "1":
                return
            if os.environ.get("FAULT_STUBBORN") != "1":
                raise


def stall_before(function, step):
    def wrapped(*args, **kwargs):
        stall(step)
        return function(*args, **kwargs)

    return wrapped


def stall_after(function, step):
    def wrapped(*args, **kwargs):
        result = function(*args, **kwargs)
        stall(step)
        return result

    return wrapped


STEP = os.environ["FAULT_STALL"]
if STEP == "extract":
    services.extract = stall_before(services.extract, STEP)
elif STEP == "propose":
    services.proposals_from_extraction = stall_after(services.proposals_from_extraction, STEP)
else:
    raise SystemExit(f"unknown FAULT_STALL {STEP!r}")

if __name__ == "__main__":
    app.worker_main(["worker", *sys.argv[1:]])
