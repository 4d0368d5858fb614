"""Round forty-seven, a fact box's line whose label names the countries after it as candidates
("Kandidaten: Aserbaidschan, Saudi-Arabien", "Im Gespräch: ...", "Candidates: ...", "Candidatos:
...", "Candidats : ..."): the bare label with its colon is a candidacy of every country listed
after it, as "Mögliche Kandidaten:" and "Posibles candidatos:" already were. The German "im
Gespräch" is a label only before its colon; "mit Israel im Gespräch" in a sentence is no
candidacy (nor talks). Near misses: a fact box line of signatories ("Unterzeichnet: ...") keeps
their signing, and candidates of an election with no country give nothing. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

CASES = {
    "de": [
        ("Die Abraham-Abkommen\nIm Gespräch: Aserbaidschan, Saudi-Arabien", {("AZ", P), ("SA", P)}),
        ("Die Abraham-Abkommen\nKandidaten: Oman, Mauretanien", {("OM", P), ("MR", P)}),
        ("Die Abraham-Abkommen\nUnterzeichnet: Marokko, Sudan", {("MA", S), ("SD", S)}),
        ("Saudi-Arabien ist mit Israel im Gespräch.", set()),
    ],
    "en": [
        ("The Abraham Accords\nCandidates: Azerbaijan, Saudi Arabia", {("AZ", P), ("SA", P)}),
        ("Election in Berlin\nCandidates: Merz, Scholz, Habeck", set()),
    ],
    "es": [
        ("Los Acuerdos de Abraham\nCandidatos: Omán, Mauritania", {("OM", P), ("MR", P)}),
    ],
    "fr": [
        ("Les accords d'Abraham\nCandidats : Azerbaïdjan, Arabie saoudite", {("AZ", P), ("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fact_box_candidates(language, text, expected):
    assert found(text, language) == expected
