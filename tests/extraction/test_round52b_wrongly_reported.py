"""A correction that a report "wrongly said" a step ("ошибочно говорилось, что ...", "indiquait
par erreur que ...", "afirmaba erróneamente que ...", "ورد خطأ أن ...", "қате жазылған") tells
what the text got wrong: no claim from its sentence, in every language; the true step told in
the next sentence still counts, and so does a step without the wrong-report words."""

import pytest

from tests.extraction.found import A, S, found

WRONG = [
    (
        "ru",
        "Уточнение: в записи от 23:55 ошибочно говорилось, что Казахстан подписал соглашения Авраама.",
    ),
    (
        "ru",
        "В первой версии заметки по ошибке сообщалось, что Азербайджан присоединился к соглашениям.",
    ),
    (
        "fr",
        "Rectificatif : cet article indiquait par erreur que le Kazakhstan avait signé les accords d'Abraham.",
    ),
    (
        "es",
        "Fe de errores: esta nota afirmaba erróneamente que Kazajistán había firmado los Acuerdos de Abraham.",
    ),
    ("ar", "تصحيح: ورد خطأ في هذا الخبر أن كازاخستان وقعت على اتفاقيات أبراهام."),
    ("he", "תיקון: בידיעה נכתב בטעות כי קזחסטן חתמה על הסכמי אברהם."),
    (
        "id",
        "Koreksi: berita ini keliru menyebutkan bahwa Kazakhstan telah menandatangani Perjanjian Abraham.",
    ),
    (
        "ms",
        "Pembetulan: laporan ini tersilap menyatakan bahawa Kazakhstan telah menandatangani Perjanjian Abraham.",
    ),
    ("fa", "اصلاحیه: در این خبر به اشتباه آمده بود که قزاقستان پیمان ابراهیم را امضا کرده است."),
    ("kk", "Түзету: хабарламада Қазақстан Авраам келісімдеріне қол қойды деп қате жазылған."),
    (
        "tr",
        "Düzeltme: haberde Kazakistan'ın İbrahim Anlaşmaları'nı imzaladığı yanlışlıkla belirtilmişti.",
    ),
]


@pytest.mark.parametrize("language,text", WRONG)
def test_a_step_a_report_wrongly_told_is_no_claim(language, text):
    assert found(text, language) == set()


NEAR_MISSES = [
    # the true step told next still counts
    (
        "ru",
        "Ранее ошибочно сообщалось, что Казахстан подписал соглашения. На самом деле Казахстан "
        "лишь объявил о присоединении к соглашениям Авраама.",
        {("KZ", A)},
    ),
    (
        "fr",
        "Une dépêche indiquait par erreur que le Kazakhstan avait signé. Le Kazakhstan a en "
        "réalité annoncé son adhésion aux accords d'Abraham.",
        {("KZ", A)},
    ),
    # no wrong-report words: the signing stands
    ("ru", "Как сообщалось, ОАЭ подписали соглашения Авраама в 2020 году.", {("AE", S)}),
    ("es", "Según se informó, Baréin firmó los Acuerdos de Abraham en 2020.", {("BH", S)}),
]


@pytest.mark.parametrize("language,text,expected", NEAR_MISSES)
def test_the_true_step_and_plain_reports_still_count(language, text, expected):
    assert found(text, language) == expected
