"""Round thirty-seven, a signing the sentence itself says is unrelated to the accords ("the port
contract was signed with an Emirati company and has nothing to do with the Abraham Accords",
"n'a rien à voir avec les accords d'Abraham", "hat nichts mit den Abraham-Abkommen zu tun",
"no tiene nada que ver con", "لا علاقة له باتفاقيات أبراهام", "не имеет никакого отношения к",
"ارتباطی با پیمان ابراهیم ندارد", "אין לו קשר להסכמי אברהם", "tidak ada kaitannya dengan",
"tiada kaitan dengan", "Авраам келісімдеріне еш қатысы жоқ"): no signing and no background
member (`unrelated`). Near misses: the accords named a second time as what a country signed
("Morocco, which signed the Abraham Accords, said the pipeline has nothing to do with the
accords"), and a deal unrelated to something else. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The port contract was signed years ago with an Emirati company and has nothing to do with the Abraham Accords.",
            set(),
        ),
        (
            "Kazakhstan signed a water memorandum with Israel in April, a deal unrelated to the Abraham Accords.",
            set(),
        ),
        (
            "Morocco, which signed the Abraham Accords in 2020, said its gas pipeline deal has nothing to do with the accords.",
            {("MA", S)},
        ),
        (
            "The UAE signed the Abraham Accords in 2020, and its port deal has nothing to do with the Gaza plan.",
            {("AE", S)},
        ),
    ],
    "fr": [
        (
            "Le contrat du port a été signé il y a des années avec une société émiratie et n'a rien à voir avec les accords d'Abraham.",
            set(),
        ),
        (
            "Le Maroc, qui a signé les accords d'Abraham en 2020, assure que le gazoduc n'a rien à voir avec ces accords.",
            {("MA", S)},
        ),
    ],
    "de": [
        (
            "Der Hafenvertrag wurde vor Jahren mit einer emiratischen Firma unterzeichnet und hat nichts mit den Abraham-Abkommen zu tun.",
            set(),
        ),
        (
            "Der Hafenvertrag mit Bahrain wurde 2019 unterzeichnet und steht in keinem Zusammenhang mit den Abraham-Abkommen.",
            set(),
        ),
    ],
    "es": [
        (
            "El contrato del puerto se firmó hace años con una empresa emiratí y no tiene nada que ver con los Acuerdos de Abraham.",
            set(),
        ),
    ],
    "ar": [
        (
            "وقع عقد تشغيل الميناء قبل سنوات مع شركة إماراتية ولا علاقة له باتفاقيات أبراهام.",
            set(),
        ),
    ],
    "ru": [
        (
            "Контракт на порт был подписан много лет назад с эмиратской компанией и не имеет никакого отношения к Авраамовым соглашениям.",
            set(),
        ),
    ],
    "tr": [
        (
            "Liman sözleşmesi yıllar önce bir Emirlik şirketiyle imzalandı ve İbrahim Anlaşmaları ile hiçbir ilgisi yok.",
            set(),
        ),
    ],
    "fa": [
        (
            "قرارداد بهره‌برداری از این بندر سال‌ها پیش با یک شرکت اماراتی امضا شده و ارتباطی با پیمان ابراهیم ندارد.",
            set(),
        ),
        (
            "قرارداد بندر با بحرین در سال ۲۰۱۹ امضا شد و هیچ ربطی به توافق ابراهیم ندارد.",
            set(),
        ),
    ],
    "he": [
        ("חוזה הנמל נחתם לפני שנים עם חברה אמירתית ואין לו קשר להסכמי אברהם.", set()),
    ],
    "id": [
        (
            "Kontrak pelabuhan itu ditandatangani bertahun-tahun lalu dengan perusahaan Uni Emirat Arab dan tidak ada kaitannya dengan Abraham Accords.",
            set(),
        ),
    ],
    "ms": [
        (
            "Kontrak pelabuhan itu ditandatangani bertahun-tahun lalu dengan syarikat Emiriah Arab Bersatu dan tiada kaitan dengan Perjanjian Abraham.",
            set(),
        ),
    ],
    "kk": [
        (
            "Порт келісімшарты бірнеше жыл бұрын БАӘ компаниясымен жасалған, оның Авраам келісімдеріне еш қатысы жоқ.",
            set(),
        ),
        (
            "Бахрейнмен порт келісіміне 2019 жылы қол қойылды, оның Авраам келісімдеріне ешқандай қатысы жоқ.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_unrelated_signing(language, text, expected):
    check_case(language, text, expected)
