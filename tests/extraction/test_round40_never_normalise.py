"""Round forty, a refusal told with the bare verb "normalise" and no object ("Algeria repeats
that it will never normalise", "l'Algérie répète qu'elle ne normalisera jamais", "Argelia repite
que nunca normalizará"): the country declines (`cues`, declined, en fr es; the other languages
read the bare verb negated already).  English takes only "never": a bare "will not normalize" after
an aside holding a clause of its own stays without a subject (`test_round23_asides_denials.py`).  Near misses: a normalisation that took place stays a membership.  Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, check_case

CASES = {
    "en": [
        ("Abraham Accords. Algeria repeats that it will never normalise.", {("DZ", D)}),
        ("Abraham Accords. Algeria, by contrast, says it will never normalize.", {("DZ", D)}),
        ("Abraham Accords. Morocco normalised its relations with Israel in 2020.", {("MA", S)}),
    ],
    "fr": [
        (
            "Accords d'Abraham. L'Algérie, à l'inverse, répète qu'elle ne normalisera jamais.",
            {("DZ", D)},
        ),
        ("Accords d'Abraham. Le Maroc a normalisé ses relations en 2020.", {("MA", S)}),
    ],
    "es": [
        ("Acuerdos de Abraham. Argelia repite que nunca normalizará.", {("DZ", D)}),
    ],
    "de": [
        ("Abraham-Abkommen. Algerien wiederholt, es werde niemals normalisieren.", {("DZ", D)}),
    ],
    "ar": [
        ("اتفاقيات أبراهام. تكرر الجزائر أنها لن تطبع أبدا.", {("DZ", D)}),
    ],
    "id": [
        ("Abraham Accords. Aljazair menegaskan tidak akan pernah menormalisasi.", {("DZ", D)}),
    ],
    "he": [
        ("הסכמי אברהם. אלג'יריה חוזרת ואומרת שלעולם לא תנרמל.", {("DZ", D)}),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Cezayir asla normalleşmeyeceğini yineledi.", {("DZ", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_never_normalise(language, text, expected):
    check_case(language, text, expected)
