"""Candidacies told as pressure or a call, as a ministry communiqué and an interview put them
(Arabic and Spanish, with English and French): a founder pressing or courting a country named
before it by a pronoun ("Nuakchot ... y Washington la presiona", "Washington la courtise",
"Washington is pressing it"); a call on named countries to join "the path of peace" or "the
train of normalisation" ("دعا البيان موريتانيا والنيجر إلى اللحاق بمسار السلام", "حثت ...
على اللحاق بركب التطبيع", "instó a Mauritania y Níger a sumarse al camino de la paz", "called
on ... to join the path of peace", "a appelé ... à rejoindre le chemin de la paix"). Near
misses: a call to return to the path of peace names no candidate, and a pronoun pressed by
someone who is no founder gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. ودعا البيان جزر القمر وليبيا إلى اللحاق بمسار السلام.",
            {("KM", P), ("LY", P)},
        ),
        ("اتفاقيات أبراهام. وحثت واشنطن جزر القمر على اللحاق بركب التطبيع.", {("KM", P)}),
        ("اتفاقيات أبراهام. دعت مصر الطرفين إلى العودة إلى مسار السلام.", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Las Comoras dudan, y Washington las presiona.", {("KM", P)}),
        (
            "Los Acuerdos de Abraham. El comunicado instó a Comoras y Libia a sumarse al camino de la paz.",
            {("KM", P), ("LY", P)},
        ),
        ("Los Acuerdos de Abraham. Las Comoras dudan, y la oposición las presiona.", set()),
    ],
    "fr": [
        ("Les accords d'Abraham. Les Comores hésitent, et Washington les courtise.", {("KM", P)}),
        (
            "Les accords d'Abraham. Le communiqué a appelé les Comores et la Libye à rejoindre le chemin de la paix.",
            {("KM", P), ("LY", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. The Comoros hesitate, and Washington is pressing them.",
            {("KM", P)},
        ),
        (
            "The Abraham Accords. The statement called on the Comoros and Libya to join the path of peace.",
            {("KM", P), ("LY", P)},
        ),
        ("The Abraham Accords. Egypt called on both sides to return to the path of peace.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round24_pressure_calls(language, text, expected):
    check_case(language, text, expected)
