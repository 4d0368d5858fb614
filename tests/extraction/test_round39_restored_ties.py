"""Round thirty-nine, a first signatory's 2020 renewal of ties with Israel told with a possessive
or in its own language's verb ("Rabat restored its relations with Israel in December 2020", "a
rétabli ses relations avec Israël", "nahm seine Beziehungen zu Israel wieder auf", "restableció
sus relaciones con Israel", "استأنف المغرب علاقاته مع إسرائيل", "memulihkan hubungan dengan
Israel" (Indonesian; the Malay one is left out), "חידשה את יחסיה עם ישראל", "қарым-қатынасын
қалпына келтірді", "روابط خود را با اسرائیل از سر گرفت"): the accords' normalisation, named or
not, signed with its date (`cues`).  Near
misses: the same renewal by another country (Turkey's of 2022, Oman's with no word of the
accords beside it) is that country's own ties with Israel and gives nothing (`renewals`, read in
`confidence._scored`); a renewal denied gives nothing.  Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Rabat restored its relations with Israel in December 2020, in exchange for American recognition over Western Sahara.",
            {("MA", S, "2020-12")},
        ),
        ("Turkey restored its diplomatic relations with Israel in 2022.", set()),
        ("Morocco has not restored its relations with Israel.", set()),
    ],
    "fr": [
        (
            "Rabat a rétabli ses relations avec Israël en décembre 2020, en échange d'une reconnaissance américaine sur le Sahara.",
            {("MA", S, "2020-12")},
        ),
        ("La Turquie a renoué ses relations avec Israël en 2022.", set()),
        ("Les accords d'Abraham. Oman a rétabli ses relations avec Israël en mars 2026.", set()),
    ],
    "de": [
        (
            "Marokko nahm im Dezember 2020 seine Beziehungen zu Israel wieder auf, im Gegenzug für die amerikanische Anerkennung in der Westsahara.",
            {("MA", S, "2020-12")},
        ),
        ("Die Türkei hat 2022 ihre Beziehungen zu Israel wiederhergestellt.", set()),
    ],
    "es": [
        (
            "Marruecos restableció sus relaciones con Israel en diciembre de 2020, a cambio del reconocimiento estadounidense sobre el Sáhara.",
            {("MA", S, "2020-12")},
        ),
        ("Turquía restableció sus relaciones con Israel en 2022.", set()),
    ],
    "ar": [
        ("استأنف المغرب علاقاته مع إسرائيل في ديسمبر 2020.", {("MA", S, "2020-12")}),
        ("استأنفت تركيا علاقاتها مع إسرائيل في 2022.", set()),
    ],
    "id": [
        (
            "Maroko memulihkan hubungannya dengan Israel pada Desember 2020 dengan imbalan pengakuan AS atas Sahara Barat.",
            {("MA", S, "2020-12")},
        ),
        ("Turki memulihkan hubungan dengan Israel pada 2022.", set()),
    ],
    "ms": [
        (
            "Maghribi memulihkan hubungan dengan Israel pada Disember 2020 sebagai balasan pengiktirafan AS ke atas Sahara Barat.",
            {("MA", S, "2020-12")},
        ),
        ("Turki memulihkan hubungan dengan Israel pada 2022.", set()),
    ],
    "he": [
        ("מרוקו חידשה את יחסיה עם ישראל בדצמבר 2020.", {("MA", S, "2020-12")}),
        ("טורקיה חידשה את יחסיה עם ישראל ב-2022.", set()),
    ],
    "kk": [
        (
            "Марокко 2020 жылғы желтоқсанда Израильмен қарым-қатынасын қалпына келтірді.",
            {("MA", S, "2020-12")},
        ),
        ("Түркия 2022 жылы Израильмен қарым-қатынасын қалпына келтірді.", set()),
    ],
    "fa": [
        ("مراکش در دسامبر ۲۰۲۰ روابط خود را با اسرائیل از سر گرفت.", {("MA", S, "2020-12")}),
        ("ترکیه در سال ۲۰۲۲ روابط خود را با اسرائیل از سر گرفت.", set()),
    ],
    "ru": [
        ("Марокко восстановило отношения с Израилем в декабре 2020 года.", {("MA", S, "2020-12")}),
        ("Турция восстановила отношения с Израилем в 2022 году.", set()),
    ],
    "tr": [
        ("Fas, Aralık 2020'de İsrail ile ilişkilerini yeniden kurdu.", {("MA", S, "2020-12")}),
        ("Türkiye 2022'de İsrail ile ilişkilerini yeniden kurdu.", set()),
    ],
}

KNOWN_MISSES = {
    "ms-1": "'memulihkan hubungan' is left out of the Malay signing cues: as one it moved members' dates on the held-out corpus split (the list's own dates lost to the renewal's)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_restored_ties(language, text, expected):
    check_case(language, text, expected)
