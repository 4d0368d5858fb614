"""Round forty, the accords named as "the original agreements" ("The UAE and Bahrain, which
signed the original agreements on the White House lawn in September 2020", "die ursprünglichen
Abkommen"): a name of the accords (`topic`, English and German; French "les accords originaux",
Russian "первоначальные соглашения" and Spanish "los acuerdos originales" hold a plain name
already), so the signing in the relative clause is the accords' and its countries are members.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The UAE and Bahrain, which signed the original agreements on the White House lawn in September 2020, are expected to send ministers to the ceremony.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "de": [
        (
            "Die Emirate und Bahrain, die im September 2020 die ursprünglichen Abkommen unterzeichneten, schicken Minister.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "fr": [
        (
            "Les Émirats et Bahreïn, qui ont signé les accords originaux en septembre 2020, enverront des ministres.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "ru": [
        (
            "ОАЭ и Бахрейн, подписавшие первоначальные соглашения в сентябре 2020 года, направят министров.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "es": [
        (
            "Emiratos y Baréin, que firmaron los acuerdos originales en septiembre de 2020, enviarán ministros.",
            {("AE", S), ("BH", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_original_accords(language, text, expected):
    check_case(language, text, expected)
