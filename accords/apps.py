from django.apps import AppConfig


class AccordsConfig(AppConfig):
    name = "accords"
    verbose_name = "Accords tracker"
    default_auto_field = "django.db.models.BigAutoField"
