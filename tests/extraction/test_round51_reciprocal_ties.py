"""Ties two countries made with each other ("Turkey and Armenia agreed to normalise relations with
each other", "اتفقت السعودية وإيران على تطبيع العلاقات بينهما", "Die Türkei und Armenien
vereinbarten, ihre Beziehungen zueinander zu normalisieren"), in a sentence naming neither Israel
nor the accords, are their own: no joining (both were read as an announcement at 0.80–0.85). New
keys `ties_nouns` ("relations", "ties", "العلاقات": the ties the step's cue governs, after it or
inside it; before it too for the reciprocals of verb-final languages) and `reciprocals` ("with each other", "entre eux", "между собой", "بينهما", "zueinander"), read
after a joining, announced or signed cue (before it too, for the verb-final languages), with two
countries that are no founders named before it. Ties agreed "with" another country are now read
from the ties noun ("وافقت السعودية على تطبيع العلاقات مع إيران": the subject between the step and
its ties), and need one: "joined last week, together with Azerbaijan" names company, no partner,
and keeps its joining (it had been dropped); a step to come ("could normalise ties with Iran") is
no candidacy either.
Near misses: the same with Israel named stays an announcement; one country restoring ties "between
the two countries" (the other named in the sentence before) keeps what it had; a list normalising
"their relations" with no reciprocal stays a step (the founders are often left unnamed in such
lists). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

CASES = {
    "en": [
        ("Turkey and Armenia agreed to normalise relations with each other.", set()),
        ("Turkey and Armenia agreed to normalise ties between the two countries.", set()),
        (
            "Saudi Arabia and Iran agreed in Beijing to restore relations with one another.",
            set(),
        ),
        (
            "Morocco and Israel agreed to normalise relations with each other.",
            {("MA", A)},
        ),
        ("Oman agreed to normalise relations between the two countries.", {("OM", A)}),
        ("Saudi Arabia could soon normalise ties with Iran.", set()),
        ("Saudi Arabia could soon normalise ties with Israel.", {("SA", P)}),
        # company, not a partner: no ties named after the step
        (
            "The Abraham Accords keep growing. Kazakhstan joined last week, together with "
            "Azerbaijan's blessing.",
            {("KZ", A)},
        ),
        # ties in a clause before the step are that clause's
        (
            "The Abraham Accords may grow. Pakistan, which has close military ties with Saudi "
            "Arabia, could follow the kingdom in.",
            {("PK", P)},
        ),
    ],
    "fr": [
        (
            "La Turquie et l'Arménie ont convenu de normaliser leurs relations entre les deux pays.",
            set(),
        ),
        (
            "Le Maroc et Israël ont convenu de normaliser leurs relations entre eux.",
            {("MA", A)},
        ),
    ],
    "es": [("Turquía y Armenia acordaron normalizar sus relaciones entre sí.", set())],
    "de": [
        (
            "Die Türkei und Armenien vereinbarten, ihre Beziehungen zueinander zu normalisieren.",
            set(),
        )
    ],
    "ru": [("Турция и Армения договорились нормализовать отношения между собой.", set())],
    "ar": [
        ("اتفقت السعودية وإيران على تطبيع العلاقات بينهما.", set()),
        ("وافقت السعودية على تطبيع العلاقات مع إيران.", set()),
        ("وافقت السعودية على تطبيع العلاقات مع إسرائيل.", {("SA", A)}),
    ],
    "he": [("טורקיה וארמניה הסכימו לנרמל את היחסים ביניהן.", set())],
    "id": [("Turki dan Armenia sepakat menormalisasi hubungan satu sama lain.", set())],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_reciprocal_ties(language, text, expected):
    assert found(text, language) == expected
