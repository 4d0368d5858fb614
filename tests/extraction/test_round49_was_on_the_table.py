"""A joining told as having been on the table ("Mauritania's accession to the Abraham Accords was on
the table", "une adhésion de la Mauritanie aux accords était bel et bien sur la table", "la
adhesión de Mauritania estaba sobre la mesa"): the present ("is on the table", "est sur la table",
"está sobre la mesa") was a candidacy already; the past read the accession noun alone, as an
announcement. Now a candidacy in the past as in the present (English, French, Spanish; German
"lag auf dem Tisch" read already). Near misses: the negated form stays what the present's is (a
refusal), and a signing on the table of another agreement gives nothing. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

CASES = {
    "en": [
        (
            "According to diplomats, Mauritania's accession to the Abraham Accords was on the "
            "table.",
            {("MR", P)},
        ),
        ("Normalisation with Oman had long been on the table, officials said.", {("OM", P)}),
        ("Mauritania's accession to the Abraham Accords was not on the table.", {("MR", D)}),
        ("A trade deal with Oman was on the table at the summit.", set()),
    ],
    "fr": [
        (
            "Selon des sources diplomatiques, une adhésion de la Mauritanie aux accords "
            "d'Abraham était bel et bien sur la table.",
            {("MR", P)},
        ),
        (
            "Une adhésion de la Mauritanie aux accords d'Abraham n'était pas sur la table.",
            {("MR", D)},
        ),
    ],
    "es": [
        (
            "Según diplomáticos, la adhesión de Mauritania a los Acuerdos de Abraham estaba "
            "sobre la mesa.",
            {("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_was_on_the_table(language, text, expected):
    assert found(text, language) == expected
