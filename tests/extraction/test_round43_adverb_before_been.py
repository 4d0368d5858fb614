"""Round forty-three, a participation or membership whose halt is told with an adverb of degree
before "been" ("Sudan's participation has effectively been frozen", "has virtually been
suspended", "has in effect been put on ice"): a halt, as "has been effectively frozen" was
(`cues.suspended`, en; the adverb's place after the auxiliary is English's: French "a de facto été
gelée", German "faktisch eingefroren", Russian "фактически заморожено", Indonesian "praktis
dibekukan" and Turkish "fiilen donduruldu" are read already, and have cases here). Near misses: the
same adverbs before another participle ("has largely been a formality", "has effectively been
confirmed") give nothing, and other ties frozen are no halt of the accords. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

_SD = {("SD", U)}

CASES = {
    "en": [
        (
            "The Abraham Accords were signed in 2020. Both panelists agreed that Sudan's"
            " participation has effectively been frozen by the civil war.",
            _SD,
        ),
        (
            "The Abraham Accords were signed in 2020. Sudan's participation has virtually been"
            " frozen since the war.",
            _SD,
        ),
        (
            "The Abraham Accords were signed in 2020. Sudan's membership has in effect been put"
            " on ice.",
            _SD,
        ),
        ("The Abraham Accords. Sudan's membership has largely been a formality.", set()),
        ("The Abraham Accords. Sudan's participation has effectively been confirmed.", set()),
        (
            "The Abraham Accords. Saudi Arabia's relations with Iran have effectively been frozen.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont été signés en 2020. La participation du Soudan a été de"
            " facto gelée par la guerre civile.",
            _SD,
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wurden 2020 unterzeichnet. Die Teilnahme des Sudan ist durch den"
            " Bürgerkrieg faktisch eingefroren.",
            _SD,
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения подписаны в 2020 году. Участие Судана фактически заморожено"
            " из-за гражданской войны.",
            _SD,
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada 2020. Partisipasi Sudan praktis dibekukan akibat"
            " perang saudara.",
            _SD,
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları 2020'de imzalandı. Sudan'ın katılımı iç savaş nedeniyle fiilen"
            " donduruldu.",
            _SD,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_adverb_before_been(language, text, expected):
    check_case(language, text, expected)
