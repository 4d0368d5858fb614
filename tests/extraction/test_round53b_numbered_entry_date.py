"""A year-in-review list's entry: its number, then its day alone set off by a full stop,
then what happened ("7. 6 ноября. Казахстан объявляет ...", "7. 6. November. Kasachstan
kündigt ... an.", "7. 6 November. Kazakhstan announces ...", "7. 6 novembre. Le Kazakhstan
annonce ...", "7. 6 de noviembre. Kazajistán anuncia ...", "7. 6 Kasım. Kazakistan ...
açıkladı", "7. 6 November. Kazakhstan mengumumkan ...", "7. 6 نوفمبر. كازاخستان تعلن ...",
"7. 6 نوامبر. قزاقستان ...", "7. 6 בנובמבר. קזחסטן מודיעה ...", "7. 6 қараша. Қазақстан ...
жариялады"). The day dates the entry's sentence, its year the publication's, as a
chronology line's full date does; the item's number was taken for text before the date,
and a day with no year was not read at all. A month alone ("4. Сентябрь.") may head an
entry on an older event ("five years since the signing"): no date from it; nor from a
number with a full stop opening the line, which may be the item's ("4. Сентябрь"
read as a day)."""

import pytest

from tests.extraction.found import A, S, found_dated

ENTRIES = [
    (
        "en",
        "The year in review\n\n7. 6 November. Kazakhstan announces that it will join the Abraham Accords.",
    ),
    (
        "en",
        "The year in review\n\n7) 6 November 2025. Kazakhstan announces that it will join the Abraham Accords.",
    ),
    (
        "de",
        "Der Jahresrückblick\n\n7. 6. November. Kasachstan kündigt den Beitritt zu den Abraham-Abkommen an.",
    ),
    (
        "ru",
        "Итоги года\n\n7. 6 ноября. Казахстан объявляет о присоединении к Авраамовым соглашениям.",
    ),
    ("ru", "Итоги года\n\n6 ноября. Казахстан объявляет о присоединении к Авраамовым соглашениям."),
    (
        "fr",
        "Le bilan de l'année\n\n7. 6 novembre. Le Kazakhstan annonce qu'il rejoint les accords d'Abraham.",
    ),
    (
        "es",
        "El resumen del año\n\n7. 6 de noviembre. Kazajistán anuncia que se unirá a los Acuerdos de Abraham.",
    ),
    ("tr", "Yılın özeti\n\n7. 6 Kasım. Kazakistan İbrahim Anlaşmaları'na katılacağını açıkladı."),
    (
        "id",
        "Kilas balik tahun ini\n\n7. 6 November. Kazakhstan mengumumkan akan bergabung dengan Perjanjian Abraham.",
    ),
    (
        "ms",
        "Imbasan tahun ini\n\n7. 6 November. Kazakhstan mengumumkan akan menyertai Perjanjian Abraham.",
    ),
    ("ar", "حصاد العام\n\n7. 6 نوفمبر. كازاخستان تعلن انضمامها إلى اتفاقيات أبراهام."),
    ("fa", "مرور سال\n\n7. 6 نوامبر. قزاقستان پیوستن خود به پیمان ابراهیم را اعلام کرد."),
    ("he", "סיכום השנה\n\n7. 6 בנובמבר. קזחסטן מודיעה על הצטרפותה להסכמי אברהם."),
    ("kk", "Жыл қорытындысы\n\n7. 6 қараша. Қазақстан Авраам келісімдеріне қосылатынын жариялады."),
]


@pytest.mark.parametrize("language,text", ENTRIES)
def test_a_numbered_entry_is_dated_by_its_day(language, text):
    assert found_dated(text, language, {"KZ"}) == {("KZ", A, "2025-11-06")}


@pytest.mark.parametrize(
    "language,text,expected",
    [
        # a month alone heads an entry that may tell an older event: no date
        (
            "ru",
            "Итоги года\n\n4. Сентябрь. Исполняется пять лет со дня подписания Авраамовых "
            "соглашений Бахрейном.",
            {("BH", S, None)},
        ),
        # a day alone on a line of its own is a dateline, not an entry's
        (
            "ru",
            "Итоги года\n\n6 ноября.\nКазахстан объявляет о присоединении к Авраамовым "
            "соглашениям.",
            {("KZ", A, None)},
        ),
        # a number with a full stop opening the line may be the item's: no day from it
        (
            "de",
            "Der Jahresrückblick\n\n6. November. Kasachstan kündigt den Beitritt zu den "
            "Abraham-Abkommen an.",
            {("KZ", A, None)},
        ),
        pytest.param(
            "en",
            "The year in review\n\n7. November 6. Kazakhstan announces that it will join the "
            "Abraham Accords.",
            {("KZ", A, "2025-11-06")},
            marks=pytest.mark.xfail(
                strict=True,
                reason="the item's number and the month are read as a day ('7. November'), "
                "before the entry's own day after the month",
            ),
        ),
    ],
)
def test_an_entry_without_its_own_day(language, text, expected):
    assert found_dated(text, language, {"KZ", "BH"}) == expected
