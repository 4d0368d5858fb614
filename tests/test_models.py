"""Uniqueness and allowed values live in the database: these tests go around the services."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from accords.models import Article, Citation, Country, date_key
from tests.builders import article, event, proposal

pytestmark = pytest.mark.django_db


def test_every_iso_country_is_loaded_with_founders_marked():
    assert Country.objects.filter(user_assigned=False).count() == 249
    assert set(Country.objects.filter(founding=True).values_list("iso2", flat=True)) == {"IL", "US"}
    assert Country.objects.get(iso2="AE").iso3 == "ARE"


def test_two_articles_cannot_share_a_canonical_url():
    article(url="https://example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        article(url="https://example.org/a")


def test_many_pasted_articles_may_have_no_url():
    article(url=None, content_hash="a" * 64)
    article(url=None, content_hash="b" * 64)
    assert Article.objects.filter(url__isnull=True).count() == 2


def test_two_articles_cannot_share_a_content_hash():
    article(url=None, content_hash="c" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        article(url=None, content_hash="c" * 64)


def test_an_article_state_outside_the_list_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        article(state="lost")


def test_one_proposal_per_article_and_claim():
    source = article()
    proposal(source)
    with pytest.raises(IntegrityError), transaction.atomic():
        proposal(source)
    proposal(source, status="negotiating")
    assert source.proposals.count() == 2


def test_a_status_outside_the_taxonomy_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        proposal(article(), status="joined")


def test_a_date_needs_a_precision_and_no_date_has_none():
    source = article()
    with pytest.raises(IntegrityError), transaction.atomic():
        proposal(source, date=datetime.date(2020, 1, 1), precision="")
    with pytest.raises(IntegrityError), transaction.atomic():
        proposal(source, claim_key="x", date=None, precision="year")


def test_confidence_stays_between_zero_and_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        proposal(article(), confidence=1.5)


def test_an_event_belongs_to_at_most_one_proposal():
    source = article()
    claim = proposal(source)
    now = datetime.datetime.now(datetime.UTC)
    event("KZ", "announced", datetime.date(2025, 11, 6), "day", confirmed_at=now, proposal=claim)
    with pytest.raises(IntegrityError), transaction.atomic():
        event(
            "KZ", "announced", datetime.date(2025, 11, 7), "day", confirmed_at=now, proposal=claim
        )


def test_an_article_is_cited_once_per_event():
    step = event(
        "KZ",
        "announced",
        datetime.date(2025, 11, 6),
        "day",
        confirmed_at=datetime.datetime.now(datetime.UTC),
    )
    source = article()
    Citation.objects.create(event=step, article=source)
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(event=step, article=source)


@pytest.mark.parametrize(
    ("date", "precision", "key"),
    [
        (datetime.date(2020, 1, 1), "year", "2020"),
        (datetime.date(2020, 9, 1), "month", "2020-09"),
        (datetime.date(2020, 9, 15), "day", "2020-09-15"),
        (None, "", ""),
    ],
)
def test_a_date_is_written_at_its_precision(date, precision, key):
    assert date_key(date, precision) == key


@pytest.mark.parametrize(
    ("code", "direction"),
    [
        ("ar", "rtl"),
        ("he", "rtl"),
        ("fa", "rtl"),
        ("ur", "rtl"),
        ("en", "ltr"),
        ("kk", "ltr"),
        ("", "ltr"),
        ("zz", "ltr"),
        ("not a code", "ltr"),
    ],
)
def test_an_articles_direction_comes_from_cldr(code, direction):
    assert Article(language=code).direction == direction
