"""Round thirty-two, a joining an expert says would make no sense for a country is no claim: the
joining is weighed, not wished or refused ("присоединение не имело бы практического смысла",
"hätte ein Beitritt keinen Sinn", "la adhesión no tendría ningún sentido"; `doubts_after`). Near
miss: "no sense" said of something else after a joining keeps the joining. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Эксперт считает, что для Бишкека присоединение не имело бы "
            "практического смысла.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Für Kirgistan hätte ein Beitritt keinen Sinn, sagt der Experte.",
            set(),
        ),
        (
            "Die Abraham-Abkommen. Kasachstan ist beigetreten; ein Boykott hätte keinen Sinn "
            "gehabt.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Para Kirguistán, la adhesión no tendría ningún sentido "
            "práctico.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_would_make_no_sense(language, text, expected):
    check_case(language, text, expected)
