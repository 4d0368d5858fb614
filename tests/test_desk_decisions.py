"""What confirming will write, said in words; dates chosen by an editor; every decision undone."""

import datetime

import pytest
from django.urls import reverse

from accords import review, services
from accords.models import Citation, Country, ProposedChange, ReviewLog, StatusEvent
from tests import builders
from tests.builders import article
from tests.builders import proposal as claim

pytestmark = pytest.mark.django_db
QUEUE = reverse("admin:accords_desk")
HTMX = {"HTTP_HX_REQUEST": "true"}


# --- the plan, in words ---------------------------------------------------------------------


def test_a_dated_item_says_the_date_it_will_be_given(client, editor):
    claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "Will be dated 6 November 2025 (from the text)." in page


def test_an_undated_item_asks_for_a_date_and_offers_the_publication_date_labelled(client, editor):
    source = article(1, published=datetime.date(2025, 11, 7))
    claim(source)
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "No date in the text: choose one." in page
    assert 'value="published:2025-11-07"' in page
    assert "the article's publication date, not a date from the text" in page
    # Confirming without a choice writes nothing: the card comes back with the reason.
    response = client.post(
        reverse("admin:accords_desk_item_confirm", args=["KZ.announced.2025"]), **HTMX
    )
    assert "choose the date" in response.content.decode()
    assert not StatusEvent.objects.exists()
    # The publication date, chosen as such, or any typed date at its precision.
    client.post(
        reverse("admin:accords_desk_item_confirm", args=["KZ.announced.2025"]),
        {"choice": "other", "when": "2025-11"},
        **HTMX,
    )
    event = StatusEvent.objects.get()
    assert (event.date_key, event.date_precision) == ("2025-11", "month")


def test_conflicting_dates_become_a_choice_with_the_most_frequent_preselected(client, editor):
    for n, day in enumerate((6, 6, 10)):
        claim(article(n), date=datetime.date(2025, 11, day), precision="day")
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "The sources give different dates: choose the one to publish." in page
    assert 'value="2025-11-06" required checked' in page
    assert 'value="2025-11-10" required>' in page
    key = "KZ.announced.2025"
    url = reverse("admin:accords_desk_item_confirm", args=[key])
    refused = client.post(url, {"choice": "other", "when": "2999-01-01"}, **HTMX)
    assert "after today" in refused.content.decode() and not StatusEvent.objects.exists()
    client.post(url, {"choice": "2025-11-10"}, **HTMX)
    assert StatusEvent.objects.get().date_key == "2025-11-10"


def test_a_step_back_and_a_restated_status_are_labelled(client, editor):
    kz = Country.objects.get(iso2="KZ")
    builders.event(
        "KZ", "announced", datetime.date(2025, 11, 6), "day", confirmed_at="2025-11-07T00:00:00Z"
    )
    services.country_refresh_status(country=kz)
    claim(article(1), status="negotiating", date=datetime.date(2024, 5, 1), precision="month")
    claim(article(2), status="announced", date=datetime.date(2024, 1, 1), precision="year")
    client.force_login(editor)
    page = client.get(QUEUE).content.decode()
    assert "goes back from announced to negotiating" in page
    assert "restates the current status" in page


def test_two_claims_of_one_article_are_not_sources_disagreeing():
    source = article(1)
    claim(
        source, iso2="SA", status="prospective", date=datetime.date(2025, 11, 18), precision="day"
    )
    claim(source, iso2="SA", status="declined", date=datetime.date(2025, 11, 18), precision="day")
    items, _ = review.queue()
    assert [i.rival_statuses for i in items] == [[], []]
    claim(
        article(2), iso2="SA", status="declined", date=datetime.date(2025, 11, 18), precision="day"
    )
    items, _ = review.queue()
    prospective = next(i for i in items if i.status == "prospective")
    assert [status for status, _, _ in prospective.rival_statuses] == ["declined"]


# --- undo, reopen, remove -----------------------------------------------------------------


def test_a_confirmation_is_undone_from_its_card_and_the_counts_follow(client, editor):
    claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    client.force_login(editor)
    key = "KZ.announced.2025"
    decided = client.post(reverse("admin:accords_desk_item_confirm", args=[key]), **HTMX)
    html = decided.content.decode()
    assert "Undo" in html and 'id="desk-count" hx-swap-oob="true"' in html
    assert "0 review items" in html and 'data-current="announced"' in html
    ids = [p.pk for p in ProposedChange.objects.all()]
    undone = client.post(
        reverse("admin:accords_desk_reopen"), {"key": key, "proposal": ids}, **HTMX
    ).content.decode()
    assert "Undone: back in the queue." in undone and "1 review item" in undone
    assert StatusEvent.objects.get().reverted_at is not None
    assert Country.objects.get(iso2="KZ").current_status == ""
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"pending"}
    log = ReviewLog.objects.filter(action="proposal_reopen").get()
    assert review.describe(log) == (
        "Reopened Kazakhstan: announced for review (its confirmation undone)."
    )


def test_a_rejection_can_be_reopened(client, editor):
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    review.proposal_reject(proposal=p, user=editor)
    client.force_login(editor)
    card = client.post(reverse("admin:accords_desk_reopen"), {"proposal": [p.pk]}, **HTMX)
    assert f'data-claim="{p.pk}"' in card.content.decode()
    p.refresh_from_db()
    assert p.review_state == "pending"


def test_undoing_a_new_source_leaves_the_reference_event_and_its_own_source(editor):
    services.reference_load()
    event = StatusEvent.objects.get(country__iso2="KZ", status="announced")
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    confirmed, _ = review.proposals_confirm(ids=[p.pk], user=editor)
    assert confirmed == event and event.citations.count() == 2
    review.proposals_reopen(ids=[p.pk], user=editor)
    event.refresh_from_db()
    assert event.reverted_at is None and event.citations.count() == 1


def test_a_source_can_be_removed_from_a_reference_event_but_not_its_last(client, editor):
    services.reference_load()
    event = StatusEvent.objects.get(country__iso2="KZ", status="announced")
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    review.proposals_confirm(ids=[p.pk], user=editor)
    added = event.citations.get(article__isnull=False)
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_country", args=["KZ"])).content.decode()
    assert f'data-remove-citation="{added.pk}"' in page
    client.post(reverse("admin:accords_desk_citation_remove", args=[added.pk]))
    assert not Citation.objects.filter(pk=added.pk).exists()
    p.refresh_from_db()
    assert p.review_state == "pending"
    log = ReviewLog.objects.get(action="citation_remove")
    assert review.describe(log) == (
        "Removed the source Outlet 1 from Kazakhstan: announced, 6 November 2025."
    )
    last = event.citations.get()
    with pytest.raises(review.ReviewError, match="only source"):
        review.citation_remove(citation=last, user=editor)
    assert client.get("/countries/KZ/").status_code == 200


def test_the_review_log_is_in_words(client, editor):
    p = claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    review.proposal_update(proposal=p, user=editor, status="signed")
    review.proposal_confirm(proposal=p, user=editor)
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_country", args=["KZ"])).content.decode()
    assert "Edited the claim on Kazakhstan: status from announced to signed." in page
    assert "Confirmed Kazakhstan: signed, dated 6 November 2025." in page
    assert "{&#x27;" not in page  # no dicts


def test_the_article_card_labels_a_step_back(client, editor):
    kz = Country.objects.get(iso2="KZ")
    builders.event(
        "KZ", "signed", datetime.date(2025, 11, 6), "day", confirmed_at="2025-11-07T00:00:00Z"
    )
    services.country_refresh_status(country=kz)
    source = article(1)
    claim(source, status="negotiating", date=datetime.date(2025, 1, 1), precision="year")
    client.force_login(editor)
    page = client.get(reverse("admin:accords_desk_article", args=[source.pk])).content.decode()
    assert "goes back from signed to negotiating" in page
    assert "Will be dated 2025 (from the text)." in page
