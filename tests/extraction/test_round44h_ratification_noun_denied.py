"""Round forty-four, a ratification told as a noun and denied by the words after it in its clause
("ratification never took place", "la ratification n'a jamais eu lieu", "la ratificación nunca se
produjo", "die Ratifizierung kam nie zustande", "ратификацию так и не провели", "ratifikasi tidak
pernah dilakukan", "האשרור לא הושלם"): no ratification, by the labelling rule that "not yet
ratified" is no claim (`ratification_nouns` in en fr es de ru id ms he; `steps._ratification_noun_denied`;
the noun alone read as `ratified`). Near misses: a ratification completed, with a negation past a
comma or beyond the noun's reach, stays `ratified`. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

_SD = {("SD", S)}
_BH = {("BH", "ratified")}

CASES = {
    "en": [
        ("Sudan signed the Abraham Accords; ratification never took place.", _SD),
        ("Sudan signed the Abraham Accords, but the ratification has not happened.", _SD),
        ("Bahrain completed the ratification of the Abraham Accords, not Qatar.", _BH),
    ],
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham, mais la ratification n'a jamais eu lieu.",
            _SD,
        ),
    ],
    "es": [
        ("Sudán firmó los Acuerdos de Abraham, pero la ratificación nunca se produjo.", _SD),
    ],
    "de": [
        (
            "Der Sudan unterzeichnete die Abraham-Abkommen, doch die Ratifizierung kam nie"
            " zustande.",
            _SD,
        ),
    ],
    "ru": [
        (
            "Судан подписал Авраамовы соглашения, но ратификация так и не состоялась.",
            _SD,
        ),
        (
            "Судан подписал Авраамовы соглашения, однако власти в Хартуме ратификацию не провели.",
            _SD,
        ),
        ("Бахрейн завершил ратификацию Авраамовых соглашений, а не Катар.", _BH),
        ("Ратификация Авраамовых соглашений Бахрейном прошла без проблем.", _BH),
    ],
    "id": [
        (
            "Sudan menandatangani Perjanjian Abraham, tetapi ratifikasi tidak pernah dilakukan.",
            _SD,
        ),
    ],
    "ms": [
        (
            "Sudan menandatangani Perjanjian Abraham, tetapi ratifikasi tidak pernah dilaksanakan.",
            _SD,
        ),
    ],
    "he": [
        ("סודן חתמה על הסכמי אברהם, אך האשרור לא הושלם.", _SD),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_ratification_noun_denied(language, text, expected):
    check_case(language, text, expected)
