"""Joinings and refusals told in the tenses of reported speech and of "después de que": the
imperfect of a joining after an announcement ("Trump anunció que Astaná se unía a los
acuerdos", "a annoncé que le Kazakhstan adhérait aux accords", "se joignait aux accords") is
that joining, announced (signed for the first signatories in 2020-2021); the Spanish imperfect
subjunctive of a refusal word ("después de que Pakistán descartara su adhesión", "rechazara",
"se negara a") refuses the joining after it, as "descartó" does. Near misses: a negated
imperfect ("n'adhérait pas") is a refusal, and a refusal of something else ("rechazara la
propuesta egipcia") gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Trump anunció el 6 de noviembre de 2025 que Astaná se unía a los acuerdos.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Los Acuerdos de Abraham. En diciembre de 2020 se supo que Marruecos se sumaba a los acuerdos.",
            {("MA", S, "2020-12")},
        ),
        (
            "Los Acuerdos de Abraham. Un día después de que Pakistán descartara públicamente su adhesión, "
            "Peña habló en Asunción.",
            {("PK", D)},
        ),
        (
            "Los Acuerdos de Abraham. Aunque Indonesia rechazara la normalización, Malasia siguió igual.",
            {("ID", D)},
        ),
        (
            "Los Acuerdos de Abraham. Fue después de que Argelia se negara a sumarse a los acuerdos.",
            {("DZ", D)},
        ),
        (
            "Los Acuerdos de Abraham. Después de que Egipto rechazara la propuesta, la cumbre terminó.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le 6 novembre 2025, Donald Trump a annoncé que le Kazakhstan adhérait aux "
            "accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Les accords d'Abraham. Le 6 novembre 2025, Donald Trump a annoncé que le Kazakhstan se joignait "
            "aux accords.",
            {("KZ", A, "2025-11-06")},
        ),
        ("Les accords d'Abraham. Le Kazakhstan n'adhérait pas aux accords.", {("KZ", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round25_reported_forms(language, text, expected):
    check_case(language, text, expected)
