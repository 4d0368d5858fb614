"""Round fifty-one, a joining not agreed yet ("Azerbaijan has not agreed to join the accords",
"n'a pas encore accepté de rejoindre", "aún no ha aceptado unirse", "пока не согласился
присоединиться", "טרם הסכימה להצטרף", "لم توافق بعد على الانضمام", "hat einem Beitritt noch nicht
zugestimmt"): the text tells that no decision has been taken, an open question as "has not
decided" is, neither the country's refusal nor its joining. English, French and Spanish had read a
refusal from the negation; Russian, Hebrew, Arabic and German had read the agreeing verb as an
announcement (`questions` en fr es ru he ar de). Near misses: a country that agreed to join is
announced; a refusal said outright in the same sentence ("and will not sign them before a
Palestinian state exists") stays a refusal; "refused to join" stays a refusal. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

CASES = {
    "en": [
        ("Azerbaijan has not agreed to join the Abraham Accords.", set()),
        (
            "Azerbaijan has not yet agreed to join the Abraham Accords, officials in Baku said.",
            set(),
        ),
        ("Oman hasn't agreed to sign the Abraham Accords.", set()),
        ("Kazakhstan has agreed to join the Abraham Accords.", {("KZ", A)}),
        (
            "Oman has not agreed to sign the Abraham Accords, and will not sign them before a "
            "Palestinian state exists.",
            {("OM", D)},
        ),
        ("Pakistan refused to join the Abraham Accords.", {("PK", D)}),
    ],
    "fr": [
        ("L'Azerbaïdjan n'a pas encore accepté de rejoindre les accords d'Abraham.", set()),
        ("Le Kazakhstan a accepté de rejoindre les accords d'Abraham.", {("KZ", A)}),
    ],
    "es": [
        ("Azerbaiyán aún no ha aceptado unirse a los Acuerdos de Abraham.", set()),
        ("Omán no ha aceptado todavía sumarse a los Acuerdos de Abraham.", set()),
        ("Kazajistán aceptó unirse a los Acuerdos de Abraham.", {("KZ", A)}),
    ],
    "ru": [
        ("Азербайджан пока не согласился присоединиться к Авраамовым соглашениям.", set()),
        ("Казахстан согласился присоединиться к Авраамовым соглашениям.", {("KZ", A)}),
    ],
    "he": [
        ("אזרבייג'ן טרם הסכימה להצטרף להסכמי אברהם.", set()),
        ("קזחסטן הסכימה להצטרף להסכמי אברהם.", {("KZ", A)}),
    ],
    "ar": [
        ("لم توافق أذربيجان بعد على الانضمام إلى اتفاقيات أبراهام.", set()),
        ("لم توافق بعد أذربيجان على الانضمام إلى اتفاقيات أبراهام.", set()),
        ("وافقت كازاخستان على الانضمام إلى اتفاقيات أبراهام.", {("KZ", A)}),
    ],
    "de": [
        ("Aserbaidschan hat einem Beitritt zu den Abraham-Abkommen noch nicht zugestimmt.", set()),
        ("Aserbaidschan hat noch nicht zugestimmt, den Abraham-Abkommen beizutreten.", set()),
        ("Kasachstan hat einem Beitritt zu den Abraham-Abkommen zugestimmt.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_yet_agreed(language, text, expected):
    assert found(text, language) == expected
