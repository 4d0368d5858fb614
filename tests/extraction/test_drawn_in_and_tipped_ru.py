"""Round thirty-four, Russian candidacies and joinings told with other verbs: Washington counting
on drawing countries "в этот формат" or "в соглашения" (the cue had "к соглашениям" only), a
country "прочат в участники" or tipped "следующим", and the joining verb "подключится к
соглашениям" (future: a candidacy, also in a format under discussion "при котором" a country
"подключится") or "подключились" (done).
A list of countries drawn in after a country's own joining no longer read the joining noun's
announcement for them. Near misses: the verb with talks or a job in place of the accords.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама расширяются. Вашингтон рассчитывает привлечь в этот формат Узбекистан и Азербайджан.",
            {("UZ", P), ("AZ", P)},
        ),
        (
            "Казахстан присоединился к соглашениям Авраама. В Вашингтоне давно прочат в участники Азербайджан.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Казахстан присоединился к соглашениям Авраама. Следующим в Вашингтоне прочат Азербайджан.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Трамп выразил уверенность, что в обозримом будущем к соглашениям Авраама подключится Саудовская Аравия.",
            {("SA", P)},
        ),
        (
            "В 2020 году к соглашениям Авраама подключились ОАЭ и Бахрейн.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Соглашения Авраама расширяются. Обсуждается формат, при котором Азербайджан формально подключится к договоренностям.",
            {("AZ", P)},
        ),
        # near misses: talks or a job in place of the accords
        (
            "Соглашения Авраама обсуждали в Астане. К переговорам по Газе подключится Египет.",
            set(),
        ),
        (
            "Соглашения Авраама обсуждали в Астане. Тренером сборной прочат специалиста из Азербайджана.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_drawn_in_and_tipped_ru(language, text, expected):
    check_case(language, text, expected)
