"""Round fifty-two, part D: a country's stated intention or wish to take part in the accords
("stated its intention to take part in the Abraham Accords", "menyatakan niat untuk ikut dalam
Abraham Accords", "l'intention de prendre part aux accords", "نية بلاده المشاركة في اتفاقيات
أبراهام", "הביע את כוונתו להשתתף בהסכמי אברהם") is a prospect, as an intention to join is
(`cues` prospective, eleven languages; Kazakh read it already). Near misses: a denied intention
stays a refusal or gives nothing, never a prospect; taking part in an event named after the
accords is no step. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

CASES = {
    "en": [
        ("Oman stated its intention to take part in the Abraham Accords.", {("OM", P)}),
        (
            "The president of Somaliland voiced his territory's wish to participate in the "
            "Abraham Accords.",
            {("XS", P)},
        ),
        ("Oman has no intention to take part in the Abraham Accords.", {("OM", D)}),
        ("Oman took part in the Abraham Accords anniversary forum.", set()),
    ],
    "id": [
        (
            "Presiden Somaliland menyatakan niat wilayahnya untuk ikut dalam Abraham Accords.",
            {("XS", P)},
        ),
        ("Oman ingin ikut serta dalam Abraham Accords.", {("OM", P)}),
        ("Indonesia tidak berniat ikut serta dalam Abraham Accords.", {("ID", D)}),
        ("Indonesia ikut dalam forum ulang tahun Abraham Accords.", set()),
    ],
    "ms": [
        ("Somaliland ingin ikut serta dalam Perjanjian Abraham.", {("XS", P)}),
        ("Oman bercadang untuk mengambil bahagian dalam Perjanjian Abraham.", {("OM", P)}),
        ("Malaysia tidak berhasrat untuk turut serta dalam Perjanjian Abraham.", {("MY", D)}),
    ],
    "fr": [
        (
            "Le président du Somaliland a exprimé l'intention de son territoire de prendre part "
            "aux accords d'Abraham.",
            {("XS", P)},
        ),
        ("Oman veut prendre part aux accords d'Abraham.", {("OM", P)}),
    ],
    "es": [
        (
            "El presidente de Somalilandia expresó la intención de su territorio de participar "
            "en los Acuerdos de Abraham.",
            {("XS", P)},
        ),
        ("Omán no tiene intención de participar en los Acuerdos de Abraham.", {("OM", D)}),
    ],
    "de": [
        (
            "Der Präsident Somalilands bekundete die Absicht, sich an den Abraham-Abkommen zu "
            "beteiligen.",
            {("XS", P)},
        ),
        ("Oman will sich an den Abraham-Abkommen beteiligen.", {("OM", P)}),
        ("Oman will sich nicht an den Abraham-Abkommen beteiligen.", set()),
    ],
    "ru": [
        (
            "Президент Сомалиленда заявил о намерении участвовать в Авраамовых соглашениях.",
            {("XS", P)},
        ),
        ("Оман не намерен участвовать в Авраамовых соглашениях.", {("OM", D)}),
    ],
    "ar": [
        ("أعلن رئيس أرض الصومال نية بلاده المشاركة في اتفاقيات أبراهام.", {("XS", P)}),
        ("لا تعتزم عمان المشاركة في اتفاقيات أبراهام.", {("OM", D)}),
    ],
    "he": [
        ("נשיא סומלילנד הביע את כוונתו להשתתף בהסכמי אברהם.", {("XS", P)}),
        ("עומאן רוצה להשתתף בהסכמי אברהם.", {("OM", P)}),
        ("עומאן אינה רוצה להשתתף בהסכמי אברהם.", {("OM", D)}),
    ],
    "tr": [
        ("Somaliland, İbrahim Anlaşmaları'nda yer alma niyetini açıkladı.", {("XS", P)}),
        ("Umman, İbrahim Anlaşmaları'nda yer almak istiyor.", {("OM", P)}),
        ("Umman, İbrahim Anlaşmaları'nda yer almak istemiyor.", set()),
    ],
    "fa": [
        ("رئیس سومالی‌لند از قصد این منطقه برای مشارکت در پیمان ابراهیم خبر داد.", {("XS", P)}),
        ("عمان قصدی برای مشارکت در پیمان ابراهیم ندارد.", {("OM", D)}),
    ],
    "kk": [("Сомалиленд президенті Авраам келісімдеріне қатысу ниетін білдірді.", {("XS", P)})],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_intention_to_take_part(language, text, expected):
    assert found(text, language) == expected
