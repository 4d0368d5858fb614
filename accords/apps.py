from django.apps import AppConfig


class AccordsConfig(AppConfig):
    name = "accords"
    verbose_name = "Accords tracker"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Connects the failed-login counters (accords/security.py) to the auth signals.
        from accords import (
            pagecache,
            security,  # noqa: F401
        )

        pagecache.connect_signals()  # editors' changes empty the public page cache
        # the Celery app, so that tasks sent from any Django process use its broker
        from accords import celery  # noqa: F401
