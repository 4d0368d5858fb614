"""Uniqueness and allowed values live in the database: these tests go around the services."""

import datetime

import pytest
from django.db import IntegrityError, transaction

from accords.models import Article, Citation, Country, ProposedChange, StatusEvent, date_key

pytestmark = pytest.mark.django_db


def make_article(**fields):
    return Article.objects.create(**fields)


def make_proposal(article, **fields):
    values = dict(article=article, claim_key="KZ:announced:", country=Country.objects.get(iso2="KZ"),
                  status="announced", confidence=0.9, evidence="Kazakhstan akan bergabung.",
                  evidence_start=0, evidence_end=26)
    values.update(fields)
    return ProposedChange.objects.create(**values)


def test_every_iso_country_is_loaded_with_founders_marked():
    assert Country.objects.filter(user_assigned=False).count() == 249
    assert set(Country.objects.filter(founding=True).values_list("iso2", flat=True)) == {"IL", "US"}
    assert Country.objects.get(iso2="AE").iso3 == "ARE"


def test_two_articles_cannot_share_a_canonical_url():
    make_article(url="https://example.org/a")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(url="https://example.org/a")


def test_many_pasted_articles_may_have_no_url():
    make_article(content_hash="a" * 64)
    make_article(content_hash="b" * 64)
    assert Article.objects.filter(url__isnull=True).count() == 2


def test_two_articles_cannot_share_a_content_hash():
    make_article(content_hash="c" * 64)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(content_hash="c" * 64)


def test_an_article_state_outside_the_list_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_article(state="lost")


def test_one_proposal_per_article_and_claim():
    article = make_article()
    make_proposal(article)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_proposal(article)
    make_proposal(article, claim_key="KZ:negotiating:", status="negotiating")
    assert article.proposals.count() == 2


def test_a_status_outside_the_taxonomy_is_refused():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_proposal(make_article(), status="joined")


def test_a_date_needs_a_precision_and_no_date_has_none():
    article = make_article()
    with pytest.raises(IntegrityError), transaction.atomic():
        make_proposal(article, date=datetime.date(2020, 1, 1), date_precision="")
    with pytest.raises(IntegrityError), transaction.atomic():
        make_proposal(article, claim_key="x", date=None, date_precision="year")


def test_confidence_stays_between_zero_and_one():
    with pytest.raises(IntegrityError), transaction.atomic():
        make_proposal(make_article(), confidence=1.5)


def test_an_event_belongs_to_at_most_one_proposal():
    article = make_article()
    proposal = make_proposal(article)
    kz = Country.objects.get(iso2="KZ")
    now = datetime.datetime.now(datetime.UTC)
    StatusEvent.objects.create(country=kz, status="announced", date=datetime.date(2025, 11, 6),
                               date_precision="day", confirmed_at=now, proposal=proposal)
    with pytest.raises(IntegrityError), transaction.atomic():
        StatusEvent.objects.create(country=kz, status="announced", date=datetime.date(2025, 11, 7),
                                   date_precision="day", confirmed_at=now, proposal=proposal)


def test_an_article_is_cited_once_per_event():
    kz = Country.objects.get(iso2="KZ")
    event = StatusEvent.objects.create(
        country=kz, status="announced", date=datetime.date(2025, 11, 6), date_precision="day",
        confirmed_at=datetime.datetime.now(datetime.UTC))
    article = make_article()
    Citation.objects.create(event=event, article=article)
    with pytest.raises(IntegrityError), transaction.atomic():
        Citation.objects.create(event=event, article=article)


@pytest.mark.parametrize(("date", "precision", "key"), [
    (datetime.date(2020, 1, 1), "year", "2020"),
    (datetime.date(2020, 9, 1), "month", "2020-09"),
    (datetime.date(2020, 9, 15), "day", "2020-09-15"),
    (None, "", ""),
])
def test_a_date_is_written_at_its_precision(date, precision, key):
    assert date_key(date, precision) == key


@pytest.mark.parametrize(("code", "direction"), [
    ("ar", "rtl"), ("he", "rtl"), ("fa", "rtl"), ("ur", "rtl"),
    ("en", "ltr"), ("kk", "ltr"), ("", "ltr"), ("zz", "ltr"), ("not a code", "ltr"),
])
def test_an_articles_direction_comes_from_cldr(code, direction):
    assert Article(language=code).direction == direction
