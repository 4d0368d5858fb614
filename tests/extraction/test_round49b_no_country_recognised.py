"""Round forty-nine, others' recognition told with a nameless negative subject and "until"
("Somaliland declared independence in 1991, but almost no country recognised it until Israel did
so", "... tetapi hampir tiada negara mengiktirafnya – sehinggalah Israel berbuat demikian"): the
negation before the precondition word ("until", "sehinggalah") was read as a refusal ("will not
normalise until ...") and given to Somaliland, named before. A negation inside a nameless
subject ("no country", "tiada negara"; new `generic_subjects` entries, English and Malay) now
refuses nothing of a country named (`steps`: the refusal by precondition skips it). English and
Malay (Indonesian "hampir tidak ada negara yang mengakuinya sampai ..." and Russian "почти ни
одна страна не признавала его, пока ..." already gave nothing). Near misses: a country's own
refusal with "until" ("Saudi Arabia will not normalise until there is a Palestinian state",
"Malaysia tidak akan mengiktiraf Israel sehingga Palestin merdeka") stays a refusal. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
MS = "Perjanjian Abraham ditandatangani pada 2020. "

CASES = {
    "en": [
        (
            EN + "Somaliland declared independence in 1991, but almost no country recognised it "
            "until Israel did so in December 2025.",
            set(),
        ),
        (
            EN
            + "Somaliland declared independence, but no country recognised it until Israel did so.",
            set(),
        ),
        (EN + "Saudi Arabia will not normalise until there is a Palestinian state.", {("SA", D)}),
    ],
    "ms": [
        (
            MS + "Somaliland mengisytiharkan diri merdeka daripada Somalia pada 1991 tetapi hampir "
            "tiada negara mengiktirafnya – sehinggalah Israel berbuat demikian pada 26 Disember 2025.",
            set(),
        ),
        (MS + "Malaysia tidak akan mengiktiraf Israel sehingga Palestin merdeka.", {("MY", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_no_country_recognised(language, text, expected):
    assert found(text, language) == expected
