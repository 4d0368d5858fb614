import os

from celery import Celery

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
