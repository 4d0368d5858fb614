"""Two editors deciding about one country at the same instant, 30 times over: the current
status is never lost, and one step is never two live events.  Threads with their own database
connections, on SQLite and on PostgreSQL (where the transactions really interleave)."""

import datetime
import threading

import pytest
from django.db import connection

from accords import review
from accords.models import Article, Country, ProposedChange, StatusEvent

pytestmark = pytest.mark.django_db(transaction=True)
PAIRS = 30
CHOSEN = {"date": datetime.date(2025, 11, 6), "date_precision": "day"}


def proposal(country, status, date=None, precision="", number=0):
    article = Article.objects.create(
        title=f"{country.iso2} {status} {number}", language="en", text="Text.",
        published=datetime.date(2025, 11, 7), url=f"https://example.com/{country.iso2}/{status}/{number}",
        state=Article.State.EXTRACTED)
    return ProposedChange.objects.create(
        article=article, claim_key=f"{country.iso2}:{status}:{date or ''}", country=country,
        status=status, date=date, date_precision=precision, confidence=0.9, evidence="Text.",
        evidence_start=0, evidence_end=5)


def at_once(*actions):
    barrier = threading.Barrier(len(actions))
    errors = []

    def run(action):
        barrier.wait()
        try:
            action()
        except Exception as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(action,)) for action in actions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors, errors


def countries():
    return list(Country.objects.exclude(iso2__in=["AE", "BH", "MA", "SD", "IL", "KZ", "US"])
                .order_by("iso2")[:PAIRS])


def test_two_steps_of_one_country_confirmed_at_once_leave_the_right_current_status(
        editor, second_editor):
    wrong = []
    for country in countries():
        earlier = proposal(country, "negotiating", datetime.date(2025, 1, 10), "day")
        later = proposal(country, "announced", datetime.date(2025, 6, 10), "day")
        at_once(lambda p=earlier: review.proposal_confirm(proposal=p, user=editor),
                lambda p=later: review.proposal_confirm(proposal=p, user=second_editor))
        country.refresh_from_db()
        if country.current_status != "announced":
            wrong.append((country.iso2, country.current_status))
    assert wrong == []


def test_a_confirmation_and_a_revert_at_once_leave_the_right_current_status(
        editor, second_editor):
    wrong = []
    for country in countries()[:10]:
        old = review.proposal_confirm(
            proposal=proposal(country, "negotiating", datetime.date(2025, 1, 10), "day"),
            user=editor)
        newer = proposal(country, "announced", datetime.date(2025, 6, 10), "day")
        at_once(lambda e=old: review.event_revert(event=e, user=editor),
                lambda p=newer: review.proposal_confirm(proposal=p, user=second_editor))
        country.refresh_from_db()
        if country.current_status != "announced":
            wrong.append((country.iso2, country.current_status))
    assert wrong == []


def test_two_undated_sources_of_one_step_confirmed_at_once_make_one_event(editor, second_editor):
    doubled = []
    for country in countries():
        first = proposal(country, "announced", number=1)
        second = proposal(country, "announced", number=2)
        # Undated in the text: each editor supplies the same date, as the desk asks them to.
        at_once(lambda p=first: review.proposals_confirm(ids=[p.pk], user=editor, **CHOSEN),
                lambda p=second: review.proposals_confirm(ids=[p.pk], user=second_editor,
                                                          **CHOSEN))
        live = StatusEvent.objects.filter(country=country, reverted_at__isnull=True).count()
        if live != 1:
            doubled.append((country.iso2, live))
        else:
            assert StatusEvent.objects.get(country=country).citations.count() == 2
    assert doubled == []
