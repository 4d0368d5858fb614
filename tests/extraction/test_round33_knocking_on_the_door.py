"""Round thirty-three, a country asking to be let into the accords ("Сомалиленд сам просится в
соглашения", "стучится в двери соглашений", "is knocking on the door of the accords", "frappe à la
porte des accords", "llama a la puerta de los acuerdos", "klopft an die Tür der Abkommen",
"mengetuk pintu Abraham Accords", "anlaşmaların kapısını çalıyor", "келісімдердің есігін қағып
тұр"): its own wish to join, a candidacy. Each cue names the accords, so a door of another club
stays none.
Near misses: knocking on the WTO's door is no candidacy.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

XS = {("XS", P)}

CASES = {
    "ru": [
        ("Соглашения Авраама. Сомалиленд сам просится в соглашения.", XS),
        ("Соглашения Авраама. Сомалиленд стучится в двери соглашений.", XS),
        ("Соглашения Авраама. Казахстан стучится в двери ВТО.", set()),
    ],
    "en": [
        ("The Abraham Accords. Somaliland is knocking on the door of the accords.", XS),
        ("The Abraham Accords. Kazakhstan is knocking on the door of the WTO.", set()),
    ],
    "fr": [("Les accords d'Abraham. Le Somaliland frappe à la porte des accords.", XS)],
    "es": [("Los Acuerdos de Abraham. Somalilandia llama a la puerta de los acuerdos.", XS)],
    "de": [("Die Abraham-Abkommen. Somaliland klopft bereits an die Tür der Abkommen.", XS)],
    "id": [("Abraham Accords. Somaliland mengetuk pintu Abraham Accords.", XS)],
    "tr": [("İbrahim Anlaşmaları. Somaliland anlaşmaların kapısını çalıyor.", XS)],
    "kk": [("Авраам келісімдері. Сомалиленд келісімдердің есігін қағып тұр.", XS)],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_knocking_on_the_door(language, text, expected):
    check_case(language, text, expected)
