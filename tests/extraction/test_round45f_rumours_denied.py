"""Round forty-five, a denial told in the passive, the rumour of a country's joining first ("les
rumeurs d'une adhésion prochaine ... ont été démenties sans ambages par le ministère", "Los
rumores de una próxima adhesión de Mauritania fueron desmentidos por Nuakchot"): by the
convention for denials of a country's own joining, its refusal, where the rumour alone had read
as a candidacy (French and Spanish `plan_denials`; the English "were denied by" and the German
"wurden ... dementiert" were read already). Near misses: a denied rumour of something else (a
visit) gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

MR = {("MR", D)}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. À Nouakchott, les rumeurs d'une adhésion prochaine, colportées "
            "par certains médias du Golfe, ont été démenties sans ambages par le ministère des "
            "Affaires étrangères, qui a rappelé que la Mauritanie ne suivrait pas cette voie.",
            MR,
        ),
        (
            "Les accords d'Abraham. Les rumeurs d'une adhésion prochaine de la Mauritanie ont été "
            "démenties par Nouakchott.",
            MR,
        ),
        (
            "Les accords d'Abraham. Les rumeurs d'une adhésion du Niger ont été démenties mardi par "
            "Niamey.",
            {("NE", D, "2025-11-18")},
        ),
        (
            "Les accords d'Abraham. Les rumeurs d'une visite du ministre mauritanien en Israël ont "
            "été démenties.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Los rumores de una próxima adhesión de Mauritania fueron "
            "desmentidos por Nuakchot.",
            MR,
        ),
        (
            "Los Acuerdos de Abraham. Los rumores de una adhesión de Mauritania han sido "
            "rotundamente desmentidos por el Gobierno.",
            MR,
        ),
        (
            "Los Acuerdos de Abraham. Los rumores de una visita del ministro mauritano a Israel "
            "fueron desmentidos.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Rumours of Mauritania's imminent accession were denied by "
            "Nouakchott.",
            MR,
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Gerüchte über einen baldigen Beitritt Mauretaniens wurden von "
            "Nouakchott dementiert.",
            MR,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_rumours_denied(language, text, expected):
    check_case(language, text, expected)
