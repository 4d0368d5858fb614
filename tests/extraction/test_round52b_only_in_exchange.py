"""A country's step told "only in exchange for" a Palestinian state ("nur im Gegenzug für",
"только в обмен на", "solo ... a cambio de", "ancak ... karşılığında", "רק בתמורה",
"فقط مقابل", "hanya ... dengan imbalan", "hanya ... sebagai balasan", "only in return for")
is a precondition, its own refusal as things stand (declined), as "only if" is. A trade
told of a step already taken, with no "only", stays that step."""

import pytest

from tests.extraction.found import D, P, S, found

PRECONDITIONS = [
    (
        "en",
        "Saudi Arabia will recognise Israel only in return for a Palestinian state.",
        {("SA", D)},
    ),
    (
        "de",
        "Saudi-Arabien will die Beziehungen zu Israel nur im Gegenzug für einen Palästinenserstaat normalisieren.",
        {("SA", D), ("SA", P)},
    ),
    (
        "ru",
        "Саудовская Аравия заявила, что нормализует отношения с Израилем только в обмен на создание палестинского государства.",
        {("SA", D)},
    ),
    (
        "es",
        "Arabia Saudí reiteró que solo reconocerá a Israel a cambio de un Estado palestino.",
        {("SA", D)},
    ),
    (
        "tr",
        "Suudi Arabistan, İsrail ile ilişkilerini ancak bir Filistin devleti karşılığında normalleştireceğini yineledi.",
        {("SA", D)},
    ),
    ("he", "סעודיה חזרה ואמרה כי תנרמל את היחסים עם ישראל רק בתמורה למדינה פלסטינית.", {("SA", D)}),
    ("ar", "أكدت السعودية أنها ستطبع العلاقات مع إسرائيل فقط مقابل دولة فلسطينية.", {("SA", D)}),
    (
        "id",
        "Arab Saudi menegaskan hanya akan mengakui Israel dengan imbalan negara Palestina.",
        {("SA", D)},
    ),
    (
        "ms",
        "Arab Saudi menegaskan ia hanya akan mengiktiraf Israel sebagai balasan kepada negara Palestin.",
        {("SA", D)},
    ),
]


@pytest.mark.parametrize("language,text,expected", PRECONDITIONS)
def test_a_step_only_in_exchange_for_a_state_is_a_precondition(language, text, expected):
    assert found(text, language) == expected


NEAR_MISSES = [
    # a trade told of a signing already made, with no "only": the signing
    (
        "ru",
        "Марокко подписало соглашения Авраама в 2020 году в обмен на признание суверенитета над Западной Сахарой.",
        {("MA", S)},
    ),
    (
        "es",
        "Marruecos firmó los Acuerdos de Abraham en 2020 a cambio del reconocimiento estadounidense de su soberanía sobre el Sáhara.",
        {("MA", S)},
    ),
]


@pytest.mark.parametrize("language,text,expected", NEAR_MISSES)
def test_a_trade_for_a_step_taken_is_that_step(language, text, expected):
    assert found(text, language) == expected
