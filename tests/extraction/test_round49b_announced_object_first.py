"""Round forty-nine, a Russian announcement told object first, the country after its verb ("В
октябре о нормализации объявил Судан", "О нормализации отношений с Израилем в октябре объявил
Судан", "Об установлении дипломатических отношений с Израилем объявило Марокко"): the bare
"normalisation" read as a signing, since the announcement cues had the verb before "о
нормализации" ("объявил о нормализации") and only the joining nouns ("о присоединении
объявил") after. Russian only (the other languages put the verb after its subject or, verb-final,
after the object already read). The cue allows "отношений", "с Израилем" and a month between
the noun and the verb, no other gap, so "О нормализации много говорили, но ... объявил о начале
переговоров" is left to the talks. Near misses: the same order with the announcement negated
("О нормализации с Израилем Эр-Рияд пока не объявлял", "не объявил ни один из соседей") gives
nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

RU = "Соглашения Авраама были подписаны в 2020 году. "

CASES = {
    "ru": [
        (RU + "В октябре о нормализации объявил Судан.", {("SD", A)}),
        (RU + "О нормализации отношений с Израилем в октябре объявил Судан.", {("SD", A)}),
        (RU + "О нормализации с Израилем объявили Эмираты и Бахрейн.", {("AE", A), ("BH", A)}),
        (
            RU + "Об установлении дипломатических отношений с Израилем объявило Марокко.",
            {("MA", A)},
        ),
        (RU + "О нормализации с Израилем Эр-Рияд пока не объявлял.", set()),
        (RU + "О нормализации с Израилем не объявил ни один из соседей Казахстана.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announced_object_first(language, text, expected):
    assert found(text, language) == expected
