"""Rows every installation has: the ISO 3166-1 countries, the entities outside it
(accords/data/entities.json) and the Editors group.

Written against model classes passed in, so the data migration (historical
models) and the test suite (after a transactional test empties the tables)
load exactly the same rows.
"""

import pycountry
from babel import Locale

from accords.extraction.statuses import FOUNDERS

EDITORS_GROUP = "Editors"
EDITOR_PERMISSIONS = [
    "review_proposedchange",
    "view_proposedchange",
    "change_proposedchange",
    "view_article",
    "add_article",
    "change_article",
    "view_statusevent",
    "view_feed",
    "view_country",
    "view_reviewlog",
    "view_citation",
]


def load_countries(Country):
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


def load_entities(Country):
    """The entities outside ISO 3166-1 (accords/data/entities.json): added if missing, their
    name and map point kept up to date; an entity's history is never touched."""
    from accords.entities import entities

    for code, entity in entities().items():
        Country.objects.update_or_create(
            iso2=code,
            defaults={
                "iso3": entity["iso3"],
                "name": entity["names"]["en"],
                "user_assigned": True,
                "latitude": entity["latitude"],
                "longitude": entity["longitude"],
            },
        )


def create_editors_group(Group, Permission):
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="accords", codename__in=EDITOR_PERMISSIONS
        )
    )
    return group
