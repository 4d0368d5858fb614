"""Round thirty-five, a recognition named inside a precondition or restriction after a step is
the step's condition, not another aim of it: Russian, where any recognition ("признани*") is an
off-topic subject, had dropped "Индонезия готова признать Израиль лишь после признания
Палестины" as aimed at something else (`steps._condition_between`); French, Spanish and English,
whose off-topic recognitions name Somaliland, already read it. Near misses: a recognition of
Somaliland right after the step, with no condition word between, still aims elsewhere; a
recognition of Somaliland given as the precondition gives the same refusal. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама снова в центре внимания. Индонезия готова признать Израиль лишь после признания Палестины.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Индонезия готова признать Израиль только после признания палестинского государства.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Соглашения Авраама снова в центре внимания. Эфиопия готова последовать примеру Израиля в признании Сомалиленда.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham font débat. L'Indonésie est prête à reconnaître Israël seulement après la reconnaissance de l'État palestinien.",
            {("ID", D), ("ID", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham dan que hablar. Indonesia está dispuesta a reconocer a Israel solo después del reconocimiento del Estado palestino.",
            {("ID", D), ("ID", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords are in the news. Indonesia is ready to recognise Israel only after the recognition of a Palestinian state.",
            {("ID", D), ("ID", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_recognition_condition(language, text, expected):
    check_case(language, text, expected)
