"""Round fifty-one, a break under consideration ("Ankara says it is considering suspending
diplomatic relations with Abu Dhabi", "is considering recalling its ambassador"): a country
weighing a halt of its ties, with a member or with Israel, takes no step; English read the bare
"is considering" as an interest in joining. A question longer than the cue it opens with is now
what that cue was about (`questions` en; `steps._adjusted_cues`). Near misses: "is considering
joining" stays a candidacy, also beside a break weighed in the same sentence; a halt told as done
stays a halt. French, Spanish, German, Hebrew and Arabic already gave nothing. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, U, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
HE = "הסכמי אברהם נחתמו ב-2020. "
AR = "وقعت اتفاقيات أبراهام عام 2020. "

CASES = {
    "en": [
        (
            EN + "Ankara says it is considering suspending diplomatic relations with Abu Dhabi.",
            set(),
        ),
        (EN + "Ankara is considering recalling its ambassador from Abu Dhabi.", set()),
        (EN + "Tehran was weighing cutting trade links with Bahrain.", set()),
        (EN + "Oman is considering joining.", {("OM", P)}),
        (
            EN
            + "Oman is considering joining, while Turkey is considering recalling its ambassador "
            "from Abu Dhabi.",
            {("OM", P)},
        ),
        (EN + "Sudan has suspended its ties with Israel.", {("SD", U)}),
    ],
    "fr": [
        (FR + "Ankara envisage de suspendre ses relations diplomatiques avec Abou Dhabi.", set())
    ],
    "es": [(ES + "Ankara estudia suspender sus relaciones diplomáticas con Abu Dabi.", set())],
    "de": [(DE + "Ankara erwägt, die diplomatischen Beziehungen zu Abu Dhabi auszusetzen.", set())],
    "he": [(HE + "טורקיה שוקלת להשעות את היחסים הדיפלומטיים עם איחוד האמירויות.", set())],
    "ar": [(AR + "تدرس تركيا تعليق علاقاتها الدبلوماسية مع الإمارات.", set())],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_considering_a_break(language, text, expected):
    assert found(text, language) == expected
