"""The first real input: an Indonesian article about Kazakhstan, every
paragraph scraped twice."""

import datetime
from pathlib import Path

import pytest

from accords.extraction import extract
from accords.extraction.text import collapse_repeated_paragraphs

SEED = Path(__file__).resolve().parent.parent / "fixtures" / "seed_id_kazakhstan.txt"


@pytest.fixture(scope="module")
def raw_text():
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module", params=["raw", "collapsed"])
def result(request, raw_text):
    text = raw_text if request.param == "raw" else collapse_repeated_paragraphs(raw_text)
    return text, extract(text, published=datetime.date(2025, 11, 10))


def statuses(extraction, country):
    return {claim.status for claim in extraction.claims if claim.country == country}


def test_it_detects_indonesian(result):
    assert result[1].language == "id"


def test_kazakhstan_is_announced_and_may_be_negotiating(result):
    found = statuses(result[1], "KZ")
    assert "announced" in found
    assert found <= {"announced", "negotiating"}


@pytest.mark.parametrize("country", ["AE", "BH", "MA"])
def test_the_2020_signatories_are_signed_in_2020_as_background(result, country):
    claims = [c for c in result[1].claims if c.country == country]
    assert [(c.status, c.date, c.date_precision, c.background) for c in claims] == [
        ("signed", "2020", "year", True)
    ]


def test_saudi_arabia_is_prospective_or_declined_through_riyadh(result):
    found = statuses(result[1], "SA")
    assert found and found <= {"prospective", "declined"}
    assert "declined" in found  # only "Riyadh" carries the refusal


@pytest.mark.parametrize("country", ["IL", "US", "KG", "TJ", "TM", "UZ", "RU", "CN", "PS"])
def test_it_proposes_nothing_for_founders_neighbours_and_palestine(result, country):
    assert statuses(result[1], country) == set()


def test_each_claim_appears_once(result):
    keys = [(c.country, c.status, c.date) for c in result[1].claims]
    assert len(keys) == len(set(keys))
    assert len({(c.country, c.status) for c in result[1].claims}) == len(keys)


def test_18_november_is_not_a_status_date(result):
    assert all(claim.date is None or "11-18" not in claim.date for claim in result[1].claims)


def test_evidence_is_the_exact_text_at_the_offsets(result):
    text, extraction = result
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.evidence


def test_background_claims_are_less_confident_than_the_news(result):
    claims = result[1].claims
    kz = max(c.confidence for c in claims if c.country == "KZ")
    assert all(c.confidence < kz for c in claims if c.background)
