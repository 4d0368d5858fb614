"""Golden articles per language: the scores must stay at or above thresholds
(not exact equality per file, so one hard case does not block everything)."""

from pathlib import Path

import pytest

from accords.extraction import SUPPORTED_LANGUAGES
from accords.extraction.scoring import load_cases, score

ARTICLES = Path(__file__).resolve().parent.parent / "fixtures" / "articles"
OVERALL_F1 = 0.90
LANGUAGE_F1 = 0.80
DATE_ACCURACY = 0.75


@pytest.fixture(scope="module")
def scores():
    return score(ARTICLES)


def test_every_supported_language_has_at_least_six_golden_articles():
    counts = {}
    for case in load_cases(ARTICLES):
        counts[case.language] = counts.get(case.language, 0) + 1
    assert {code: counts.get(code, 0) for code in SUPPORTED_LANGUAGES if counts.get(code, 0) < 6} == {}


def test_golden_articles_are_150_to_700_words():
    lengths = {case.path.name: len(case.text.split()) for case in load_cases(ARTICLES)}
    assert {name: n for name, n in lengths.items() if not 150 <= n <= 700} == {}


def test_overall_f1_stays_above_threshold(scores):
    assert scores["overall"].f1 >= OVERALL_F1, scores["overall"].errors


@pytest.mark.parametrize("language", SUPPORTED_LANGUAGES)
def test_language_f1_stays_above_threshold(scores, language):
    tally = scores["languages"].get(language)
    assert tally is not None, f"no golden articles for {language}"
    assert tally.f1 >= LANGUAGE_F1, tally.errors


def test_dates_of_found_claims_are_mostly_right(scores):
    assert scores["overall"].date_accuracy >= DATE_ACCURACY, scores["overall"].errors


def test_language_detection_recognises_the_golden_articles(scores):
    overall = scores["overall"]
    assert overall.detected_right / overall.articles >= 0.95
