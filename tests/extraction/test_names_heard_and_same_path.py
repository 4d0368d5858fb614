"""Candidates told as the names most heard, and a country likely to take the same path.

"Entre los nombres que más suenan están Omán e Indonesia", "los nombres que más se barajan",
with the superlative "más" the list opener "los nombres que suenan" already was; Turkish "X'in
adı da geçiyor", "adları da geçiyor", with the additive particle between name and verb; Kazakh
"Өзбекстан да осы жолды таңдауы ықтимал" (likely to choose this path), "сол қадамды жасауы
мүмкін" (may take the same step). All are candidacies (`prospective`); a list for another
body (the Board of Peace), or a plain negative ("осы жолды таңдамайды"), is no claim.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham. Entre los nombres que más suenan están Omán e Indonesia.",
            {("OM", P), ("ID", P)},
        ),
        (
            "Los Acuerdos de Abraham. Los nombres que más suenan son Catar y Mauritania.",
            {("QA", P), ("MR", P)},
        ),
        (
            "Los Acuerdos de Abraham. Entre los nombres que más suenan para dirigir la Junta de "
            "Paz está Tony Blair.",
            set(),
        ),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Özbekistan'ın adı da geçiyor.", {("UZ", P)}),
        ("İbrahim Anlaşmaları. Katar ve Umman'ın adları da geçiyor.", {("QA", P), ("OM", P)}),
        ("İbrahim Anlaşmaları. Barış Kurulu listesinde Özbekistan'ın adı da geçiyor.", set()),
    ],
    "kk": [
        ("Авраам келісімі. Өзбекстан да осы жолды таңдауы ықтимал.", {("UZ", P)}),
        (
            "Авраам келісімі. Сарапшылардың пікірінше, Әзербайжан сол қадамды жасауы мүмкін.",
            {("AZ", P)},
        ),
        ("Авраам келісімі. Өзбекстан осы жолды таңдамайды.", set()),
        ("Бейбітшілік кеңесі. Өзбекстан да осы жолды таңдауы ықтимал.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_names_heard_and_same_path_are_candidacies(language, text, expected):
    check_case(language, text, expected)
