"""Round thirty-six, "there will be no relations with Israel" (without a Palestinian state): a
refusal told as a future existential with relations, not normalisation, as its subject
("отношений с Израилем не будет", "no habrá relaciones con Israel", "İsrail ile ilişki
olmayacağını"); English, French, German and Arabic already read it, with normalisation or
relations. Data: `cues.declined` (es, ru, tr). Near misses: "no peace for Israel without
Riyadh" in an expert's mouth and "no investments without a trade deal" are no refusal by a
country. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Джакарта вновь дала понять, что без палестинского государства отношений с Израилем не "
            "будет.",
            {("ID", D)},
        ),
        (
            "Джакарта заявила, что не будет никаких отношений с Израилем до создания палестинского "
            "государства.",
            {("ID", D)},
        ),
        ("Эксперт считает, что без Эр-Рияда у Израиля не будет прочного мира в регионе.", set()),
    ],
    "es": [
        (
            "Yakarta dejó claro que sin un Estado palestino no habrá relaciones con Israel.",
            {("ID", D)},
        ),
        (
            "Indonesia advirtió que no habrá relaciones diplomáticas con Israel mientras no exista un "
            "Estado palestino.",
            {("ID", D)},
        ),
        ("Sin acuerdo comercial no habrá inversiones de Emiratos en la región.", set()),
    ],
    "tr": [
        (
            "Cakarta, Filistin devleti olmadan İsrail ile ilişki olmayacağını yineledi.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_relations_will_be(language, text, expected):
    check_case(language, text, expected)
