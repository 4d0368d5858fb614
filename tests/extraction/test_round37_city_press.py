"""Round thirty-seven, a city's or a country's press as the source of what is told ("la presse
de Mogadiscio savoure", "titre un quotidien de la capitale somalienne", "The Mogadishu press
gloats", "a daily in the Somali capital", "Die Presse in Riad meldet", "La prensa de Riad
asegura"): the capital names where the papers are, no government speaking (`places`, fr, en,
de, es; `places_after` "press", "capital", en). Near misses: the capital as the subject itself
still stands for its government, and a country's stance told "in the Saudi capital" keeps its
own subject. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. En face, la presse de Mogadiscio savoure : « Le rêve d'adhésion s'éloigne », titre un quotidien de la capitale somalienne.",
            set(),
        ),
        ("Les accords d'Abraham. La presse de Riyad affirme que l'adhésion est proche.", set()),
        (
            "Les accords d'Abraham. L'Arabie saoudite veut rejoindre les accords, dit-on dans la capitale saoudienne.",
            {("SA", P)},
        ),
    ],
    "en": [
        ("The Abraham Accords. The Mogadishu press gloats: the dream of accession fades.", set()),
        (
            'The Abraham Accords. "The dream of accession fades," headlined a daily in the Somali capital.',
            set(),
        ),
        ("The Abraham Accords. Riyadh says the accession is near.", {("SA", A)}),
        (
            "The Abraham Accords. Saudi Arabia wants to join the accords, officials in the Saudi capital say.",
            {("SA", P)},
        ),
    ],
    "de": [
        ("Die Abraham-Abkommen. Die Presse in Riad meldet, der Beitritt sei nahe.", set()),
        ("Die Abraham-Abkommen. Riad meldet, der Beitritt sei nahe.", {("SA", A)}),
    ],
    "es": [
        ("Los Acuerdos de Abraham. La prensa de Riad asegura que la adhesión está cerca.", set()),
        ("Los Acuerdos de Abraham. Riad asegura que la adhesión está cerca.", {("SA", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_city_press(language, text, expected):
    check_case(language, text, expected)
