"""Round thirty-nine, three date classes. (1) A dash inside a short quoted name ("the «Central
Asia – USA» summit", «Орталық Азия – АҚШ» саммиті) is part of the name and no clause break, so
the date before the name still reaches the step after it (`claims._quoted_name_dashes`, every
language). (2) Persian "چند روز بعد" (a few days later) holds "روز بعد" (the next day): a count
before the words makes them no next day, and the step stays undated (`period_counts`; the other
languages' "a few days later" never held their next-day words). (3) A date right before a
passive participle that describes the accords in the dative ("2020'de imzalanan anlaşmalara
bugüne kadar BAE, Bahreyn ... katıldı", "2020 жылы қол қойылған келісімдерге ... қосылды") is the
accords' own; the members who joined them take none (`attributive_participles`, tr and now kk;
the other languages read "the accords signed in 2020 have been joined by" so). Near misses: a
date with no quoted name, "دو روز بعد" (two days later), and a step told "within the framework"
of the accords signed that year keeps the year. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Авраам келісімдері. Еске салайық, 6 қарашада Вашингтонда «Орталық Азия – АҚШ» саммиті аясында Дональд Трамп Қазақстанның келісімдерге қосылатынын жариялаған болатын.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "Авраам келісімдері. 2020 жылы қол қойылған келісімдерге осы уақытқа дейін БАӘ, Бахрейн, Марокко және Судан қосылды.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Авраам келісімдері. БАӘ мен Бахрейн 2020 жылы келісімдерге қол қойған.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "en": [
        (
            'Abraham Accords. On 6 November, at the "C5 – US" summit, Donald Trump announced that Kazakhstan would join the accords.',
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Le 6 novembre, lors du sommet « Asie centrale – États-Unis », Donald Trump a annoncé que le Kazakhstan rejoindrait les accords.",
            {("KZ", A, "2025-11-06")},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. قزاقستان در ۶ نوامبر ۲۰۲۵ اعلام کرد که به توافق ابراهیم می‌پیوندد. چند روز بعد، آذربایجان اعلام کرد که قصد دارد به توافق ابراهیم بپیوندد.",
            {("KZ", A, "2025-11-06"), ("AZ", A, None)},
        ),
        (
            "توافق ابراهیم. قزاقستان در ۶ نوامبر ۲۰۲۵ اعلام کرد که به توافق ابراهیم می‌پیوندد. دو روز بعد، آذربایجان اعلام کرد که قصد دارد به توافق ابراهیم بپیوندد.",
            {("KZ", A, "2025-11-06"), ("AZ", A, "2025-11-08")},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. 2020'de imzalanan anlaşmalara bugüne kadar BAE, Bahreyn, Fas ve Sudan katıldı.",
            {("AE", S, None), ("BH", S, None), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "ABD'nin arabuluculuğunda 2020'de imzalanan İbrahim Anlaşmaları çerçevesinde BAE ve Bahreyn, İsrail ile ilişkilerini normalleştirme kararı almıştı.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_dates_around(language, text, expected):
    check_case(language, text, expected)
