"""Round forty-one, a refusal to establish relations with Israel told with the object in the
accusative ("не намерены устанавливать отношения с Израилем", beside the genitive "не намерен
устанавливать отношений", which was read already), also with two subjects: the country's own
refusal, declined (`cues.declined`, ru; the case alternation is Russian's alone). Near misses:
the genitive keeps its refusal, and relations established without a negation give no refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Индонезия и Пакистан неоднократно заявляли, что не намерены устанавливать отношения "
            "с Израилем, несмотря на «Соглашения Авраама».",
            {("ID", D), ("PK", D)},
        ),
        (
            "Пакистан не намерен устанавливать дипломатические отношения с Израилем, заявили в "
            "МИД, комментируя «Соглашения Авраама».",
            {("PK", D)},
        ),
        (
            "Пакистан не намерен устанавливать никаких отношений с Израилем, заявили в МИД, "
            "комментируя «Соглашения Авраама».",
            {("PK", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_accusative_relations_refusal(language, text, expected):
    check_case(language, text, expected)
