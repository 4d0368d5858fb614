"""Round forty-nine, a prediction told as "I would not be surprised if ..." ("Saya tidak terkejut
jika Muscat menjadi yang seterusnya", "tidak kaget jika", "Не удивлюсь, если следующим станет
Оман", "I wouldn't be surprised if Oman joined", "Es würde mich nicht überraschen, wenn",
"لن أستغرب إذا", "לא אתפלא אם"): the negation turned the candidacy after it into a refusal
(Malay, Indonesian, Russian, German) or the "if" made it a supposition with nothing read
(English, Arabic, Hebrew). The idiom is a `not_negations` entry, so its negation negates
nothing and its "if" is no supposition, and a `modals` entry, so a joining after it is expected,
not told as done (prospective). Malay, Indonesian, Russian, English, German, Arabic and Hebrew
(French "je ne serais pas surpris que", Spanish "no me sorprendería que", Turkish "beni
şaşırtmaz", Persian "تعجب نمی‌کنم اگر" and Kazakh "таң қалмаймын" already read). Near misses: the
idiom before another event of a country ("if Oman raised oil prices") gives nothing, a Malay
plain supposition ("Jika Muscat menyertai perjanjian itu, ...") still gives nothing, and a refusal
told beside the idiom stays a refusal. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

MS = "Perjanjian Abraham ditandatangani pada 2020. "
ID = "Abraham Accords diteken pada 2020. "
RU = "Соглашения Авраама были подписаны в 2020 году. "
EN = "The Abraham Accords were signed in 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
AR = "وقعت اتفاقيات أبراهام في 2020. "
HE = "הסכמי אברהם נחתמו ב-2020. "

CASES = {
    "ms": [
        (MS + "Saya tidak terkejut jika Muscat menjadi yang seterusnya.", {("OM", P)}),
        (
            MS + "Kami tidak akan terkejut sekiranya Oman menyertai perjanjian itu tahun depan.",
            {("OM", P)},
        ),
        (MS + "Jika Muscat menyertai perjanjian itu, rantau itu akan berubah.", set()),
        (
            MS + "Saya tidak terkejut jika harga minyak naik, tetapi Malaysia tidak akan "
            "menyertai perjanjian itu.",
            {("MY", D)},
        ),
    ],
    "id": [
        (ID + "Saya tidak kaget jika Oman menjadi yang berikutnya.", {("OM", P)}),
        (ID + "Kami tidak heran kalau Mauritania menjadi anggota berikutnya.", {("MR", P)}),
        (ID + "Saya tidak kaget jika Oman menaikkan harga minyak bulan depan.", set()),
    ],
    "ru": [
        (RU + "Не удивлюсь, если следующим станет Оман.", {("OM", P)}),
        (RU + "Я бы не удивился, если бы Оман присоединился к соглашениям.", {("OM", P)}),
        (RU + "Не удивлюсь, если Оман повысит цены на нефть.", set()),
    ],
    "en": [
        (EN + "I wouldn't be surprised if Oman joined the accords next year.", {("OM", P)}),
        (EN + "I would not be surprised if Oman became the next member.", {("OM", P)}),
        (EN + "I would not be surprised if Oman raised oil prices next month.", set()),
    ],
    "de": [
        (
            DE + "Es würde mich nicht überraschen, wenn Oman als nächstes Land beitritt.",
            {("OM", P)},
        ),
        (DE + "Es würde mich nicht überraschen, wenn Oman die Ölpreise erhöht.", set()),
    ],
    "ar": [
        (
            AR + "لن أستغرب إذا كانت سلطنة عمان الدولة التالية التي تنضم إلى الاتفاقيات.",
            {("OM", P)},
        ),
        (AR + "لن أستغرب إذا رفعت سلطنة عمان أسعار النفط.", set()),
    ],
    "he": [
        (HE + "לא אתפלא אם עומאן תהיה המדינה הבאה שתצטרף להסכמים.", {("OM", P)}),
        (HE + "לא אתפלא אם עומאן תעלה את מחירי הנפט.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_not_surprised_if(language, text, expected):
    assert found(text, language) == expected
