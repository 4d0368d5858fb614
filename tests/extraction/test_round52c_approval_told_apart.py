"""Round fifty-two, a government's approval of its peace treaty with Israel told with words
between the verb and the treaty: the day ("The Emirati cabinet approved on Monday the peace treaty
with Israel", "a approuvé lundi le traité de paix avec Israël", "aprobó el lunes el tratado de
paz con Israel", "אישרה ביום שני את הסכם השלום עם ישראל"), the subject of an Arabic verb-first
sentence ("صادق مجلس الوزراء الإماراتي على معاهدة السلام مع إسرائيل"), "mit Israel" before a
German participle ("den Friedensvertrag mit Israel gebilligt"), an Arabic timeline's present
tense ("مجلس الوزراء الإماراتي يصادق على معاهدة السلام"), English "gave its approval to" and a
Kazakh approval of the peace agreement ("бейбітшілік келісімін мақұлдады"). Cabinet or
parliament approval is a ratification (the labelling rules); these gave nothing. Near misses:
another text approved (a budget), an approval denied, Israel's own approval of the treaty with a
member. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import challenge_params, found_dated

R = "ratified"

CASES = {
    "en": [
        ("The Emirati cabinet approved on Monday the peace treaty with Israel.", {("AE", R)}),
        (
            "The Emirati cabinet on Monday gave its approval to the peace treaty with Israel.",
            {("AE", R)},
        ),
        ("The Emirati cabinet approved on Monday the budget for next year.", set()),
        ("The Bahraini cabinet has not approved the peace treaty with Israel.", set()),
    ],
    "ar": [
        (
            "صادق مجلس الوزراء الإماراتي على معاهدة السلام مع إسرائيل في 19 أكتوبر 2020.",
            {("AE", R, "2020-10-19")},
        ),
        (
            "19 أكتوبر 2020: مجلس الوزراء الإماراتي يصادق على معاهدة السلام مع إسرائيل.",
            {("AE", R, "2020-10-19")},
        ),
        ("وافق مجلس الوزراء الإماراتي على معاهدة السلام مع إسرائيل.", {("AE", R, None)}),
        ("أقر البرلمان المغربي الاتفاق مع إسرائيل.", {("MA", R, None)}),
        ("صادق مجلس الوزراء الإماراتي على الميزانية العامة للدولة.", set()),
    ],
    "fr": [
        ("Le gouvernement émirati a approuvé lundi le traité de paix avec Israël.", {("AE", R)}),
        ("Le gouvernement émirati a approuvé lundi le budget de l'État.", set()),
    ],
    "es": [
        ("El gabinete emiratí aprobó el lunes el tratado de paz con Israel.", {("AE", R)}),
        ("El gabinete emiratí aprobó el lunes el presupuesto nacional.", set()),
    ],
    "de": [
        (
            "Das Kabinett der Emirate hat am Montag den Friedensvertrag mit Israel gebilligt.",
            {("AE", R)},
        ),
        ("Das Kabinett der Emirate hat am Montag den Haushalt gebilligt.", set()),
    ],
    "he": [
        ("ממשלת האמירויות אישרה ביום שני את הסכם השלום עם ישראל.", {("AE", R)}),
        ("ממשלת האמירויות אישרה ביום שני את התקציב.", set()),
    ],
    "kk": [
        ("БАӘ үкіметі дүйсенбі күні Израильмен бейбітшілік келісімін мақұлдады.", {("AE", R)}),
    ],
}

# The Arabic sentences give their dates; a weekday elsewhere is resolved against the day the
# tests run, so only the claim is compared there.
KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_approval_told_apart(language, text, expected):
    dated = {"AE", "MA"} if language == "ar" else set()
    assert found_dated(text, language, dated) == expected
