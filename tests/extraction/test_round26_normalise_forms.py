"""The Malay verb of normalising in its borrowed forms, "menormalisasikan" and "menormalisasi",
wherever the data files listed only "menormalkan": a refusal ("tidak akan menormalisasikan
hubungan dengan Israel"), a candidacy ("semakin hampir menormalisasikan") and normalised ties
as membership ("menormalisasikan hubungan dengan Israel pada 2020"), as Indonesian already
reads all three forms. Near misses: the same verb with no country ("Bank Negara tidak akan
menormalisasikan kadar faedah"), ties with a body that is no state, and the first signatories'
agreement told inside the accords' own sealing ("dimeterai ... apabila X dan Y bersetuju
menormalisasikan hubungan, diikuti Z"), which stays their membership.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Indonesia menegaskan bahawa ia tidak akan menormalisasikan hubungan dengan Israel "
            "sebelum Palestin merdeka.",
            {("ID", D)},
        ),
        (
            "Menurut Wisma Putra, Malaysia tidak akan menormalisasi hubungan dengan Israel.",
            {("MY", D)},
        ),
        (
            "Malaysia menolak Perjanjian Abraham. Brunei turut menegaskan pendirian serupa bahawa "
            "Bandar Seri Begawan tidak akan menormalisasikan hubungan dengan Israel.",
            {("MY", D), ("BN", D)},
        ),
        (
            "Arab Saudi semakin hampir menormalisasikan hubungan dengan Israel, kata pegawai Amerika.",
            {("SA", P)},
        ),
        (
            "Emiriah Arab Bersatu menormalisasikan hubungan dengan Israel pada 2020 di bawah "
            "Perjanjian Abraham.",
            {("AE", S, "2020")},
        ),
        ("Bank Negara tidak akan menormalisasikan kadar faedah tahun ini.", set()),
        (
            "Kesatuan Eropah menggesa Iran menormalisasikan hubungan dengan Agensi Tenaga Atom "
            "Antarabangsa.",
            set(),
        ),
        (
            "Perjanjian Abraham dimeterai pada 2020 apabila Emiriah Arab Bersatu dan Bahrain "
            "bersetuju menormalisasikan hubungan dengan Israel, diikuti Maghribi dan Sudan beberapa "
            "bulan kemudian.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S), ("SD", S)},
        ),
    ],
    "id": [
        (
            "Indonesia tidak akan menormalisasikan hubungan dengan Israel sebelum Palestina merdeka.",
            {("ID", D)},
        ),
        (
            "Uni Emirat Arab menormalkan hubungan dengan Israel pada 2020 lewat Abraham Accords.",
            {("AE", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_normalise_forms(language, text, expected):
    check_case(language, text, expected)
