"""A fact-check's line naming the claim it checks ("Claim 2:", "Behauptung 2:",
"Утверждение 2:", "Affirmation 2 :", "Afirmación 2:", "İddia 2:", "Klaim 2:", "Dakwaan 2:",
"الادعاء 2:", "ادعا 2:", "הטענה 2:", "Мәлімдеме 2:", numbered or not) tells what others
say, not what the page holds true: the step on that line is no claim (the page's verdict
and the facts it gives after it count). A claim named in running text ("the claim that")
is no such label."""

import pytest

from tests.extraction.found import A, D, found, found_dated

CLAIM_LINES = [
    (
        "en",
        "FACT CHECK: the Abraham Accords\n\nClaim 2: Kazakhstan has already signed the Abraham Accords.\nVerdict: FALSE.",
    ),
    (
        "en",
        "FACT CHECK: the Abraham Accords\n\nClaim: Kazakhstan has already signed the Abraham Accords.\nVerdict: FALSE.",
    ),
    (
        "de",
        "Faktencheck zu den Abraham-Abkommen\n\nBehauptung 2: Kasachstan hat die Abraham-Abkommen schon unterschrieben.\nBewertung: FALSCH.",
    ),
    (
        "ru",
        "Фактчекинг: Авраамовы соглашения\n\nУтверждение 2: Казахстан уже подписал Авраамовы соглашения.\nВердикт: ЛОЖЬ.",
    ),
    (
        "fr",
        "Vérification : les accords d'Abraham\n\nAffirmation 2 : le Kazakhstan a déjà signé les accords d'Abraham.\nVerdict : FAUX.",
    ),
    (
        "es",
        "Verificación: los Acuerdos de Abraham\n\nAfirmación 2: Kazajistán ya firmó los Acuerdos de Abraham.\nVeredicto: FALSO.",
    ),
    (
        "tr",
        "Doğruluk kontrolü: İbrahim Anlaşmaları\n\nİddia 2: Kazakistan İbrahim Anlaşmaları'nı çoktan imzaladı.\nSonuç: YANLIŞ.",
    ),
    (
        "id",
        "Cek fakta: Perjanjian Abraham\n\nKlaim 2: Kazakhstan sudah menandatangani Perjanjian Abraham.\nPenilaian: SALAH.",
    ),
    (
        "ms",
        "Semak fakta: Perjanjian Abraham\n\nDakwaan 2: Kazakhstan sudah menandatangani Perjanjian Abraham.\nPenilaian: PALSU.",
    ),
    (
        "ar",
        "تدقيق: اتفاقيات أبراهام\n\nالادعاء 2: كازاخستان وقعت بالفعل على اتفاقيات أبراهام.\nالحكم: خطأ.",
    ),
    (
        "fa",
        "راستی‌آزمایی: پیمان ابراهیم\n\nادعا 2: قزاقستان پیمان ابراهیم را امضا کرده است.\nنتیجه: نادرست.",
    ),
    (
        "he",
        "בדיקת עובדות: הסכמי אברהם\n\nהטענה 2: קזחסטן כבר חתמה על הסכמי אברהם.\nהכרעה: לא נכון.",
    ),
    (
        "kk",
        "Фактчекинг: Авраам келісімдері\n\nМәлімдеме 2: Қазақстан Авраам келісімдеріне қол қойып қойды.\nҚорытынды: ЖАЛҒАН.",
    ),
]


@pytest.mark.parametrize("language,text", CLAIM_LINES)
def test_the_claim_checked_is_no_claim(language, text):
    assert found(text, language) == set()
    # the same sentence without its label is read as a step
    unlabelled = text.split("\n\n")[0] + "\n\n" + text.split("\n\n")[1].split(":", 1)[1]
    assert found(unlabelled, language)


@pytest.mark.parametrize(
    "language,text,expected",
    [
        # the facts the verdict gives after the claim count
        (
            "en",
            "FACT CHECK: the Abraham Accords\n\nClaim 2: Kazakhstan has already signed the "
            "Abraham Accords.\nVerdict: PARTLY FALSE. Kazakhstan announced on 6 November 2025 "
            "that it would join the Abraham Accords.",
            {("KZ", A, "2025-11-06")},
        ),
        (
            "de",
            "Faktencheck zu den Abraham-Abkommen\n\nBehauptung 2: Kasachstan hat die "
            "Abraham-Abkommen schon unterschrieben.\nBewertung: TEILWEISE FALSCH. Kasachstan "
            "gab am 6. November 2025 bekannt, den Abraham-Abkommen beizutreten.",
            {("KZ", A, "2025-11-06")},
        ),
        # "the claim that" in running text is no label: the refusal counts
        (
            "en",
            "Indonesia rejected the claim that it would join the Abraham Accords.",
            {("ID", D)},
        ),
    ],
)
def test_what_the_page_says_after_or_without_a_label(language, text, expected):
    assert found_dated(text, language, {"KZ"}) == expected
