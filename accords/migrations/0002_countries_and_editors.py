"""Every ISO 3166-1 country, and the Editors group with the review permission."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from accords import base_data


def load_countries(apps, schema_editor):
    base_data.load_countries(apps.get_model("accords", "Country"))


def create_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    base_data.create_editors_group(
        apps.get_model("auth", "Group"), apps.get_model("auth", "Permission")
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accords", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(load_countries, migrations.RunPython.noop),
        migrations.RunPython(create_editors, migrations.RunPython.noop),
    ]
