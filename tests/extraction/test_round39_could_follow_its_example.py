"""Round thirty-nine, a country that "could follow its example" (a joiner's, named before):
others' reading of a possible next step, prospective for the follower and nothing new for the
example ("мог бы последовать его примеру", "podría seguir su ejemplo", "izinden gidebilir",
"עשויה ללכת בעקבותיה", "bisa mengikuti jejaknya", "mungkin mengikut jejaknya", "үлгісін қайталауы
мүмкін", "ممکن است از آن پیروی کند"). English, French, German and Arabic already read "could
follow suit", "pourrait suivre son exemple", "könnte seinem Beispiel folgen" and "قد تحذو حذوها" so.
Near misses: the example's own joining keeps its status, and a plain "followed its example" told
as done is not a hedge. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Астана объявила о присоединении к Авраамовым соглашениям. Эксперты называют Бишкек и Душанбе среди тех, кто мог бы последовать её примеру.",
            {("KG", P), ("KZ", A), ("TJ", P)},
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям. Азербайджан вполне мог бы последовать его примеру.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям. Узбекистан может вскоре последовать его примеру.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "es": [
        (
            "Kazajistán anunció su adhesión a los Acuerdos de Abraham. Azerbaiyán podría seguir su ejemplo en los próximos meses.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Kazajistán se sumó a los Acuerdos de Abraham y, según la prensa, Uzbekistán puede seguir su camino.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmaları'na katıldı. Uzmanlara göre Azerbaycan da onun izinden gidebilir.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Kazakistan İbrahim Anlaşmaları'na katıldı. Özbekistan'ın da Astana'nın yolunu izleyebileceği konuşuluyor.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "he": [
        (
            "קזחסטן הצטרפה להסכמי אברהם. לדברי דיפלומטים, אזרבייג'ן עשויה ללכת בעקבותיה.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
    "id": [
        (
            "Kazakhstan resmi bergabung dengan Perjanjian Abraham. Azerbaijan diperkirakan bisa mengikuti jejaknya.",
            {("AZ", P), ("KZ", A)},
        ),
        (
            "Kazakhstan bergabung dengan Perjanjian Abraham. Uzbekistan berpotensi mengikuti langkah tersebut.",
            {("KZ", A), ("UZ", P)},
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Azerbaijan mungkin mengikut jejaknya tidak lama lagi.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылды. Сарапшылардың пікірінше, Әзербайжан да оның үлгісін қайталауы мүмкін.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
    "fa": [
        (
            "قزاقستان به توافق ابراهیم پیوست. جمهوری آذربایجان نیز ممکن است از آن پیروی کند.",
            {("AZ", P), ("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_could_follow_its_example(language, text, expected):
    check_case(language, text, expected)
