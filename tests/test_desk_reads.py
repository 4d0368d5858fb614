"""accords.desk reads each page through one selector: the claim card's row once (and once
more only after a write), the item page through selectors.desk_item."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accords import review, selectors
from accords.models import ProposedChange
from tests.builders import NOV_6, article, proposal

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _claim(n=1, iso2="KZ"):
    """A pending Indonesian claim on article n, dated 6 November 2025 to the day."""
    return proposal(
        article(n, "id", title=f"Berita {n}"),
        iso2=iso2,
        date=NOV_6,
        precision="day",
        end=20,
        claim_key=f"{iso2}:announced:",
    )


def _reads_of_claim(queries, pk):
    """SELECTs of the proposals table that fetch this one row by its key."""
    pattern = re.compile(
        rf'FROM "accords_proposedchange".*WHERE .*"accords_proposedchange"\."id" = '
        rf"(%s|{pk})\b",
        re.S,
    )
    return [q["sql"] for q in queries if q["sql"].startswith("SELECT") and pattern.search(q["sql"])]


def test_the_edit_form_reads_its_claim_once(client, editor):
    claim = _claim()
    client.force_login(editor)
    url = reverse("admin:accords_desk_proposal_edit", args=[claim.pk])
    with CaptureQueriesContext(connection) as queries:
        page = client.get(url, headers=HTMX).content.decode()
    assert 'class="desk-claim-form"' in page
    assert len(_reads_of_claim(queries.captured_queries, claim.pk)) == 1


def test_saving_an_edit_reads_the_claim_before_and_after_the_write_only(client, editor):
    claim = _claim()
    client.force_login(editor)
    url = reverse("admin:accords_desk_proposal_edit", args=[claim.pk])
    with CaptureQueriesContext(connection) as queries:
        page = client.post(
            url,
            {"country": claim.country_id, "status": "negotiating", "when": "2025"},
            headers=HTMX,
        ).content.decode()
    assert f'id="claim-{claim.pk}"' in page and "negotiating" in page
    # The view's read, the edit's locked read, and the card's read after the write.
    assert len(_reads_of_claim(queries.captured_queries, claim.pk)) == 3


def test_a_form_that_does_not_validate_leaves_the_card_as_it_is_stored(client, editor):
    claim = _claim()
    client.force_login(editor)
    url = reverse("admin:accords_desk_proposal_edit", args=[claim.pk])
    page = client.post(
        url,
        {"country": claim.country_id, "status": "negotiating", "when": "not a date"},
        headers=HTMX,
    ).content.decode()
    assert 'class="desk-claim-form"' in page
    assert ProposedChange.objects.get(pk=claim.pk).status == "announced"


def test_the_item_page_is_one_selector_read_with_its_decided_claims(client, editor):
    first, second = _claim(1), _claim(2)
    review.proposals_reject(ids=[second.pk], user=editor)
    key = review.key_of(first)
    page = selectors.desk_item(key)
    assert page["item"] is not None and [p.pk for p in page["proposals"]] == [first.pk]
    assert [p.pk for p in page["decided"]] == [second.pk]
    assert page["country"].iso2 == "KZ" and page["events"] == []
    client.force_login(editor)
    html = client.get(reverse("admin:accords_desk_item", args=[str(key)])).content.decode()
    assert "Outlet 1" in html and "Outlet 2" in html


def test_an_item_nobody_claims_is_none_and_a_404():
    key = review.ItemKey.parse("KZ.ratified.2025")
    assert selectors.desk_item(key) is None
    assert selectors.desk_claim(pk=987654) is None
