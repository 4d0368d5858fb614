"""UN M49 regions and sub-regions (from CLDR), used to filter the timeline.

``accords/data/regions.json`` maps every ISO 3166-1 alpha-2 code to its region and
sub-region codes, e.g. ``"AE": ["142", "145"]`` (Asia, Western Asia).  Region names are
not stored: CLDR (Babel) gives them in the reader's language, like country names.
"""

import functools
import json
from pathlib import Path

from accords.display import country_name

REGIONS_FILE = Path(__file__).parent / "data" / "regions.json"


@functools.cache
def _data():
    with open(REGIONS_FILE, encoding="utf-8") as handle:
        return json.load(handle)


def region_of(iso2):
    """``(region, sub_region)`` M49 codes of a country, or ``("", "")`` if unknown."""
    from accords.entities import region

    codes = _data()["countries"].get(iso2) or region(iso2)
    return tuple(codes) if codes else ("", "")


def is_region(code):
    data = _data()
    return code in data["regions"] or any(code in subs for subs in data["regions"].values())


def members(code):
    """ISO2 codes of the countries (and entities outside ISO) in a region or sub-region."""
    from accords.entities import entities

    listed = {
        **_data()["countries"],
        **{c: [e["region"], e["sub_region"]] for c, e in entities().items()},
    }
    return frozenset(iso2 for iso2, codes in listed.items() if code in codes)


def choices(locale="en"):
    """``[(region_code, name, [(sub_code, name), ...]), ...]`` sorted by name in the locale."""
    out = []
    for region, subs in _data()["regions"].items():
        sub_names = sorted(
            ((sub, country_name(sub, locale, sub)) for sub in subs), key=lambda pair: pair[1]
        )
        out.append((region, country_name(region, locale, region), sub_names))
    return sorted(out, key=lambda row: row[1])
