"""Review items: grouping, ordering, contradictions, deciding an item at once."""

import datetime
from functools import partial

import pytest

from accords import review, services
from accords.models import Citation, Country, ProposedChange, ReviewLog, StatusEvent
from tests.builders import NOV_6, article, proposal

pytestmark = pytest.mark.django_db

# Every claim here is dated unless a test says otherwise.
claim = partial(proposal, date=NOV_6, precision="day")


def items(**filters):
    found, _ = review.queue(filters=review.Filters(**filters))
    return found


def test_the_same_claim_from_many_articles_is_one_item_counting_sources_and_languages():
    for n, language in enumerate(["en", "id", "ru", "en"]):
        claim(article(n, language))
    (item,) = items()
    assert str(item.key) == "KZ.announced.2025"
    assert (item.sources, item.languages, item.language_list) == (4, 3, ["en", "id", "ru"])


def test_compatible_dates_join_one_item_and_another_year_is_another_item():
    claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    claim(article(2), date=datetime.date(2025, 11, 1), precision="month")
    claim(article(3))  # no date: the article's publication year
    claim(article(4), date=datetime.date(2026, 1, 1), precision="year")
    assert sorted(str(i.key) for i in items()) == ["KZ.announced.2025", "KZ.announced.2026"]
    item = next(i for i in items() if i.period == 2025)
    assert item.sources == 3 and not item.conflicting_dates


def test_two_dates_for_one_step_are_shown_as_a_contradiction():
    claim(article(1), date=datetime.date(2025, 11, 6), precision="day")
    claim(article(2), date=datetime.date(2025, 11, 10), precision="day")
    (item,) = items()
    assert item.contradicted
    assert item.conflicting_dates == ["2025-11-06", "2025-11-10"]


def test_signed_and_announced_for_one_country_in_one_year_contradict_each_other():
    claim(article(1), status="announced")
    claim(article(2), status="signed")
    claim(article(3), status="signed")
    by_status = {i.status: i for i in items()}
    assert [(s, str(k), n) for s, k, n in by_status["announced"].rival_statuses] == [
        ("signed", "KZ.signed.2025", 2)
    ]
    assert by_status["signed"].rival_statuses[0][0] == "announced"


def test_real_changes_come_first_then_new_sources_for_confirmed_events_then_the_rest(editor):
    services.reference_load()  # AE signed 2020 is known
    Country.objects.filter(iso2="MN").update(current_status="negotiating")  # no event in 2025
    claim(
        article(1),
        iso2="AE",
        status="signed",
        date=datetime.date(2020, 1, 1),
        precision="year",
        confidence=0.99,
    )
    claim(article(2), iso2="MN", status="negotiating", confidence=0.95)
    claim(article(3), iso2="AZ", status="negotiating", confidence=0.5)
    claim(article(4), iso2="UZ", status="prospective", confidence=0.8)
    order = [(str(i.key), i.tier) for i in items()]
    assert order == [
        ("UZ.prospective.2025", 0),
        ("AZ.negotiating.2025", 0),
        ("AE.signed.2020", 1),
        ("MN.negotiating.2025", 2),
    ]


def test_the_queue_filters_by_language_country_status_state_and_feed(editor):
    from accords.models import Feed

    feed = Feed.objects.create(url="https://example.com/feed.xml")
    claim(article(1, "id", feed=feed))
    claim(article(2, "ru"), iso2="AZ", status="negotiating")
    rejected = claim(article(3, "en"), iso2="UZ")
    review.proposal_reject(proposal=rejected, user=editor)
    assert [str(i.key) for i in items(language="ru")] == ["AZ.negotiating.2025"]
    assert [str(i.key) for i in items(country="KZ")] == ["KZ.announced.2025"]
    assert [str(i.key) for i in items(status="negotiating")] == ["AZ.negotiating.2025"]
    assert [str(i.key) for i in items(state="rejected")] == ["UZ.announced.2025"]
    assert [str(i.key) for i in items(feed=str(feed.pk))] == ["KZ.announced.2025"]
    assert len(items(state="all")) == 3


def test_confirming_an_item_makes_one_event_citing_every_source(editor):
    sources = [article(n, language) for n, language in enumerate(["en", "id", "ar"])]
    for source in sources:
        claim(source)
    key = review.ItemKey.parse("KZ.announced.2025")
    event, confirmed = review.item_confirm(key=key, user=editor)
    assert confirmed == 3 and StatusEvent.objects.count() == 1
    assert {c.article for c in event.citations.all()} == set(sources)
    assert set(ProposedChange.objects.values_list("review_state", "event")) == {
        ("confirmed", event.pk)
    }
    assert Country.objects.get(iso2="KZ").current_status == "announced"
    assert ReviewLog.objects.filter(action="proposal_confirm", data__item=str(key)).count() == 3
    assert not items()


def test_new_sources_for_a_confirmed_event_are_attached_as_citations_in_one_action(editor):
    services.reference_load()
    ae = StatusEvent.objects.get(country__iso2="AE", status="signed")
    for n in range(4):
        claim(
            article(n), iso2="AE", status="signed", date=datetime.date(2020, 1, 1), precision="year"
        )
    (item,) = items()
    assert item.tier == review.TIER_NEW_SOURCE
    event, _ = review.item_confirm(key=item.key, user=editor)
    assert (
        event == ae
        and StatusEvent.objects.count() == StatusEvent.objects.filter(source="reference").count()
    )
    assert Citation.objects.filter(event=ae, article__isnull=False).count() == 4


def test_rejecting_an_item_rejects_all_its_proposals(editor):
    for n in range(3):
        claim(article(n))
    assert review.item_reject(key=review.ItemKey("KZ", "announced", 2025), user=editor) == 3
    assert set(ProposedChange.objects.values_list("review_state", flat=True)) == {"rejected"}
    assert not StatusEvent.objects.exists()


def test_a_source_kept_apart_becomes_its_own_item_and_is_left_out_of_the_decision(editor):
    stray, *rest = [claim(article(n)) for n in range(3)]
    review.proposal_keep_apart(proposal=stray, user=editor)
    keys = sorted(str(i.key) for i in items())
    assert keys == ["KZ.announced.2025", f"KZ.announced.2025.{stray.pk}"]
    review.item_confirm(key=review.ItemKey("KZ", "announced", 2025), user=editor)
    stray.refresh_from_db()
    assert stray.review_state == "pending"
    assert ReviewLog.objects.filter(action="proposal_split", proposal=stray).exists()


def test_an_edited_item_moves_every_proposal_to_the_new_claim(editor):
    for n in range(2):
        claim(article(n))
    new = review.item_update(
        key=review.ItemKey("KZ", "announced", 2025),
        user=editor,
        status="signed",
        date=datetime.date(2025, 11, 6),
        date_precision="day",
    )
    assert str(new) == "KZ.signed.2025"
    assert set(ProposedChange.objects.values_list("status", "date")) == {
        ("signed", datetime.date(2025, 11, 6))
    }
    assert ReviewLog.objects.filter(action="proposal_edit").count() == 2


def test_undoing_a_confirmed_event_reverts_it_and_reopens_its_proposals(editor):
    for n in range(2):
        claim(article(n))
    key = review.ItemKey("KZ", "announced", 2025)
    event, _ = review.item_confirm(key=key, user=editor)
    review.event_undo(event=event, user=editor)
    event.refresh_from_db()
    assert event.reverted_at is not None
    assert Country.objects.get(iso2="KZ").current_status == ""
    assert [str(i.key) for i in items()] == [str(key)]
    again, _ = review.item_confirm(key=key, user=editor)  # and it can be decided again
    assert again != event and again.reverted_at is None
    history = list(review.item_history(key).values_list("action", flat=True))
    assert history.count("proposal_confirm") == 4 and "event_revert" in history


def test_only_editors_decide_items(staff):
    claim(article(1))
    with pytest.raises(review.ReviewError):
        review.item_confirm(key=review.ItemKey("KZ", "announced", 2025), user=staff)
    assert ProposedChange.objects.get().review_state == "pending"


@pytest.mark.parametrize("n_items", [2, 12])
def test_the_queue_costs_the_same_number_of_queries_for_more_items(
    n_items, django_assert_num_queries
):
    countries = list(Country.objects.order_by("iso2")[:n_items])
    for n, country in enumerate(countries):
        for m in range(3):
            claim(article(f"{n}-{m}", ["en", "id", "ar"][m]), iso2=country.iso2)
    with django_assert_num_queries(7):  # groups (2), countries, events, rivals, proposals, leads
        found = items()
    assert len(found) == n_items and all(i.lead is not None for i in found)
