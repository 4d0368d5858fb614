"""Round thirty-three, counted offsets of two and three months, forward and back ("trois mois
plus tôt", "three months earlier", "tres meses después", "drei Monate später", "спустя три
месяца", "بعد ذلك بثلاثة أشهر"), closing the sentence of a step with no date of its own: the
date named last before, moved by the count (as round thirty-one's one-month offsets). Near
misses: no date before the count (none is invented), a date of the step's own beside it.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Le 22 décembre 2020, le Maroc signait la déclaration conjointe. Le Maroc rejoignait ainsi les Émirats arabes unis et Bahreïn, signataires des accords d'Abraham trois mois plus tôt.",
            {("MA", S), ("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        # near miss: no date before the count
        (
            "Les accords d'Abraham reviennent. Le Maroc a suivi trois mois plus tard.",
            set(),
        ),
        # near miss: the step's own date beside the count
        (
            "Le Maroc a signé sa déclaration en décembre 2020. Les Émirats et Bahreïn avaient signé les accords d'Abraham deux mois plus tôt, en septembre 2020.",
            {("MA", S), ("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
    ],
    "en": [
        (
            "Morocco signed its declaration in December 2020. The UAE and Bahrain had signed the Abraham Accords three months earlier.",
            {("MA", S), ("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "The UAE signed the Abraham Accords in September 2020. Morocco followed three months later.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "es": [
        (
            "Emiratos firmó los Acuerdos de Abraham en septiembre de 2020. Marruecos lo siguió tres meses después.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Die Emirate unterzeichneten die Abraham-Abkommen im September 2020. Marokko folgte drei Monate später.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "ru": [
        (
            "ОАЭ подписали Авраамовы соглашения в сентябре 2020 года. Марокко присоединилось спустя три месяца.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "ar": [
        (
            "وقعت الإمارات اتفاقيات أبراهام في سبتمبر 2020. وانضم المغرب بعد ذلك بثلاثة أشهر.",
            {("AE", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_counted_months(language, text, expected):
    check_case(language, text, expected)
