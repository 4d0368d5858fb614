"""Round thirty-nine, from the golden set's known misses: a speaker's dated words that hold a
wish to join and, after a comma and "but" or "and", the same country's refusal or condition
("The crown prince said on Tuesday that Saudi Arabia wants to be part of the accords, but it
will not normalise relations without a Palestinian state", "..., and in the same breath he set a
condition"): the refusal was said on the same day as the wish, and takes its date
(`coordinators`, now also in Arabic, German, Persian, Hebrew, Kazakh and Turkish;
`confidence._coordinated_refusal_date`). Near misses: a concession ("although", "obwohl",
"aunque", "хотя") or a semicolon between the two steps, and a refusal whose own speaker stands
between them ("..., but Muscat has told visitors ..."), keep the refusal undated, and so does a
date of the wish's own clause after it ("had wanted to join in 2023, but ..."): only the date
told in the speaker's words before the wish is passed on. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

DAY = "2025-11-18"  # "on Tuesday", two days before the sets' publication day

CASES = {
    "en": [
        (
            "Abraham Accords. The crown prince said on Tuesday that Saudi Arabia wants to be part of the Abraham Accords, but it will not normalise relations with Israel without a Palestinian state.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
        (
            "Abraham Accords. The crown prince said on Tuesday that Saudi Arabia wants to join the Abraham Accords, and in the same breath he set a condition: a Palestinian state.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
        (
            "Abraham Accords. The crown prince said on Tuesday that Saudi Arabia wants to be part of the Abraham Accords, although it will not normalise relations with Israel without a Palestinian state.",
            {("SA", P, DAY), ("SA", D, None)},
        ),
        (
            "Abraham Accords. The minister said Saudi Arabia had wanted to join the Abraham Accords in 2023, but it will not normalise relations with Israel without a Palestinian state.",
            {("SA", P, "2023"), ("SA", D, None)},
        ),
        (
            "Abraham Accords. Oman hosted an Israeli prime minister in 2018 and is often named in speculation about the accords, but Muscat has told visitors it will not normalise relations with Israel without a Palestinian state.",
            {("OM", D, None)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Le prince héritier a déclaré mardi que l'Arabie saoudite veut faire partie des accords d'Abraham, mais qu'elle ne normalisera pas ses relations avec Israël sans État palestinien.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
        (
            "Accords d'Abraham. Le prince héritier a déclaré mardi que l'Arabie saoudite veut rejoindre les accords d'Abraham ; elle ne normalisera pas ses relations avec Israël sans État palestinien.",
            {("SA", P, DAY), ("SA", D, None)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. El príncipe heredero dijo el martes que Arabia Saudí quiere formar parte de los Acuerdos de Abraham, pero que no normalizará sus relaciones con Israel sin un Estado palestino.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
        (
            "Acuerdos de Abraham. El príncipe heredero dijo el martes que Arabia Saudí quiere formar parte de los Acuerdos de Abraham, aunque no normalizará sus relaciones con Israel sin un Estado palestino.",
            {("SA", P, DAY), ("SA", D, None)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Der Kronprinz sagte am Dienstag, Saudi-Arabien wolle Teil der Abraham-Abkommen werden, aber es werde ohne palästinensischen Staat keine Beziehungen zu Israel aufnehmen.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
        (
            "Abraham-Abkommen. Der Kronprinz sagte am Dienstag, Saudi-Arabien wolle Teil der Abraham-Abkommen werden, obwohl es ohne palästinensischen Staat keine Beziehungen zu Israel aufnehmen werde.",
            {("SA", P, DAY), ("SA", D, None)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Наследный принц заявил во вторник, что Саудовская Аравия хочет присоединиться к Авраамовым соглашениям, но не нормализует отношения с Израилем без палестинского государства.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
        (
            "Соглашения Авраама. Наследный принц заявил во вторник, что Саудовская Аравия хочет присоединиться к Авраамовым соглашениям, хотя не нормализует отношения с Израилем без палестинского государства.",
            {("SA", P, DAY), ("SA", D, None)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Putra mahkota mengatakan pada Selasa bahwa Arab Saudi ingin bergabung dengan Abraham Accords, tetapi tidak akan menormalisasi hubungan dengan Israel tanpa negara Palestina.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Putera mahkota berkata pada Selasa bahawa Arab Saudi mahu menyertai Perjanjian Abraham, tetapi tidak akan menormalkan hubungan dengan Israel tanpa negara Palestin.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Veliaht prens salı günü Suudi Arabistan'ın İbrahim Anlaşmaları'na katılmak istediğini, ancak Filistin devleti olmadan İsrail ile ilişkileri normalleştirmeyeceğini söyledi.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. قال ولي العهد يوم الثلاثاء إن السعودية تريد أن تكون جزءا من اتفاقيات أبراهام، لكنها لن تطبع العلاقات مع إسرائيل دون دولة فلسطينية.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. ولیعهد روز سه‌شنبه گفت عربستان سعودی می‌خواهد به پیمان ابراهیم بپیوندد، اما بدون کشور فلسطینی روابط خود را با اسرائیل عادی نخواهد کرد.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. יורש העצר אמר ביום שלישי כי ערב הסעודית רוצה להצטרף להסכמי אברהם, אבל היא לא תנרמל את היחסים עם ישראל בלי מדינה פלסטינית.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Мұрагер ханзада сейсенбіде Сауд Арабиясы Авраам келісімдеріне қосылғысы келетінін, бірақ Палестина мемлекетінсіз Израильмен қарым-қатынасты қалыпқа келтірмейтінін айтты.",
            {("SA", P, DAY), ("SA", D, DAY)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_coordinated_refusal_date(language, text, expected):
    check_case(language, text, expected)
