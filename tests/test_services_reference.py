"""The reference history: loaded once, and brought up to date without touching editors' work."""

import datetime

import pytest

from accords import review, services
from accords.models import Citation, Country, StatusEvent
from tests.builders import proposal

pytestmark = pytest.mark.django_db


def test_the_reference_history_loads_once():
    changes = services.reference_load()
    assert changes.created == 19 and not changes.skipped
    again = services.reference_load()
    assert (again.added, again.updated, again.kept) == ([], [], [])
    assert StatusEvent.objects.count() == 19
    assert Citation.objects.count() == 19
    current = dict(Country.objects.exclude(current_status="").values_list("iso2", "current_status"))
    assert current == {
        "IL": "signed",
        "US": "signed",
        "AE": "ratified",
        "BH": "signed",
        "SD": "signed",
        "MA": "signed",
        "KZ": "announced",
        "ID": "declined",
        "SY": "declined",
        "SA": "declined",
        "XS": "prospective",
        "AZ": "prospective",
        "PK": "declined",
    }
    somaliland = StatusEvent.objects.get(country__iso2="XS")
    assert (somaliland.status, somaliland.date_key) == ("prospective", "2025-12-26")
    assert somaliland.citations.get().url.startswith("https://")


OLD_ROWS = """country,status,date,precision,source_url,outlet,note
AE,announced,2020-08-13,day,https://old.example.org/uae,Old Outlet,Normalization announced
BH,announced,2020-09-11,day,https://old.example.org/bh,Old Outlet,Agreement announced
MA,announced,2020-12-10,day,https://old.example.org/ma,Old Outlet,Agreement announced
"""


def test_an_existing_installation_is_brought_up_to_date_without_touching_editors_work(
    tmp_path, editor
):
    old = tmp_path / "old.csv"
    old.write_text(OLD_ROWS, encoding="utf-8")
    assert services.reference_load(path=old).created == 3
    ae = StatusEvent.objects.get(country__iso2="AE", status="announced")
    # An editor cited an article on the UAE's step, and reverted Bahrain's.
    p = proposal(iso2="AE", status="announced", date=datetime.date(2020, 8, 13), precision="day")
    review.proposal_confirm(proposal=p, user=editor)
    bh = StatusEvent.objects.get(country__iso2="BH", status="announced")
    review.event_revert(event=bh, user=editor)

    changes = services.reference_load()
    assert len(changes.added) == 16
    assert any(
        line.startswith("AE announced 2020-08-13: note, source now The American Presidency")
        for line in changes.updated
    )
    assert changes.kept == ["BH announced 2020-09-11: reverted by an editor"]
    ae.refresh_from_db()
    assert ae.citations.filter(article=p.article).exists()  # the editor's source stays
    assert not ae.citations.filter(url__startswith="https://old.example.org").exists()
    assert ae.citations.get(article__isnull=True).outlet.startswith("The American Presidency")
    bh.refresh_from_db()
    assert bh.reverted_at is not None
    assert bh.citations.get().url == "https://old.example.org/bh"
    assert not StatusEvent.objects.filter(
        country__iso2="BH", status="announced", reverted_at__isnull=True
    ).exists()
    # Nothing more to do the second time.
    again = services.reference_load()
    assert (again.added, again.updated) == ([], [])
