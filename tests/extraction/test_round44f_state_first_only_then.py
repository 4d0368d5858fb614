"""Round forty-four, a precondition told as an order of events: a Palestinian state first, "and
only then" relations ("שקודם צריכה לקום מדינה פלסטינית, ורק אחר כך יהיו יחסים", "zuerst müsse ein
palästinensischer Staat entstehen, erst dann", "d'abord un État palestinien, et seulement
ensuite", "primero un Estado palestino y solo después", "сначала палестинское государство, и
только потом", "baru setelah itu", "barulah"): the country's own condition, a refusal
(`cues.declined`, he de fr es ar ru tr id ms fa kk; English "must come first" was read already).
German needs "und erst dann" or the state's verb right before a bare "erst dann", since "erst
dann ..., wenn" is "only when", and Spanish and French leave out a bare "solo después (de)" and
"seulement après" for the same reason. Near misses: the same order told by critics, with no
country, refuses nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

_SA = {("SA", D)}

CASES = {
    "en": [
        (
            "The Saudis say a Palestinian state must come first, and only then will there be"
            " relations with Israel.",
            _SA,
        ),
        (
            "Critics argue a Palestinian state must come first and only then normalisation with"
            " Israel.",
            set(),
        ),
    ],
    "he": [
        (
            "הסעודים אומרים שקודם צריכה לקום מדינה פלסטינית, ורק אחר כך יהיו יחסים עם ישראל.",
            _SA,
        ),
        ("ריאד מבהירה: קודם מדינה פלסטינית, ורק אז נורמליזציה עם ישראל.", _SA),
        ("מבקרים אומרים שקודם צריכה לקום מדינה פלסטינית, ורק אחר כך נורמליזציה עם ישראל.", set()),
    ],
    "de": [
        (
            "Die Saudis sagen, zuerst müsse ein palästinensischer Staat entstehen, erst dann gebe"
            " es Beziehungen zu Israel.",
            _SA,
        ),
        ("Riad sagt, zuerst ein palästinensischer Staat und erst dann Beziehungen zu Israel.", _SA),
        (
            "Kritiker meinen, zuerst müsse ein palästinensischer Staat entstehen, erst dann könne"
            " es Normalisierung geben.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les Saoudiens disent qu'il faut d'abord un État palestinien, et seulement ensuite des"
            " relations avec Israël.",
            _SA,
        ),
    ],
    "es": [
        (
            "Los saudíes dicen que primero debe existir un Estado palestino y solo después habrá"
            " relaciones con Israel.",
            _SA,
        ),
    ],
    "ar": [
        (
            "يقول السعوديون إنه يجب أولا قيام دولة فلسطينية، وبعد ذلك فقط ستكون هناك علاقات مع"
            " إسرائيل.",
            _SA,
        ),
    ],
    "ru": [
        (
            "Саудовцы говорят, что сначала должно появиться палестинское государство, и только"
            " потом будут отношения с Израилем.",
            _SA,
        ),
    ],
    "tr": [
        (
            "Suudiler önce bir Filistin devleti kurulması gerektiğini, ancak ondan sonra İsrail"
            " ile ilişki olacağını söylüyor.",
            _SA,
        ),
    ],
    "id": [
        (
            "Saudi mengatakan negara Palestina harus berdiri lebih dulu, baru setelah itu ada"
            " hubungan dengan Israel.",
            _SA,
        ),
    ],
    "ms": [
        (
            "Arab Saudi berkata negara Palestin mesti wujud dahulu, barulah ada hubungan dengan"
            " Israel.",
            _SA,
        ),
    ],
    "fa": [
        (
            "سعودی‌ها می‌گویند ابتدا باید کشور فلسطینی تشکیل شود و فقط پس از آن با اسرائیل رابطه"
            " برقرار خواهد شد.",
            _SA,
        ),
    ],
    "kk": [
        (
            "Сауд Арабиясы алдымен Палестина мемлекеті құрылуы керек, тек содан кейін Израильмен"
            " қарым-қатынас болады дейді.",
            _SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_state_first_only_then(language, text, expected):
    check_case(language, text, expected)
