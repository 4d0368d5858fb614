"""A list parted by "then" tells two times: "After the UAE and Bahrain in September 2020,
then Morocco and Sudan, ...", "signed in 2020 by the UAE and Bahrain, then by Morocco and
Sudan", "In 2020 the UAE and Bahrain, then Morocco in December, normalised ...".  A date told
with the members before "then" (`sequence_openers`: "then", "puis", "luego", "dann",
"danach", "а затем", "ثم", "kemudian", "سپس", "ולאחר מכן"; where "then" is no conjunction,
as "кейін" or ", daha sonra", the later members form a list of their own after a
continuation) is not the later members' (they came after it: undated unless a date of their
own follows them), and a later member's own date before the verb ("puis le Maroc en
décembre") is not the earlier members' (they keep the date told before the list).  Controls:
a list with no "then" or parted by a comparison ("tout comme") shares its date, a range
dates none; an adverb "dann" inside a clause ("verkündete dann Kasachstan") opens no list."""

import pytest

from accords.extraction import extract
from tests.extraction.found import S, found_dated

MEMBERS = ("AE", "BH", "MA", "SD")

# the date told before "then" stays with the UAE and Bahrain
DATE_BEFORE_THEN = [
    (
        "en",
        "After the UAE and Bahrain in September 2020, then Morocco and Sudan, no country joined the Abraham Accords for five years.",
    ),
    (
        "en",
        "The Abraham Accords were signed in 2020 by the UAE and Bahrain, then by Morocco and Sudan.",
    ),
    (
        "fr",
        "Après les Émirats arabes unis et Bahreïn en septembre 2020, puis le Maroc et le Soudan, aucun pays n'avait rejoint les accords d'Abraham pendant cinq ans.",
    ),
    (
        "fr",
        "Les accords d'Abraham ont été signés en 2020 par les Émirats arabes unis et Bahreïn, puis par le Maroc et le Soudan.",
    ),
    (
        "es",
        "Después de los Emiratos Árabes Unidos y Baréin en septiembre de 2020, luego Marruecos y Sudán, ningún país se unió a los Acuerdos de Abraham durante cinco años.",
    ),
    (
        "es",
        "Los Acuerdos de Abraham fueron firmados en 2020 por los Emiratos Árabes Unidos y Baréin, luego por Marruecos y Sudán.",
    ),
    (
        "de",
        "Nach den Vereinigten Arabischen Emiraten und Bahrain im September 2020, dann Marokko und dem Sudan, trat fünf Jahre lang kein Land den Abraham-Abkommen bei.",
    ),
    (
        "de",
        "Die Abraham-Abkommen wurden 2020 von den Vereinigten Arabischen Emiraten und Bahrain unterzeichnet, dann von Marokko und dem Sudan.",
    ),
    (
        "ru",
        "После ОАЭ и Бахрейна в сентябре 2020 года, а затем Марокко и Судана, пять лет ни одна страна не присоединялась к Авраамовым соглашениям.",
    ),
    (
        "ru",
        "Авраамовы соглашения были подписаны в 2020 году ОАЭ и Бахрейном, а затем Марокко и Суданом.",
    ),
    (
        "ar",
        "بعد الإمارات والبحرين في سبتمبر 2020، ثم المغرب والسودان، لم تنضم أي دولة إلى اتفاقيات أبراهام لمدة خمس سنوات.",
    ),
    ("ar", "وقعت اتفاقيات أبراهام في 2020 من قبل الإمارات والبحرين، ثم من قبل المغرب والسودان."),
    (
        "id",
        "Setelah Uni Emirat Arab dan Bahrain pada September 2020, kemudian Maroko dan Sudan, tidak ada negara yang bergabung dengan Abraham Accords selama lima tahun.",
    ),
    (
        "id",
        "Abraham Accords ditandatangani pada 2020 oleh Uni Emirat Arab dan Bahrain, kemudian oleh Maroko dan Sudan.",
    ),
    (
        "ms",
        "Selepas Emiriah Arab Bersatu dan Bahrain pada September 2020, kemudian Maghribi dan Sudan, tiada negara menyertai Perjanjian Abraham selama lima tahun.",
    ),
    (
        "ms",
        "Perjanjian Abraham ditandatangani pada 2020 oleh Emiriah Arab Bersatu dan Bahrain, kemudian oleh Maghribi dan Sudan.",
    ),
    (
        "fa",
        "پس از امارات متحده عربی و بحرین در سپتامبر ۲۰۲۰، سپس مراکش و سودان، پنج سال هیچ کشوری به پیمان ابراهیم نپیوست.",
    ),
    (
        "he",
        "אחרי איחוד האמירויות ובחריין בספטמבר 2020, ולאחר מכן מרוקו וסודן, שום מדינה לא הצטרפה להסכמי אברהם במשך חמש שנים.",
    ),
    (
        "kk",
        "Біріккен Араб Әмірліктері мен Бахрейн 2020 жылғы қыркүйекте, кейін Марокко мен Судан қол қойған Авраам келісімдеріне бес жыл бойы ешбір ел қосылмады.",
    ),
    (
        "tr",
        "Birleşik Arap Emirlikleri ve Bahreyn Eylül 2020'de, daha sonra Fas ve Sudan imzaladıktan sonra beş yıl boyunca hiçbir ülke İbrahim Anlaşmaları'na katılmadı.",
    ),
]

# Morocco's own month after "then" stays with Morocco
DATE_AFTER_THEN = [
    (
        "en",
        "In 2020 the UAE and Bahrain, then Morocco in December, normalised relations with Israel under the Abraham Accords.",
    ),
    (
        "fr",
        "En 2020, les Émirats arabes unis et Bahreïn, puis le Maroc en décembre, ont normalisé leurs relations avec Israël dans le cadre des accords d'Abraham.",
    ),
    (
        "es",
        "En 2020 los Emiratos Árabes Unidos y Baréin, luego Marruecos en diciembre, normalizaron sus relaciones con Israel en el marco de los Acuerdos de Abraham.",
    ),
    (
        "de",
        "2020 haben die Vereinigten Arabischen Emirate und Bahrain, dann Marokko im Dezember, ihre Beziehungen zu Israel im Rahmen der Abraham-Abkommen normalisiert.",
    ),
    (
        "ru",
        "В 2020 году ОАЭ и Бахрейн, а затем Марокко в декабре нормализовали отношения с Израилем в рамках Авраамовых соглашений.",
    ),
    (
        "ar",
        "في 2020 قامت الإمارات والبحرين، ثم المغرب في ديسمبر، بتطبيع العلاقات مع إسرائيل في إطار اتفاقيات أبراهام.",
    ),
    (
        "id",
        "Pada 2020 Uni Emirat Arab dan Bahrain, kemudian Maroko pada Desember, menormalisasi hubungan dengan Israel lewat Abraham Accords.",
    ),
    (
        "ms",
        "Pada 2020 Emiriah Arab Bersatu dan Bahrain, kemudian Maghribi pada Disember, "
        "menormalkan hubungan dengan Israel melalui Perjanjian Abraham.",
    ),
    (
        "he",
        "ב-2020 איחוד האמירויות ובחריין, ולאחר מכן מרוקו בדצמבר, נרמלו את יחסיהן עם ישראל "
        "במסגרת הסכמי אברהם.",
    ),
]


def _dates(text, language):
    """The (country, status, date) of the first signatories found."""
    return {item for item in found_dated(text, language, MEMBERS) if len(item) == 3}


@pytest.mark.parametrize("language,text", DATE_BEFORE_THEN)
def test_a_date_before_then_is_not_the_later_members(language, text):
    dates = _dates(text, language)
    assert ("MA", S, None) in dates and ("SD", S, None) in dates
    year = next(d for c, s, d in dates if c == "AE")
    assert year is not None and year.startswith("2020")
    assert ("BH", S, year) in dates


@pytest.mark.parametrize("language,text", DATE_AFTER_THEN)
def test_a_later_members_own_date_is_not_the_earlier_members(language, text):
    dates = _dates(text, language)
    assert {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020-12")} <= dates


@pytest.mark.parametrize(
    "language,text,expected",
    [
        (
            "en",
            "The UAE, Bahrain and Morocco signed the Abraham Accords in 2020.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "fr",
            "Les Émirats arabes unis, Bahreïn et le Maroc ont signé les accords d'Abraham en 2020.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "de",
            "Die Vereinigten Arabischen Emirate, Bahrain und Marokko unterzeichneten 2020 die "
            "Abraham-Abkommen.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        (
            "fr",
            "En septembre 2020, les Émirats arabes unis, tout comme Bahreïn, ont signé les "
            "accords d'Abraham.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "en",
            "The UAE and Bahrain, then Morocco and Sudan, signed the Abraham Accords in 2020 "
            "and 2021.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
    ],
)
def test_no_then_or_a_range_keeps_the_list_together(language, text, expected):
    assert expected <= _dates(text, language)


@pytest.mark.parametrize(
    "language,text,expected",
    [
        (
            "de",
            "Im November 2025 verkündete dann Kasachstan seinen Beitritt zu den Abraham-Abkommen.",
            ("KZ", "announced", "2025-11"),
        ),
        (
            "en",
            "Morocco and Sudan followed later, and Kazakhstan in November 2025 agreed to join "
            "the Abraham Accords.",
            ("KZ", "announced", "2025-11"),
        ),
    ],
)
def test_then_inside_a_clause_opens_no_list(language, text, expected):
    claims = {(c.country, c.status, c.date) for c in extract(text, language=language).claims}
    assert expected in claims
