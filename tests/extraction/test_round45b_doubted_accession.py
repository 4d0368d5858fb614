"""Round forty-five, a joining said not to be expected ("Ein saudischer Beitritt ist für dieses
Jahr nicht eingepreist", "A Saudi accession is not expected this year", "Une adhésion saoudienne
n'est pas attendue cette année", "Присоединение Саудовской Аравии в этом году не ожидается"): a
doubt after the joining in its clause, as "unlikely" is; the joining is an open question and
gives no claim, where it was read as announced (`doubts_after`: de, en, fr, es, ru, tr). Near
misses: a doubt past a comma ("Kazakhstan's accession, not expected by anyone, was announced")
and a signing not expected that follows a joining told as done keep the joining. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. „Ein saudischer Beitritt ist für dieses Jahr nicht "
            "eingepreist“, sagt eine Analystin.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Ein saudischer Beitritt ist in diesem Jahr nicht zu erwarten.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Ein Beitritt Saudi-Arabiens ist für dieses Jahr nicht "
            "eingepreist.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. A Saudi accession is not priced in for this year, an analyst "
            "says.",
            set(),
        ),
        ("The Abraham Accords. A Saudi accession is not expected this year.", set()),
        (
            "The Abraham Accords. Kazakhstan's accession, not expected by anyone, was announced "
            "on Thursday.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. Une adhésion saoudienne n'est pas attendue cette année.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Una adhesión saudí no se espera este año.", set()),
    ],
    "ru": [
        (
            "Соглашения Авраама. Присоединение Саудовской Аравии в этом году не ожидается.",
            set(),
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Suudi Arabistan'ın bu yıl anlaşmalara katılması beklenmiyor.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_doubted_accession(language, text, expected):
    assert found(text, language) == expected
