"""Turkish news as Anadolu, Hürriyet and BBC Türkçe write it, with Kazakh where it is built the
same way and the other languages where the phrase exists. Classes: a converb closing a clause
before a comma (Turkish "imzalamış,", "dondurmuş,", Kazakh "қол қойып,", "қосылып,"): a date
or a step of the first clause does not reach the country after the comma, and the Kazakh
converbs of joining and signing are steps of their own; Turkish "sürece" is "as long as" only
right after a verbal noun ("kurulmadığı sürece": a precondition), and elsewhere the dative of
"süreç" ("Sudan da sürece katılacağını açıkladı": joined the process, no condition); "the same
day" ("aynı gün", "في اليوم نفسه", "همان روز", "באותו יום", "pada hari yang sama") takes the day
named in the sentence before, as it already did in English, French, German, Spanish, Russian
and Kazakh; a Turkish month with its locative suffix and no apostrophe ("geçen ekimde",
"kasımda") is a date.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "tr": [
        # converbs
        (
            "İbrahim Anlaşmaları. Riyad görüşmeleri 2023'te dondurmuş, Umman da katılmayı reddetmişti.",
            {("OM", D, None)},
        ),
        (
            "İbrahim Anlaşmaları. BAE ve Bahreyn İsrail ile ilişkilerini normalleştirmiş, Sudan da "
            "sürece katılacağını açıklamıştı.",
            {("AE", S), ("BH", S), ("SD", A)},
        ),
        (
            "İbrahim Anlaşmaları. Fas Aralık 2020'de anlaşmaları imzalamış, Umman ise katılmayı reddetmişti.",
            {("MA", S, "2020-12"), ("OM", D, None)},
        ),
        # near miss: a list's commas are no converb's
        (
            "İbrahim Anlaşmaları. BAE, Bahreyn ve Fas 2020'de anlaşmaları imzalamıştı.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
        # "sürece": the process, or "as long as"
        ("İbrahim Anlaşmaları. Moritanya da sürece katılacağını açıkladı.", {("MR", A)}),
        (
            "İbrahim Anlaşmaları. Endonezya, Filistin devleti kurulmadığı sürece anlaşmalara katılmayacak.",
            {("ID", D)},
        ),
        (
            "İbrahim Anlaşmaları. Suriye, İsrail Golan Tepeleri'ni işgal ettiği sürece anlaşmalara "
            "katılma fikrini reddetti.",
            {("SY", D)},
        ),
        # the same day
        (
            "İbrahim Anlaşmaları. ABD'li heyet 3 Kasım 2025'te Nuakşot'a geldi. Moritanya aynı gün "
            "anlaşmalara katılmayı düşündüğünü açıkladı.",
            {("MR", P, "2025-11-03")},
        ),
        (
            "İbrahim Anlaşmaları. Moritanya aynı gün anlaşmalara katılmayı düşündüğünü açıkladı.",
            {("MR", P, None)},
        ),
        # a month with its locative suffix
        (
            "İbrahim Anlaşmaları. Azerbaycan geçen ekimde anlaşmalara katılmayı düşündüğünü açıkladı.",
            {("AZ", P, "2025-10")},
        ),
    ],
    "kk": [
        (
            "Авраам келісімі. Марокко 2020 жылы желтоқсанда келісімге қосылып, Оман қосылудан бас тартты.",
            {("MA", S, "2020-12"), ("OM", D, None)},
        ),
        (
            "Авраам келісімі. Марокко келісімге қол қойып, Оман қосылудан бас тартты.",
            {("MA", S), ("OM", D)},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وصل وفد أمريكي إلى نواكشوط في 3 نوفمبر 2025. وأعلنت موريتانيا في اليوم نفسه أنها "
            "تدرس الانضمام إلى الاتفاقيات.",
            {("MR", P, "2025-11-03")},
        ),
    ],
    "fa": [
        (
            "پیمان ابراهیم. هیئتی آمریکایی در ۳ نوامبر ۲۰۲۵ به نواکشوت رفت. موریتانی همان روز اعلام کرد که "
            "پیوستن به پیمان ابراهیم را بررسی می‌کند.",
            {("MR", P, "2025-11-03")},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. משלחת אמריקנית הגיעה לנואקשוט ב-3 בנובמבר 2025. מאוריטניה הודיעה באותו יום כי "
            "היא שוקלת להצטרף להסכמים.",
            {("MR", P, "2025-11-03")},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Delegasi Amerika tiba di Nouakchott pada 3 November 2025. Mauritania pada "
            "hari yang sama menyatakan sedang mempertimbangkan untuk bergabung dengan Perjanjian Abraham.",
            {("MR", P, "2025-11-03")},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Delegasi Amerika tiba di Nouakchott pada 3 November 2025. Mauritania pada "
            "hari yang sama menyatakan sedang mempertimbangkan untuk menyertai Perjanjian Abraham.",
            {("MR", P, "2025-11-03")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. A US delegation arrived in Nouakchott on 3 November 2025. Mauritania said "
            "the same day that it was considering joining the accords.",
            {("MR", P, "2025-11-03")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round23_turkish_clauses(language, text, expected):
    check_case(language, text, expected)
