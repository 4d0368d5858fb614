"""Round thirty-nine, "the next African member", "следующим африканским участником", "das nächste
afrikanische Mitglied", "келесі африкалық мүше": a region's or a faith's adjective between "next"
and "member" leaves the candidacy others see (prospective), as "the next member" did. Turkish,
French, Spanish, Arabic and the others put the adjective after the noun and read it already.
Near misses: "next year" before another member word, and a plain "became a member". Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords reached Africa in 2020. Washington now wants Mauritania to become the next African member, officials say.",
            {("MR", P)},
        ),
        (
            "Diplomats see Indonesia as the next Muslim-majority member of the Abraham Accords.",
            {("ID", P)},
        ),
        (
            "Uzbekistan could be the next Central Asian signatory of the Abraham Accords.",
            {("UZ", P)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения пришли в Африку в 2020 году. Вашингтон хочет, чтобы Мавритания стала следующим африканским участником.",
            {("MR", P)},
        ),
        ("Авраамовы соглашения. В следующем году участником форума станет Марокко.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen erreichten 2020 Afrika. Washington drängt Mauretanien, das nächste afrikanische Mitglied zu werden.",
            {("MR", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері 2020 жылы Африкаға жетті. Вашингтон Мавританияның келесі африкалық мүше болуын қалайды.",
            {("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_next_regional_member(language, text, expected):
    check_case(language, text, expected)
