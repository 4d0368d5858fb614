"""A signing ceremony still awaited ("attend toujours la cérémonie de signature", "is still
awaiting the signing ceremony", "wartet noch auf die Unterzeichnungszeremonie", "aún espera la
ceremonia de firma"): the country has joined with its signing still ahead, an announcement as
the awaited formal signing already is, not a signing.
Near misses: a ceremony held ("a accueilli la cérémonie de signature", "held the signing
ceremony", "celebró la ceremonia de firma") is the signing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Le Kazakhstan attend toujours la cérémonie de signature des accords d'Abraham.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan, qui a annoncé en novembre 2025 son adhésion aux accords, attend toujours la "
            "cérémonie de signature.",
            {("KZ", A, "2025-11")},
        ),
        (
            "Le Maroc a accueilli la cérémonie de signature des accords d'Abraham en décembre 2020.",
            {("MA", S, "2020-12")},
        ),
    ],
    "en": [
        ("Kazakhstan is still awaiting the signing ceremony of the Abraham Accords.", {("KZ", A)}),
        (
            "Kazakhstan held the signing ceremony of the Abraham Accords in 2026.",
            {("KZ", S, "2026")},
        ),
    ],
    "de": [
        (
            "Kasachstan wartet noch auf die Zeremonie zur Unterzeichnung der Abraham-Abkommen.",
            {("KZ", A)},
        ),
    ],
    "es": [
        ("Kazajistán aún espera la ceremonia de firma de los Acuerdos de Abraham.", {("KZ", A)}),
        ("Kazajistán aún espera la firma formal de los Acuerdos de Abraham.", {("KZ", A)}),
        (
            "Kazajistán celebró la ceremonia de firma de los Acuerdos de Abraham en 2026.",
            {("KZ", S, "2026")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_awaited_ceremony(language, text, expected):
    check_case(language, text, expected)
