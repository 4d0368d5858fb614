"""A year in review or a timeline told in headed paragraphs: a heading line that opens with a
day or a month (after a bullet or an item's number) set off by a colon or a spaced dash ("6.
18 November: The crown prince in Washington"), with the paragraph's body on the next line, no
blank line between, dates the body's steps that have no date of their own. The layout is the
same in every language: "6. 18 novembre :", "6. 18. November:", "6. 18 de noviembre:", "6. 18
ноября:", "6. 18 Kasım:", "6. 18 نوفمبر:", "6. 18 בנובמבר:", "۶. ۱۸ نوامبر:", "6. 18
November:" (id, ms), "6. 18 қараша:". Near misses: a blank line between heading and body (a
new paragraph), an item's number right before a month ("1. January:", no day can be told), a
date alone on its line (a dateline, no colon), a heading line ending with a full stop (an
entry told in full), a first signatory's signing of 2020 told again
under a later heading."""

import pytest

from tests.extraction.found import D, S, found_dated

HEADED = [
    (
        "en",
        "The Abraham Accords in 2025.\n\n6. 18 November: The crown prince in Washington\n"
        "Saudi Arabia said it would not normalise relations with Israel without a Palestinian "
        "state.",
    ),
    (
        "fr",
        "Les accords d'Abraham en 2025.\n\n6. 18 novembre : le prince héritier à Washington\n"
        "L'Arabie saoudite a déclaré qu'elle ne normaliserait pas ses relations avec Israël "
        "sans État palestinien.",
    ),
    (
        "de",
        "Die Abraham-Abkommen im Jahr 2025.\n\n6. 18. November: Der Kronprinz in Washington\n"
        "Saudi-Arabien erklärte, ohne einen palästinensischen Staat werde es keine "
        "Normalisierung mit Israel geben.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham en 2025.\n\n6. 18 de noviembre: el príncipe heredero en "
        "Washington\nArabia Saudí dijo que no normalizará sus relaciones con Israel sin un "
        "Estado palestino.",
    ),
    (
        "ru",
        "Соглашения Авраама в 2025 году.\n\n6. 18 ноября: наследный принц в Вашингтоне\n"
        "Саудовская Аравия заявила, что не нормализует отношения с Израилем без палестинского "
        "государства.",
    ),
    (
        "tr",
        "2025'te İbrahim Anlaşmaları.\n\n6. 18 Kasım: Veliaht prens Washington'da\nSuudi "
        "Arabistan, Filistin devleti olmadan İsrail ile ilişkilerini normalleştirmeyeceğini "
        "açıkladı.",
    ),
    (
        "ar",
        "اتفاقات أبراهام في 2025.\n\n6. 18 نوفمبر: ولي العهد في واشنطن\nقالت السعودية إنها لن "
        "تطبع العلاقات مع إسرائيل دون قيام دولة فلسطينية.",
    ),
    (
        "he",
        "הסכמי אברהם ב-2025.\n\n6. 18 בנובמבר: יורש העצר בוושינגטון\nסעודיה הודיעה שלא "
        "תנרמל את היחסים עם ישראל בלי מדינה פלסטינית.",
    ),
    (
        "fa",
        "پیمان ابراهیم در سال ۲۰۲۵.\n\n۶. ۱۸ نوامبر: ولیعهد در واشنگتن\nعربستان سعودی اعلام "
        "کرد بدون کشور فلسطینی روابط خود را با اسرائیل عادی نخواهد کرد.",
    ),
    (
        "id",
        "Perjanjian Abraham pada 2025.\n\n6. 18 November: Putra mahkota di Washington\nArab "
        "Saudi menyatakan tidak akan menormalisasi hubungan dengan Israel tanpa negara "
        "Palestina.",
    ),
    (
        "ms",
        "Perjanjian Abraham pada 2025.\n\n6. 18 November: Putera mahkota di Washington\nArab "
        "Saudi menyatakan tidak akan menormalkan hubungan dengan Israel tanpa negara Palestin.",
    ),
    (
        "kk",
        "2025 жылғы Авраам келісімдері.\n\n6. 18 қараша: Мұрагер ханзада Вашингтонда\nСауд "
        "Арабиясы Палестина мемлекетінсіз Израильмен қарым-қатынасты қалыпқа келтірмейтінін "
        "мәлімдеді.",
    ),
]


@pytest.mark.parametrize("language,text", HEADED)
def test_the_heading_above_dates_the_body(language, text):
    assert ("SA", D, "2025-11-18") in found_dated(text, language, {"SA"})


BODY = "Saudi Arabia said it would not normalise relations with Israel without a Palestinian state."


@pytest.mark.parametrize(
    "text",
    [
        # a blank line: the heading's paragraph is over
        f"The Abraham Accords in 2025.\n\n6. 18 November: The crown prince in Washington\n\n{BODY}",
        # "1. November": the item's number, no day
        f"The Abraham Accords in 2025.\n\n1. November: The crown prince in Washington\n{BODY}",
        # an entry told in full on its line, ending as a sentence does: no title of the next
        f"The Abraham Accords in 2025.\n\n- 18 November: The crown prince visits Washington.\n{BODY}",
        # a dateline alone on its line
        f"The Abraham Accords in 2025.\n\n18 November 2025\n{BODY}",
    ],
)
def test_no_heading_date_for_the_body(text):
    claims = found_dated(text, "en", {"SA"})
    assert ("SA", D, None) in claims


def test_a_first_signing_under_a_later_heading_keeps_no_date_of_it():
    text = (
        "The Abraham Accords in 2025.\n\n3. 20 January: Trump returns\nTrump returned to the "
        "White House, five years after the UAE and Bahrain signed the Abraham Accords."
    )
    claims = found_dated(text, "en", {"AE", "BH"})
    assert ("AE", S, "2025-01-20") not in claims
    assert ("BH", S, "2025-01-20") not in claims
