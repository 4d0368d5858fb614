"""Round forty-nine, contracts negotiated or signed are no step of the accords: "au moment où il
négocie des contrats sur les minerais critiques", "Le Kazakhstan négocie des contrats gaziers",
"a signé des contrats d'armement": the French `off_topic` held the singular "contrat" only, so
the plural object left the talks to the accords.  French ("contrats"; English "contracts" and
Spanish "contratos" were read already).
Near misses: talks on the joining itself ("négocie son adhésion aux accords") and talks with
Israel before a clause about contracts ("Oman négocie avec Israël, selon Washington; des contrats
suivront") stay negotiations.  Own sentences, written for these tests."""

import pytest

from tests.extraction.found import N, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "fr": [
        (
            FR + "Le président kazakh gagne un peu de bienveillance à Washington au moment où il "
            "négocie des contrats sur les minerais critiques.",
            set(),
        ),
        (FR + "Le Kazakhstan négocie des contrats gaziers.", set()),
        (FR + "L'Azerbaïdjan a signé des contrats d'armement avec Israël.", set()),
        (FR + "Le Kazakhstan négocie son adhésion aux accords.", {("KZ", N)}),
        (FR + "Oman négocie avec Israël, selon Washington; des contrats suivront.", {("OM", N)}),
    ],
    "en": [
        (EN + "Kazakhstan is negotiating contracts with Israeli firms.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_negotiates_contracts(language, text, expected):
    assert found(text, language) == expected
