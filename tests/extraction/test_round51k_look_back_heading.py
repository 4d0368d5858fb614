"""Round fifty-one, a second pass: a look back's heading holding a year ("Was 2020 geschah –
...", "What happened in 2020: ...", "Lo que pasó en 2020: ...", "Ce qui s'est passé en 2020 :
...", "2020'de neler oldu: ...") dates the line after its colon or dash, as a bare year opening
a chronology line does (new key `look_backs`, every language; `confidence._opening_date`).
The German plural present "schließen sich ... an" is a joining, no longer also an announcement
(the subjunctive "schließe sich an" stays one), so a look back told in the historical present
gives the first members' signing, not a joining still to come.
Near misses: a heading deep in a sentence (more than the opening words before it) dates
nothing; the plural present for a country that has not signed stays an announcement; a
subjunctive report stays an announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found_dated

FIRST = {"AE", "BH", "MA", "SD"}

CASES = {
    "de": [
        (
            "Kapitel 2: Was 2020 geschah – die Emirate und Bahrain schließen sich den "
            "Abraham-Abkommen an",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "Was 2020 passierte: Marokko und der Sudan schließen sich den Abraham-Abkommen an",
            {("MA", S, "2020"), ("SD", S, "2020")},
        ),
        (
            "Die Moderatorin fragt ihren Gast im Studio ausführlich, was 2020 geschah – die "
            "Emirate und Bahrain schließen sich den Abraham-Abkommen an",
            {("AE", S, None), ("BH", S, None)},
        ),
        ("Oman und Katar schließen sich den Abraham-Abkommen an.", {("OM", A), ("QA", A)}),
        (
            "Das Ministerium teilte mit, Oman schließe sich den Abraham-Abkommen an.",
            {("OM", A)},
        ),
    ],
    "en": [
        (
            "What happened in 2020: the Emirates and Bahrain join the Abraham Accords",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
    "es": [
        (
            "Lo que pasó en 2020: Emiratos, Baréin y Marruecos se suman a los Acuerdos de Abraham",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, "2020")},
        ),
    ],
    "id": [
        (
            "Apa yang terjadi pada 2020: UEA dan Bahrain bergabung dengan Perjanjian Abraham",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_look_back_heading(language, text, expected):
    assert found_dated(text, language, FIRST) == expected
