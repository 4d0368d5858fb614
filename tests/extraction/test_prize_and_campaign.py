"""Round thirty-two, others' wish for a country told with the prize or goal words in another
order: Spanish "el premio mayor" (noun before adjective), Russian "Главной целью администрации
Трампа остается Саудовская Аравия" (the goal's owner between the goal and its verb), and German
"wirbt seit Jahren darum, dass das Königreich mitmacht" (campaigns for it): prospective. Near
misses: the main goal of a member told as its own economic aim, a campaign for something else.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudita, el premio mayor, sigue pidiendo un "
            "horizonte de Estado palestino que Netanyahu no ofrece.",
            {("SA", P), ("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Главной целью администрации Трампа по-прежнему остается "
            "Саудовская Аравия.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама. ОАЭ подписали соглашения в 2020 году; главной их целью остается "
            "рост торговли.",
            {("AE", S)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Trump wirbt seit Jahren darum, dass das Königreich "
            "Saudi-Arabien mitmacht.",
            {("SA", P)},
        ),
        (
            "Die Abraham-Abkommen. Marokko trat 2020 bei; Rabat wirbt seither dafür, dass "
            "Touristen kommen.",
            {("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_prize_and_campaign(language, text, expected):
    check_case(language, text, expected)
