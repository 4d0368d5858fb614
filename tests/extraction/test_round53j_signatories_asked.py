"""First signatories named as examples of signatories inside a question are still members of
the accords: "What have signatory countries such as the UAE and Bahrain gained?",
"Qu'ont gagné les signataires comme les Émirats et Bahreïn ?", "¿Qué han ganado firmantes
como los Emiratos y Baréin?", "Was haben Unterzeichner wie die VAE und Bahrain gewonnen?",
"Что получили подписанты, такие как ОАЭ и Бахрейн?", "BAE ve Bahreyn gibi imzacı ülkeler ne
kazandı?", "БАӘ мен Бахрейн сияқты қол қойған елдер не ұтты?", "ماذا كسبت الدول الموقعة مثل
الإمارات والبحرين؟", "מה הרוויחו המדינות החותמות כמו איחוד האמירויות ובחריין?", "کشورهای
امضاکننده مانند امارات و بحرین چه به دست آوردند؟", "Apa yang diperoleh negara penanda tangan
seperti UEA dan Bahrain?", "Apakah yang diperoleh negara penandatangan seperti UAE dan
Bahrain?" (`signatory_examples`): each is signed, undated.  The question still asks: a
non-signatory asked about stays unclaimed, countries named as examples of no signatories give
nothing, and signatories of another agreement give nothing.

Also "put its name to the accords" (English) is a signing, a capital city its signer ("Rabat
put its name to the accords in December 2020": Morocco signed, 2020-12), as "a apposé sa
signature", "setzte seine Unterschrift unter", "поставил подпись под", "estampó su firma"
already are, and French "a apposé son nom", Turkish "imzasını attı", Kazakh "келісімдеріне
қолын қойды", Hebrew "שמה את חתימתה על" now are; a name put to a trade deal or a charter gives
nothing."""

import pytest

from tests.extraction.found import S, found

ASKED = [
    ("en", "What have signatory countries such as the UAE and Bahrain gained from the accords?"),
    ("en", "What have signatories like the UAE and Bahrain gained from the Abraham Accords?"),
    ("en", "What have the signatories, such as the UAE and Bahrain, gained from the accords?"),
    (
        "fr",
        "Qu'ont gagné les signataires comme les Émirats et Bahreïn grâce aux accords d'Abraham ?",
    ),
    ("es", "¿Qué han ganado firmantes como los Emiratos y Baréin con los Acuerdos de Abraham?"),
    ("de", "Was haben Unterzeichner wie die VAE und Bahrain durch die Abraham-Abkommen gewonnen?"),
    ("ru", "Что получили подписанты, такие как ОАЭ и Бахрейн, от Авраамовых соглашений?"),
    ("tr", "BAE ve Bahreyn gibi imzacı ülkeler İbrahim Anlaşmaları'ndan ne kazandı?"),
    ("kk", "БАӘ мен Бахрейн сияқты қол қойған елдер Авраам келісімдерінен не ұтты?"),
    ("ar", "ماذا كسبت الدول الموقعة مثل الإمارات والبحرين من اتفاقيات أبراهام؟"),
    ("he", "מה הרוויחו המדינות החותמות כמו איחוד האמירויות ובחריין מהסכמי אברהם?"),
    ("fa", "کشورهای امضاکننده مانند امارات و بحرین از توافق‌های ابراهیم چه به دست آوردند؟"),
    (
        "id",
        "Apa yang diperoleh negara penanda tangan seperti UEA dan Bahrain dari Abraham Accords?",
    ),
    (
        "ms",
        "Apakah yang diperoleh negara penandatangan seperti UAE dan Bahrain daripada "
        "Perjanjian Abraham?",
    ),
]


@pytest.mark.parametrize("language,text", ASKED)
def test_signatories_named_as_examples_in_a_question_are_members(language, text):
    assert found(text, language) == {("AE", S), ("BH", S)}


def test_one_signatory_named_as_an_example_in_a_question():
    text = "What have signatories like Morocco gained from the Abraham Accords?"
    assert found(text, "en") == {("MA", S)}


def test_a_non_signatory_asked_about_stays_a_question():
    text = "Would Saudi Arabia join signatories such as the UAE and Bahrain in the Abraham Accords?"
    assert found(text, "en") == {("AE", S), ("BH", S)}


@pytest.mark.parametrize(
    "language,text",
    [
        # countries named as examples of no signatories
        ("en", "What have countries such as Oman and Qatar gained from the Abraham Accords?"),
        ("en", "What have countries, such as Oman and Qatar, gained from the accords?"),
        ("fr", "Qu'ont gagné des pays comme Oman et le Qatar grâce aux accords d'Abraham ?"),
        ("de", "Was haben Länder wie Oman und Katar durch die Abraham-Abkommen gewonnen?"),
        # signatories of another agreement, the accords unnamed
        (
            "en",
            "What have signatories such as the UAE and Bahrain gained from the new trade charter?",
        ),
        # the question asks about a signing still to come
        ("en", "Will Riyadh put its name to the accords?"),
    ],
)
def test_near_misses_give_nothing(language, text):
    assert found(text, language) == set()


@pytest.mark.parametrize(
    "language,text,country",
    [
        ("en", "Rabat put its name to the accords in December 2020.", "MA"),
        ("en", "Khartoum put its name to the declaration in January 2021.", "SD"),
        ("en", "Sudan put its name to the Abraham Accords in January 2021.", "SD"),
        ("fr", "Khartoum a apposé sa signature aux accords d'Abraham en janvier 2021.", "SD"),
        (
            "de",
            "Khartum setzte im Januar 2021 seine Unterschrift unter die Abraham-Abkommen.",
            "SD",
        ),
        ("ru", "Хартум поставил подпись под Авраамовыми соглашениями в январе 2021 года.", "SD"),
        ("es", "Jartum estampó su firma en los Acuerdos de Abraham en enero de 2021.", "SD"),
        ("fr", "Rabat a apposé son nom au bas des accords d'Abraham en décembre 2020.", "MA"),
        ("tr", "Rabat, Aralık 2020'de İbrahim Anlaşmaları'na imzasını attı.", "MA"),
        ("kk", "Рабат 2020 жылғы желтоқсанда Авраам келісімдеріне қолын қойды.", "MA"),
        ("he", "רבאט שמה את חתימתה על הסכמי אברהם בדצמבר 2020.", "MA"),
    ],
)
def test_a_capital_that_put_its_name_to_the_accords_signed(language, text, country):
    assert found(text, language) == {(country, S)}


@pytest.mark.parametrize(
    "language,text",
    [
        ("en", "Khartoum put its name to a trade deal with Cairo in January 2021."),
        ("en", "Rabat put its name to the African Union charter in 2017."),
        (
            "fr",
            "Khartoum a apposé sa signature au bas d'un accord commercial avec Le Caire en "
            "janvier 2021.",
        ),
        (
            "de",
            "Khartum setzte im Januar 2021 seine Unterschrift unter ein Handelsabkommen mit Kairo.",
        ),
        ("ru", "Хартум поставил подпись под торговым соглашением с Каиром в январе 2021 года."),
        ("fr", "Rabat a apposé son nom au bas de la charte de l'Union africaine en 2017."),
        ("tr", "Hartum, Ocak 2021'de Kahire ile bir ticaret anlaşmasına imzasını attı."),
        ("kk", "Рабат 2021 жылы Каирмен сауда келісіміне қолын қойды."),
        ("he", "רבאט שמה את חתימתה על הסכם סחר עם קהיר בינואר 2021."),
    ],
)
def test_a_name_put_to_another_document_gives_nothing(language, text):
    assert found(text, language) == set()
