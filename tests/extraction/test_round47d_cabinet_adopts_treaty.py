"""Round forty-seven, a government or a cabinet adopting the treaty with Israel, the verb first
and the body between it and the treaty ("اعتمد مجلس الوزراء البحريني معاهدة السلام مع إسرائيل",
"أقرت الحكومة ... الاتفاقية مع إسرائيل") or, in Turkish, the partner before the treaty and the
verb last ("İsrail ile barış anlaşmasını onayladı"): a ratification. "Peace treaty" names other
agreements (Egypt's and Jordan's, Baku's with Yerevan), so the word only counts when it is the
adopting verb's own object, with Israel; a split cue's tail now holds its object as a whole cue
does. Near misses: a peace treaty adopted with another country gives nothing; Egypt's and
Jordan's treaties give nothing; "اعتمد على" (relied on) is no adoption. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import challenge_params, found

R = "ratified"

CASES = {
    "ar": [
        ("اعتمد مجلس الوزراء البحريني معاهدة السلام مع إسرائيل في جلسته الأسبوعية.", {("BH", R)}),
        ("وكان مجلس الوزراء الإماراتي قد اعتمد في خريف 2020 الاتفاقية مع إسرائيل.", {("AE", R)}),
        ("أقرت الحكومة المغربية اتفاقية السلام مع إسرائيل بعد أسابيع من توقيعها.", {("MA", R)}),
        ("اعتمد البرلمان الأذربيجاني معاهدة السلام مع أرمينيا بالإجماع.", set()),
        ("أقر البرلمان الأردني معاهدة السلام مع إسرائيل عام 1994.", set()),
    ],
    "tr": [
        ("Bahreyn hükümeti geçen hafta İsrail ile barış anlaşmasını onayladı.", {("BH", R)}),
        ("BAE Bakanlar Kurulu İsrail ile imzalanan antlaşmayı onaylamıştı.", {("AE", R)}),
        ("Azerbaycan Meclisi Ermenistan ile barış anlaşmasını onayladı.", set()),
    ],
    "en": [
        ("The Bahraini cabinet approved the peace treaty with Israel.", {("BH", R)}),
        ("The Azerbaijani parliament approved the peace treaty with Armenia.", set()),
    ],
    "fa": [
        ("هیئت وزیران بحرین معاهده صلح با اسرائیل را تصویب کرد.", {("BH", R)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_cabinet_adopts_treaty(language, text, expected):
    assert found(text, language) == expected
