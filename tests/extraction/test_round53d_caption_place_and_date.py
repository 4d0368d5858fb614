"""A photo caption or a gallery entry that opens with a sentence of a place and a date only, then
tells the step in the next sentence on its line ("Washington, 6 November 2025. During
Tokayev's visit, Trump announced that Kazakhstan would join ...", "15 Eylül 2020, Washington.
BAE ve Bahreyn ... imzalıyor.", "Washington, 6 de noviembre de 2025.", "Washington, 6 novembre
2025.", "Washington, 6. November 2025.", "Вашингтон, 6 ноября 2025.", "Вашингтон, 6 қараша
2025.", "واشنطن، 6 نوفمبر 2025.", "واشنگتن، ۶ نوامبر ۲۰۲۵.", "וושינגטון, 6 בנובמבר 2025.",
"Washington, 6 November 2025." in Indonesian and Malay): the caption's day or month dates the
step. Controls: the same opening within a week of the page's day is a report's dateline
(undated step); a year alone, or a sentence with more than a place and a date, dates nothing;
a date alone on the line before is no caption's."""

import datetime

import pytest

from accords.extraction import extract

GALLERY_DAY = datetime.date(2026, 9, 15)

CAPTIONS = [
    (
        "en",
        "Washington, 6 November 2025. During President Tokayev's visit, Trump announced that "
        "Kazakhstan would join the Abraham Accords. (Photo: AA)",
    ),
    (
        "es",
        "Washington, 6 de noviembre de 2025. Durante la visita de Tokáyev, Trump anunció que "
        "Kazajistán se unirá a los Acuerdos de Abraham. (Foto: EFE)",
    ),
    (
        "fr",
        "Washington, 6 novembre 2025. Lors de la visite de Tokaïev, Trump a annoncé que le "
        "Kazakhstan rejoindra les accords d'Abraham. (Photo : AFP)",
    ),
    (
        "de",
        "Washington, 6. November 2025. Beim Besuch Tokajews kündigte Trump an, dass Kasachstan "
        "den Abraham-Abkommen beitreten wird. (Foto: dpa)",
    ),
    (
        "ru",
        "Вашингтон, 6 ноября 2025. Во время визита Токаева Трамп объявил, что Казахстан "
        "присоединится к Авраамовым соглашениям.",
    ),
    (
        "id",
        "Washington, 6 November 2025. Dalam kunjungan Tokayev, Trump mengumumkan Kazakhstan akan "
        "bergabung dengan Perjanjian Abraham.",
    ),
    (
        "ms",
        "Washington, 6 November 2025. Semasa lawatan Tokayev, Trump mengumumkan Kazakhstan akan "
        "menyertai Perjanjian Abraham.",
    ),
    (
        "kk",
        "Вашингтон, 6 қараша 2025. Тоқаевтың сапары кезінде Трамп Қазақстанның Авраам "
        "келісімдеріне қосылатынын жариялады.",
    ),
    (
        "ar",
        "واشنطن، 6 نوفمبر 2025. خلال زيارة توكاييف، أعلن ترامب أن كازاخستان ستنضم إلى اتفاقيات "
        "أبراهام.",
    ),
    (
        "fa",
        "واشنگتن، ۶ نوامبر ۲۰۲۵. در جریان سفر توکایف، ترامپ اعلام کرد که قزاقستان به پیمان "
        "ابراهیم می‌پیوندد.",
    ),
    (
        "he",
        "וושינגטון, 6 בנובמבר 2025. במהלך ביקורו של טוקאייב הודיע טראמפ כי קזחסטן תצטרף להסכמי "
        "אברהם.",
    ),
    (
        "tr",
        "Washington, 6 Kasım 2025. Tokayev'in Beyaz Saray ziyareti sırasında Trump, "
        "Kazakistan'ın anlaşmalara katılacağını duyurdu.",
    ),
]


def dated(text, language, published=GALLERY_DAY):
    return {
        (claim.country, claim.status, claim.date)
        for claim in extract(text, language=language, published=published).claims
    }


@pytest.mark.parametrize("language,text", CAPTIONS)
def test_the_captions_place_and_date_date_the_step(language, text):
    assert dated(text, language) == {("KZ", "announced", "2025-11-06")}


def test_the_date_first_and_a_month():
    text = (
        "1 / 8\n"
        "15 Eylül 2020, Washington. BAE ve Bahreyn dışişleri bakanları İbrahim "
        "Anlaşmaları'nı Beyaz Saray'da imzalıyor. (Fotoğraf: AA)\n\n"
        "2 / 8\n"
        "Bakü, Ocak 2026. Beyaz Saray Azerbaycan'a İbrahim Anlaşmaları'na katılmayı önerdi."
    )
    assert dated(text, "tr") == {
        ("AE", "signed", "2020-09-15"),
        ("BH", "signed", "2020-09-15"),
        ("AZ", "prospective", "2026-01"),
    }


@pytest.mark.parametrize(
    "language,text,published",
    [
        # a report's dateline within a week of the page
        (
            "en",
            "Washington, 7 November 2025. Kazakhstan will join the Abraham Accords, the White "
            "House said.",
            datetime.date(2025, 11, 7),
        ),
        (
            "es",
            "Washington, 6 de noviembre de 2025. Kazajistán se unirá a los Acuerdos de Abraham, "
            "anunció la Casa Blanca.",
            datetime.date(2025, 11, 8),
        ),
        # a year alone
        (
            "en",
            "Washington, 2025. Kazakhstan will join the Abraham Accords, the White House said.",
            GALLERY_DAY,
        ),
        # more than a place and a date in the first sentence
        (
            "en",
            "Tokayev arrived in Washington, 6 November 2025. Kazakhstan will join the Abraham "
            "Accords, the White House said.",
            GALLERY_DAY,
        ),
    ],
)
def test_a_dateline_a_year_or_a_longer_sentence_dates_nothing(language, text, published):
    assert dated(text, language, published) == {("KZ", "announced", None)}
