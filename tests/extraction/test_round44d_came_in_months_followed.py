"""Round forty-four, members that "came in over the months that followed" a pair's signing
("The United Arab Emirates and Bahrain put their names to the deal ... in September 2020,
and Morocco and Sudan came in over the months that followed"): a joining of their own,
undated, where the followers had taken the pair's month (`cues.joined` en, beside "came in
later that year", "soon after"). The other languages' "dans les mois qui ont suivi", "in den
Monaten danach", "en los meses siguientes", "в последующие месяцы" already read so. Near
miss: investment that came in over the months that followed is no country's step. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

SEPTEMBER = "2020-09"

CASES = {
    "en": [
        (
            "The Abraham Accords. The United Arab Emirates and Bahrain put their names to the deal on "
            "the White House lawn in September 2020, and Morocco and Sudan came in over the months "
            "that followed.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020; Morocco came in over "
            "the following months.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None)},
        ),
        (
            "The UAE signed the Abraham Accords in September 2020, and Emirati investment in Israel "
            "came in over the months that followed.",
            {("AE", S, SEPTEMBER)},
        ),
    ],
    "fr": [
        (
            "Les Émirats et Bahreïn ont signé les accords d'Abraham en septembre 2020, le Maroc et le "
            "Soudan les ont rejoints dans les mois qui ont suivi.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "de": [
        (
            "Die Emirate und Bahrain unterzeichneten die Abraham-Abkommen im September 2020, Marokko "
            "und der Sudan kamen in den Monaten danach hinzu.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "es": [
        (
            "Emiratos y Baréin firmaron los Acuerdos de Abraham en septiembre de 2020, y Marruecos y "
            "Sudán se sumaron en los meses siguientes.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ru": [
        (
            "ОАЭ и Бахрейн подписали Соглашения Авраама в сентябре 2020 года, а Марокко и Судан "
            "присоединились в последующие месяцы.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "he": [
        (
            "איחוד האמירויות ובחריין חתמו על הסכמי אברהם בספטמבר 2020, ומרוקו וסודאן הצטרפו בחודשים "
            "שלאחר מכן.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ar": [
        (
            "وقعت الإمارات والبحرين اتفاقيات أبراهام في سبتمبر 2020، ثم انضم المغرب والسودان في الأشهر التالية.",
            {("AE", S, SEPTEMBER), ("BH", S, SEPTEMBER), ("MA", S, None), ("SD", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_came_in_months_followed(language, text, expected):
    check_case(language, text, expected)
