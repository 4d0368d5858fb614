"""Round thirty-three, "no peace with Israel until a Palestinian state" said with Israel's alias or
in another order: "никакого мира с еврейским государством не будет, пока у палестинцев не
появится собственное государство", "мира с еврейским государством не будет без палестинского
государства", German "Frieden mit Israel (mit dem jüdischen Staat) wird es ohne einen
Palästinenserstaat nicht geben": the country's refusal as things stand, as the sentence with
"Израилем" and "keinen Frieden mit Israel" was (English and French already read the alias).
Near misses: peace in the region with no country, and with no Israel, is no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Саудовские власти не раз давали понять: никакого мира с "
            "еврейским государством не будет, пока у палестинцев не появится собственное "
            "государство.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Саудовские власти заявили, что мира с еврейским государством "
            "не будет без палестинского государства.",
            {("SA", D)},
        ),
        (
            "Соглашения Авраама. Эксперты считают, что мира в регионе не будет без палестинского "
            "государства.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Riad machte klar: Frieden mit Israel wird es ohne einen "
            "Palästinenserstaat nicht geben.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Riad machte klar: Frieden mit dem jüdischen Staat wird es "
            "ohne einen Palästinenserstaat nicht geben.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Experten sagen, Frieden in der Region wird es ohne einen "
            "Palästinenserstaat nicht geben.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi officials have made clear that there will be no peace "
            "with the Jewish state until the Palestinians have a state of their own.",
            {("SA", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Riyad l'a dit: pas de paix avec l'État hébreu sans État "
            "palestinien.",
            {("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_no_peace_with_alias(language, text, expected):
    check_case(language, text, expected)
