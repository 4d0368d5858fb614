"""Keeping the door open or ajar is a candidacy ("Riyadh has kept the door ajar", "laisse la
porte entrouverte", "deja la puerta abierta", "lässt sich die Tür offen"); the door left open to
something else ("to new investment") is none. "Has no plans to be" (part of them) and a vow to be
"the last country to normalise" refuse; so does no appetite shown for formal ties. Being
quietly sounded out, weighing one's options and being expected to formally join (an adverb after
"to") are candidacies, a decision taken (Kazakhstan's) an announcement.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        ("The Abraham Accords. Riyadh has kept the door ajar.", {("SA", P)}),
        (
            "The Abraham Accords. Azerbaijan has been quietly sounded out, according to two "
            "officials.",
            {("AZ", P)},
        ),
        ("The Abraham Accords. Mauritania is said to be weighing its options.", {("MR", P)}),
        ("The Abraham Accords. Oman is expected to formally join.", {("OM", P)}),
        (
            "The Abraham Accords. Kazakhstan is expected to formally join in the coming weeks.",
            {("KZ", A)},
        ),
        ("The Abraham Accords. The UAE left the door open to new investment.", set()),
        (
            "The Abraham Accords. Lebanon says it is not part of the Abraham Accords and has no "
            "plans to be.",
            {("LB", D)},
        ),
        ("The Abraham Accords. Kuwait has vowed to be the last country to normalize.", {("KW", D)}),
        (
            "The Abraham Accords. Oman has long been a quiet partner, but it has shown no "
            "appetite for formal ties.",
            {("OM", D)},
        ),
    ],
    "fr": [
        ("Les accords d'Abraham. Riyad laisse la porte entrouverte.", {("SA", P)}),
        (
            "Les accords d'Abraham. Le Koweït promet d'être le dernier pays à normaliser.",
            {("KW", D)},
        ),
    ],
    "es": [
        ("Los Acuerdos de Abraham. Riad deja la puerta abierta.", {("SA", P)}),
    ],
    "de": [
        ("Die Abraham-Abkommen. Riad lässt sich die Tür offen.", {("SA", P)}),
    ],
    "ru": [
        ("Соглашения Авраама. Эр-Рияд оставляет дверь приоткрытой.", {("SA", P)}),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Riyad kapıyı aralık bırakıyor.", {("SA", P)}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_an_open_door_is_a_candidacy(language, text, expected):
    check_case(language, text, expected)
