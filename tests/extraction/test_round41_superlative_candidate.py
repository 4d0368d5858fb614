"""Round forty-one, the candidate told with a definite or superlative adjective ("המועמדת
המובילה היא אזרבייג'ן", the article on noun and adjective; "المرشحة الأبرز", "المرشح الأوفر
حظاً"; "el candidato más firme", "la candidata mejor situada"; "the strongest candidate",
"the likeliest candidate"; "kandidat terkuat"; "calon paling kuat"): others' speculation,
prospective (`cues.prospective`, he ar es en id ms; German, Russian, Turkish, Persian, French
and Kazakh already read it). Near misses: a party candidate for a ministry gives nothing, and a
member named beside the candidate keeps its membership. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "he": [
        (
            "בירושלים מעריכים כי המועמדת המובילה להצטרף להסכמי אברהם היא אזרבייג'ן.",
            {("AZ", P)},
        ),
        ("לדברי דיפלומטים, אזרבייג'ן היא המועמדת הטבעית להסכמי אברהם.", {("AZ", P)}),
        (
            "קזחסטן הצטרפה להסכמי אברהם, והמועמד העיקרי לתפקיד השגריר שם הוא איש עסקים.",
            {("KZ", "announced")},
        ),
    ],
    "ar": [
        ("ويرى مراقبون أن المرشحة الأبرز للانضمام إلى اتفاقيات أبراهام هي أذربيجان.", {("AZ", P)}),
        ("وتبقى أذربيجان المرشح الأوفر حظاً للانضمام إلى اتفاقيات أبراهام.", {("AZ", P)}),
    ],
    "es": [
        (
            "El candidato más firme para sumarse a los Acuerdos de Abraham es Azerbaiyán.",
            {("AZ", P)},
        ),
        (
            "Para Washington, la candidata mejor situada para los Acuerdos de Abraham es Azerbaiyán.",
            {("AZ", P)},
        ),
    ],
    "en": [
        ("The strongest candidate to join the Abraham Accords is Azerbaijan.", {("AZ", P)}),
        (
            "The UAE signed the Abraham Accords in 2020; diplomats call Azerbaijan the likeliest "
            "candidate now.",
            {("AE", S, "2020"), ("AZ", P)},
        ),
    ],
    "id": [
        (
            "Kandidat terkuat untuk bergabung dengan Perjanjian Abraham adalah Azerbaijan.",
            {("AZ", P)},
        ),
    ],
    "ms": [
        ("Calon paling kuat untuk menyertai Perjanjian Abraham ialah Azerbaijan.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_superlative_candidate(language, text, expected):
    check_case(language, text, expected)
