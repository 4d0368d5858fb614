"""Every ISO 3166-1 country, and the Editors group with the review permission."""

import pycountry
from babel import Locale
from django.contrib.auth.management import create_permissions
from django.db import migrations

FOUNDERS = {"IL", "US"}


def load_countries(apps, schema_editor):
    Country = apps.get_model("accords", "Country")
    english = Locale("en").territories
    Country.objects.bulk_create(
        [
            Country(
                iso2=c.alpha_2,
                iso3=c.alpha_3,
                # CLDR's short English name ("Iran", "Russia") reads better than ISO's.
                name=english.get(c.alpha_2) or getattr(c, "common_name", None) or c.name,
                founding=c.alpha_2 in FOUNDERS,
            )
            for c in pycountry.countries
        ],
        ignore_conflicts=True,
    )


def create_editors(apps, schema_editor):
    # Permissions are normally created after all migrations; make them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Editors")
    codenames = ["review_proposedchange", "view_proposedchange", "change_proposedchange",
                 "view_article", "add_article", "change_article", "view_statusevent",
                 "view_feed", "view_country", "view_reviewlog", "view_citation"]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label="accords", codename__in=codenames)
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
