"""The Accords tracker.

The Celery app is loaded when Django starts (AccordsConfig.ready) and by
`celery -A accords` (through `celery_app` below), not on import: so
`import accords.extraction`, the pure parser, loads neither Django nor Celery.
"""

__all__ = ["celery_app"]


def __getattr__(name):
    if name == "celery_app":
        from accords.celery import app

        return app
    raise AttributeError(f"module 'accords' has no attribute {name!r}")
