"""Entities outside ISO 3166-1 (Somaliland, XS): their names, region and map point, as data.

``accords/data/entities.json`` lists each one under its user-assigned code.  Adding an
entity needs no Python change: add it to the file and run ``manage.py migrate`` (a fresh
database) or ``manage.py load_reference`` (an existing one), which both call
``base_data.load_entities``.
"""

import functools
import json
from pathlib import Path

ENTITIES_FILE = Path(__file__).parent / "data" / "entities.json"


@functools.cache
def entities():
    """{code: {"iso3", "names", "region", "sub_region", "capital", "latitude", "longitude"}}."""
    with open(ENTITIES_FILE, encoding="utf-8") as handle:
        return json.load(handle)["entities"]


def name(code, locale="en"):
    """The entity's name in a language (its English name when the file has none), or ""."""
    entity = entities().get(code)
    if entity is None:
        return ""
    language = locale.replace("_", "-").split("-")[0].lower()
    return entity["names"].get(language) or entity["names"]["en"]


def region(code):
    """(region, sub_region) M49 codes of an entity, or None if the code is no entity of ours."""
    entity = entities().get(code)
    return (entity["region"], entity["sub_region"]) if entity else None
