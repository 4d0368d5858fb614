"""Entities outside ISO 3166-1: held as data, with names, a region and a map point."""

import pytest

from accords.models import Country

pytestmark = pytest.mark.django_db


def test_somaliland_is_held_with_its_names_region_and_map_point():
    from accords import regions
    from accords.display import country_name

    xs = Country.objects.get(iso2="XS")
    assert (xs.name, xs.iso3, xs.user_assigned) == ("Somaliland", "XSL", True)
    assert country_name("XS", "ar") == "أرض الصومال" and country_name("XS", "id") == "Somaliland"
    assert regions.region_of("XS") == ("002", "014") and "XS" in regions.members("014")
    assert (xs.latitude, xs.longitude) == (9.56, 44.06)  # the map's marker: statuses_as_of
