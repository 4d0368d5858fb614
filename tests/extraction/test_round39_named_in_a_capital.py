"""Round thirty-nine, a capital after a naming participle in an apposition ("Mauritania, often
named in Washington these days, broke off its relations with Israel in 2010", "souvent citée à
Washington", "mencionada en Washington"): the capital is where the country is talked about, not
who acts, so the main verb's step stays the country's (`places`: "mentioned in", "cited in",
"named in", "touted in", "citée à", "mentionnée à", "évoquée à", "citada en", "mencionada en",
"nombrada en").  Russian and Indonesian say it in a relative clause, which keeps the country
already.  Near misses: a capital that does the naming ("Washington has named Mauritania as a
possible candidate") leaves the candidacy the country's.  Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

W = "withdrawn"

CASES = {
    "en": [
        (
            "Mauritania, often named in Washington these days, broke off its relations with Israel in 2010.",
            {("MR", W, "2010")},
        ),
        (
            "The Abraham Accords. Indonesia, often cited in Washington as a candidate, says it will not normalise ties before a Palestinian state exists.",
            {("ID", D), ("ID", P)},
        ),
        (
            "The Abraham Accords. Washington has named Mauritania as a possible candidate.",
            {("MR", P)},
        ),
    ],
    "fr": [
        (
            "La Mauritanie, souvent citée à Washington ces derniers mois, avait rompu ses relations avec Israël en 2010.",
            {("MR", W, "2010")},
        ),
        (
            "Les accords d'Abraham. Washington a cité la Mauritanie comme candidate possible.",
            {("MR", P)},
        ),
    ],
    "es": [
        (
            "Mauritania, mencionada en Washington estos meses, rompió sus relaciones con Israel en 2010.",
            {("MR", W, "2010")},
        ),
        (
            "Los Acuerdos de Abraham. Indonesia, mencionada en Washington como candidata, rechaza toda normalización sin un Estado palestino.",
            {("ID", D), ("ID", P)},
        ),
        (
            "Los Acuerdos de Abraham. Washington mencionó a Mauritania como posible candidata.",
            {("MR", P)},
        ),
    ],
    "de": [
        (
            "Mauretanien, in Washington oft genannt, hatte 2010 seine Beziehungen zu Israel abgebrochen.",
            {("MR", W, "2010")},
        ),
        (
            "Mauretanien, in Washington oft als Kandidat genannt, hatte 2010 seine Beziehungen zu Israel abgebrochen.",
            {("MR", W, "2010"), ("MR", P)},
        ),
    ],
    "ru": [
        (
            "Мавритания, которую в Вашингтоне называют возможным кандидатом, разорвала отношения с Израилем в 2010 году.",
            {("MR", W, "2010")},
        ),
    ],
    "id": [
        (
            "Mauritania, yang disebut di Washington sebagai calon, memutuskan hubungan dengan Israel pada 2010.",
            {("MR", W, "2010")},
        ),
    ],
}

KNOWN_MISSES = {
    "de-2": "German puts the place before the participle ('in Washington oft als Kandidat genannt'): with the candidacy word between, the capital takes the break; a bare 'in' before a capital is too common a word to mark a place",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_in_a_capital(language, text, expected):
    check_case(language, text, expected)
