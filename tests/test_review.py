"""Confirming, rejecting, editing and reverting: the services behind the admin."""

import datetime
import threading

import pytest
from django.db import connection

from accords import review, services
from accords.models import Citation, Country, ReviewLog, StatusEvent
from tests.builders import article, proposal

pytestmark = pytest.mark.django_db


def test_confirming_writes_an_event_with_its_citation_and_the_current_status(editor):
    p = proposal(
        article(outlet="Example News"),
        iso2="AZ",
        status="negotiating",
        date=datetime.date(2025, 11, 1),
        precision="month",
    )
    event = review.proposal_confirm(proposal=p, user=editor)
    p.refresh_from_db()
    assert p.review_state == "confirmed" and p.reviewed_by == editor and p.event == event
    assert (event.country.iso2, event.status, event.date_key) == ("AZ", "negotiating", "2025-11")
    citation = event.citations.get()
    assert citation.article == p.article and citation.evidence == p.evidence
    assert citation.outlet == "Example News"
    az = Country.objects.get(iso2="AZ")
    assert az.current_status == "negotiating" and az.current_event == event
    log = ReviewLog.objects.get(action="proposal_confirm")
    assert log.user == editor and log.proposal == p and log.event == event


def test_a_claim_without_a_date_is_not_confirmed_until_an_editor_chooses_one(editor):
    from accords.review import DateNeeded, proposals_confirm

    p = proposal(iso2="AZ")
    with pytest.raises(DateNeeded) as refused:
        review.proposal_confirm(proposal=p, user=editor)
    # Offered, never taken by itself: the article's publication date.
    assert refused.value.plan.kind == "choose" and refused.value.plan.published == ["2025-11-07"]
    p.refresh_from_db()
    assert p.review_state == "pending" and not StatusEvent.objects.exists()
    event, _ = proposals_confirm(
        ids=[p.pk], user=editor, date=datetime.date(2025, 11, 1), date_precision="month"
    )
    assert (event.date_key, event.date_precision) == ("2025-11", "month")


def test_a_future_date_is_refused_when_confirming_and_editing(editor):
    from accords.review import proposals_confirm

    p = proposal(iso2="AZ")
    tomorrow = datetime.date.today() + datetime.timedelta(days=2)
    with pytest.raises(review.ReviewError, match="after today"):
        proposals_confirm(ids=[p.pk], user=editor, date=tomorrow, date_precision="day")
    with pytest.raises(review.ReviewError, match="after today"):
        review.proposal_update(proposal=p, user=editor, date=tomorrow, date_precision="day")
    p.refresh_from_db()
    assert p.review_state == "pending" and p.date is None and not StatusEvent.objects.exists()


def test_sources_giving_different_dates_need_a_choice_and_a_future_one_is_never_offered(editor):
    from accords.review import DateNeeded, proposals_confirm

    future = datetime.date.today() + datetime.timedelta(days=1)
    ps = [
        proposal(date=datetime.date(2025, 11, 6), precision="day"),
        proposal(date=datetime.date(2025, 11, 6), precision="day"),
        proposal(date=datetime.date(2025, 11, 10), precision="day"),
        proposal(date=future, precision="day"),
    ]
    with pytest.raises(DateNeeded) as refused:
        proposals_confirm(ids=[p.pk for p in ps], user=editor)
    plan = refused.value.plan
    assert plan.kind == "conflict"
    assert plan.options == [("2025-11-06", 2), ("2025-11-10", 1)]  # the most frequent first
    assert plan.future == [future.isoformat()]
    event, n = proposals_confirm(
        ids=[p.pk for p in ps], user=editor, date=datetime.date(2025, 11, 6), date_precision="day"
    )
    assert event.date_key == "2025-11-06" and n == 4


def test_a_known_step_gets_the_article_as_another_source_not_a_second_event(editor):
    services.reference_load()
    before = StatusEvent.objects.count()
    p = proposal(iso2="AE", status="signed", date=datetime.date(2020, 1, 1), precision="year")
    event = review.proposal_confirm(proposal=p, user=editor)
    assert StatusEvent.objects.count() == before
    assert event.source == "reference" and event.date == datetime.date(2020, 9, 15)
    assert event.citations.filter(article=p.article).exists()


def test_only_editors_may_confirm_or_reject(staff):
    p = proposal()
    with pytest.raises(review.ReviewError):
        review.proposal_confirm(proposal=p, user=staff)
    with pytest.raises(review.ReviewError):
        review.proposal_reject(proposal=p, user=staff)
    p.refresh_from_db()
    assert p.review_state == "pending"
    assert not StatusEvent.objects.exists()


def test_a_proposal_is_decided_once(editor, second_editor):
    p = proposal(iso2="AZ", date=datetime.date(2025, 11, 6), precision="day")
    review.proposal_confirm(proposal=p, user=editor)
    with pytest.raises(review.ReviewError, match="already reviewed"):
        review.proposal_confirm(proposal=p, user=second_editor)
    with pytest.raises(review.ReviewError):
        review.proposal_reject(proposal=p, user=second_editor)
    assert StatusEvent.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_two_editors_confirming_at_the_same_moment_make_one_event(editor, second_editor):
    p = proposal(iso2="AZ", date=datetime.date(2025, 11, 6), precision="day")
    barrier = threading.Barrier(2)
    outcomes = []

    def confirm(user):
        barrier.wait()
        try:
            review.proposal_confirm(proposal=p, user=user)
            outcomes.append("ok")
        except review.ReviewError:
            outcomes.append("refused")
        finally:
            connection.close()

    threads = [threading.Thread(target=confirm, args=(u,)) for u in (editor, second_editor)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["ok", "refused"]
    assert StatusEvent.objects.count() == 1
    assert Citation.objects.count() == 1


def test_rejecting_writes_no_event_and_is_logged(editor):
    p = proposal()
    review.proposal_reject(proposal=p, user=editor, reason="speculation")
    p.refresh_from_db()
    assert p.review_state == "rejected"
    assert not StatusEvent.objects.exists()
    assert ReviewLog.objects.get(action="proposal_reject").data == {"reason": "speculation"}


def test_an_edit_before_confirming_is_recorded_field_by_field(editor):
    p = proposal()
    review.proposal_update(
        proposal=p,
        user=editor,
        country=Country.objects.get(iso2="UZ"),
        status="negotiating",
        date=datetime.date(2025, 11, 1),
        date_precision="month",
    )
    p.refresh_from_db()
    assert (p.country.iso2, p.status, p.date_key) == ("UZ", "negotiating", "2025-11")
    changed = ReviewLog.objects.get(action="proposal_edit").data["changed"]
    assert changed == {
        "country": ["Kazakhstan", "Uzbekistan"],
        "status": ["announced", "negotiating"],
        "date": ["", "2025-11"],
    }
    event = review.proposal_confirm(proposal=p, user=editor)
    assert (event.country.iso2, event.status, event.date_key) == ("UZ", "negotiating", "2025-11")


def test_reverting_an_event_restores_the_previous_status(editor):
    services.reference_load()
    p = proposal(iso2="MA", status="suspended", date=datetime.date(2025, 10, 1), precision="day")
    event = review.proposal_confirm(proposal=p, user=editor)
    assert Country.objects.get(iso2="MA").current_status == "suspended"
    review.event_revert(event=event, user=editor)
    assert Country.objects.get(iso2="MA").current_status == "signed"
    with pytest.raises(review.ReviewError):
        review.event_revert(event=event, user=editor)
