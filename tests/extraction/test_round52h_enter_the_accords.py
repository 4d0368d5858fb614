"""Entering the accords as a joining word ("سوريا لن تدخل في الاتفاقيات", "Siria no entrará en los
Acuerdos de Abraham", "Syrien wird nicht in die Abraham-Abkommen eintreten", "Suriah tidak akan
masuk ke dalam Abraham Accords", "سوریه وارد توافق ابراهیم نخواهد شد"): English, French, Russian,
Hebrew, Turkish and Kazakh read it already; Arabic, Spanish, German, Indonesian, Malay and Persian
now read the future as an announcement and its negation as a refusal, and Arabic the past
("دخلت كازاخستان في اتفاقيات أبراهام") as a joining. Near misses: entering talks, a war or a
town, and an agreement entering into force give nothing of the kind. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

CASES = {
    "ar": [
        ("أكد الرئيس السوري أن بلاده لن تدخل في الاتفاقيات الإبراهيمية.", {("SY", D)}),
        ("سوريا لن تدخل في الاتفاقيات قبل انسحاب إسرائيل من الجولان.", {("SY", D)}),
        ("أعلنت كازاخستان أنها ستدخل في اتفاقيات أبراهام.", {("KZ", A)}),
        ("دخلت سوريا في مفاوضات مع إسرائيل بشأن الاتفاقيات الأمنية.", set()),
        ("دخلت قوات إسرائيلية إلى القنيطرة رغم اتفاقيات أبراهام.", set()),
        (
            "دخلت موريتانيا في مشاورات مع واشنطن للانضمام إلى اتفاقيات أبراهام.",
            {("MR", "negotiating")},
        ),
        ("دخلت الاتفاقيات الاقتصادية بين كازاخستان والولايات المتحدة حيز التنفيذ.", set()),
    ],
    "es": [
        ("Siria no entrará en los Acuerdos de Abraham.", {("SY", D)}),
        ("Kazajistán entrará en los Acuerdos de Abraham.", {("KZ", A)}),
        ("El acuerdo comercial con Kazajistán entrará en vigor en enero.", set()),
    ],
    "de": [
        ("Syrien wird nicht in die Abraham-Abkommen eintreten.", {("SY", D)}),
        ("Kasachstan wird in die Abraham-Abkommen eintreten.", {("KZ", A)}),
        ("Syrien wird nicht in direkte Gespräche mit Israel eintreten.", set()),
    ],
    "id": [
        ("Suriah tidak akan masuk ke dalam Abraham Accords.", {("SY", D)}),
        ("Kazakhstan akan masuk ke dalam Abraham Accords.", {("KZ", A)}),
        ("Pasukan Suriah tidak akan masuk ke dalam zona penyangga.", set()),
    ],
    "ms": [
        ("Syria tidak akan masuk ke dalam Perjanjian Abraham.", {("SY", D)}),
        ("Kazakhstan akan masuk ke dalam Perjanjian Abraham.", {("KZ", A)}),
    ],
    "fa": [
        ("سوریه وارد توافق ابراهیم نخواهد شد.", {("SY", D)}),
        ("قزاقستان وارد توافق ابراهیم می‌شود.", {("KZ", A)}),
        ("سوریه وارد مذاکرات مستقیم با اسرائیل نخواهد شد.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_enter_the_accords(language, text, expected):
    assert found(text, language) == expected
