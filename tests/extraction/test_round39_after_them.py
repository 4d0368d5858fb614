"""Round thirty-nine, the later members told as joining "after them" (the first signatories named
before): "Morocco and Sudan joined after them", "nach ihnen", "après eux", "tras ellos", "после
них", "onlardan sonra", "олардан кейін", "אחריהן", "بعدهما", "setelah mereka", "selepas mereka"
(`afterwards`; Persian "پس از آن‌ها" held "پس از آن" already): their step came after the year
named before and takes none of it, while the first signatories keep it. In Persian the plural
copula closing the first clause before "و" ("... نخستین امضاکنندگان بودند و مراکش و سودان ...")
now ends that clause (`clause_breaks`, fa), so the later joining no longer takes the whole list.
Near misses: a later member's own date after the words stays its own. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

FIRST = {("AE", S, "2020"), ("BH", S, "2020")}
LATER = {("MA", S, None), ("SD", S, None)}

CASES = {
    "en": [
        (
            "Abraham Accords. The UAE and Bahrain were the first signatories in 2020 and Morocco and Sudan joined after them.",
            FIRST | LATER,
        ),
        (
            "Abraham Accords. The UAE and Bahrain signed in September 2020, and Morocco joined after them in December 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten 2020 als erste und Marokko und Sudan traten nach ihnen bei.",
            FIRST | LATER,
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Les Émirats arabes unis et Bahreïn ont signé les premiers en 2020 et le Maroc et le Soudan les ont rejoints après eux.",
            FIRST | LATER,
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Emiratos y Baréin firmaron primero en 2020 y Marruecos y Sudán se sumaron tras ellos.",
            FIRST | LATER,
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. ОАЭ и Бахрейн первыми подписали соглашения в 2020 году, а Марокко и Судан присоединились после них.",
            FIRST | LATER,
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. BAE ve Bahreyn anlaşmaları 2020'de ilk imzalayan ülkelerdi, Fas ve Sudan ise onlardan sonra katıldı.",
            FIRST | LATER,
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. БАӘ мен Бахрейн 2020 жылы алғашқы қол қоюшылар болды және Марокко мен Судан олардан кейін келісімдерге қосылды.",
            FIRST | LATER,
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. איחוד האמירויות ובחריין היו החותמות הראשונות בשנת 2020 ומרוקו וסודן הצטרפו אחריהן.",
            FIRST | LATER,
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام. وقعت الإمارات والبحرين أولا في عام 2020 وانضم المغرب والسودان بعدهما.",
            FIRST | LATER,
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. UEA dan Bahrain menandatangani pertama kali pada 2020 dan Maroko serta Sudan bergabung setelah mereka.",
            FIRST | LATER,
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. UAE dan Bahrain menandatangani terlebih dahulu pada 2020 dan Maghribi serta Sudan menyertai selepas mereka.",
            FIRST | LATER,
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. امارات متحده عربی و بحرین در سال ۲۰۲۰ نخستین امضاکنندگان بودند و مراکش و سودان پس از آن‌ها به توافق پیوستند.",
            FIRST | LATER,
        ),
        (
            "توافق ابراهیم. امارات و بحرین در سال ۲۰۲۰ عضو این توافق شدند و عربستان هنوز نپیوسته است.",
            FIRST,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_after_them(language, text, expected):
    check_case(language, text, expected)
