import os

from celery import Celery
from celery.signals import worker_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "accords.settings")

app = Celery("accords")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


def _make_filesystem_broker_folders():
    # kombu's filesystem transport expects its folders to exist.
    from pathlib import Path

    from django.conf import settings

    for key in ("data_folder_in", "processed_folder", "control_folder"):
        folder = getattr(settings, "CELERY_BROKER_TRANSPORT_OPTIONS", {}).get(key)
        if folder:
            Path(folder).mkdir(parents=True, exist_ok=True)


_make_filesystem_broker_folders()


@worker_init.connect
def _time_limits(**kwargs):
    """Every article run is bounded by this worker's settings (see accords/tasks.py)."""
    from django.conf import settings

    from accords.tasks import process_article

    process_article.soft_time_limit = settings.ARTICLE_SOFT_TIME_LIMIT
    process_article.time_limit = settings.ARTICLE_TIME_LIMIT
