"""Round forty-three, a government's approval of the treaty with Israel told in the present, as
chronologies and headlines tell it ("October 19, 2020 - the UAE cabinet approves the treaty with
Israel", "le gouvernement émirati approuve le traité", "el gobierno emiratí aprueba el tratado",
"das Kabinett billigt den Vertrag", "правительство ОАЭ утверждает договор"), and the Russian past
with "утвердило" beside "одобрило": ratified, dated by the line (`cues.ratified` en fr es de
ru; the past tenses were read already, and Indonesian "menyetujui" has no tense). Near misses:
the same verb with a budget, and an approval that has not happened. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import challenge_params, check_case

R = "ratified"

CASES = {
    "en": [
        (
            "October 19, 2020 - the UAE cabinet approves the treaty with Israel.",
            {("AE", R, "2020-10-19")},
        ),
        ("The UAE cabinet approves the budget for 2021.", set()),
        ("The Emirati cabinet still has not approved the treaty with Israel.", set()),
    ],
    "fr": [
        (
            "19 octobre 2020 - le gouvernement émirati approuve le traité avec Israël.",
            {("AE", R, "2020-10-19")},
        ),
        ("Le gouvernement émirati approuve le budget de l'État.", set()),
    ],
    "es": [
        (
            "19 de octubre de 2020: el gobierno emiratí aprueba el tratado con Israel.",
            {("AE", R, "2020-10-19")},
        ),
        ("El gobierno emiratí aprueba el presupuesto.", set()),
    ],
    "de": [
        (
            "19. Oktober 2020 - das Kabinett der Emirate billigt den Vertrag mit Israel.",
            {("AE", R, "2020-10-19")},
        ),
        ("Das Kabinett der Emirate billigt den Haushalt.", set()),
    ],
    "ru": [
        (
            "19 октября 2020 года - правительство ОАЭ утверждает договор с Израилем.",
            {("AE", R, "2020-10-19")},
        ),
        (
            "В октябре 2020 года правительство ОАЭ утвердило договор с Израилем.",
            {("AE", R, "2020-10")},
        ),
        ("Правительство ОАЭ утверждает бюджет на следующий год.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_approves_treaty(language, text, expected):
    check_case(language, text, expected)
