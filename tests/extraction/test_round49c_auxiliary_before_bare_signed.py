"""Round forty-nine, a first signatory's own bare "signed" with an auxiliary between, before a
halt told later in the sentence: "Le Soudan avait signé en janvier 2021, mais le processus est
gelé", "le Soudan, qui avait signé en janvier 2021 mais dont le processus est gelé depuis que le
pays a basculé dans la guerre", "Sudan had signed in January 2021, but the process has been
frozen since the war broke out", "Sudán había firmado en enero de 2021, pero el proceso está
congelado": the member that halted is signed, dated by its signing clause, and the halt stays
undated.  "Sudan signed in January 2021, but ..." (the verb right after the name) was read; with
"avait", "had", "había" between, the halt alone was found and took the signing's date.  French,
English and Spanish (the auxiliaries of the data files, after a relative word or not).
Near misses: a negated signing ("Le Soudan n'avait pas signé") and another verb ("avait hésité")
give the halt only; something else signed ("un accord commercial") is no membership."""

import pytest

from tests.extraction.found import S, U, challenge_params, found, found_dated

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "

CASES = {
    "fr": [
        (
            FR + "Le Soudan avait signé en janvier 2021, mais le processus est gelé.",
            {("SD", S), ("SD", U)},
        ),
        (
            FR + "Il y a aussi le Soudan, qui avait signé en janvier 2021 mais dont le processus "
            "est gelé depuis que le pays a basculé dans la guerre.",
            {("SD", S), ("SD", U)},
        ),
        (FR + "Le Soudan n'avait pas signé, et le processus est gelé.", {("SD", U)}),
        (FR + "Le Soudan avait hésité en 2021, mais le processus est gelé.", {("SD", U)}),
        (
            FR
            + "Bahreïn avait signé un accord commercial avec la Chine, mais les échanges sont gelés.",
            {("BH", U)},
        ),
    ],
    "en": [
        (
            EN + "Sudan had signed in January 2021, but the process has been frozen since the war "
            "broke out.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "es": [
        (
            ES + "Sudán había firmado en enero de 2021, pero el proceso está congelado desde que "
            "estalló la guerra.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_auxiliary_before_bare_signed(language, text, expected):
    assert found(text, language) == expected


def test_signing_dated_halt_undated():
    text = FR + "Le Soudan avait signé en janvier 2021, mais le processus est gelé."
    assert found_dated(text, "fr", {"SD"}) == {("SD", S, "2021-01"), ("SD", U, None)}
