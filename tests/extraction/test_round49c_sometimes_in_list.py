"""Round forty-nine, a list member after a comma and "sometimes": "Les noms qui circulent sont
toujours les mêmes : l'Indonésie, la Mauritanie, parfois Oman", "Indonesia, Mauritania,
sometimes Oman", "Indonesia, Mauritania, a veces Omán", "Indonesien, Mauretanien, manchmal
Oman": the adverb keeps the list going, as a hedging adverb after its conjunction did already
("la Syrie et, à terme, le Liban"); the list's adverbs may now stand right after its comma too.
French, English, Spanish and German (`list_adverbs`: "parfois", "sometimes", "a veces",
"manchmal").
Near misses: the adverb before something that is no name ("Indonesia, sometimes with threats",
"la Mauritanie, parfois avec insistance; Oman reste silencieux") adds no member.  Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "

CASES = {
    "fr": [
        (
            FR + "Les noms qui circulent sont toujours les mêmes : l'Indonésie, la Mauritanie, "
            "parfois Oman.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
        (
            FR + "Les noms qui circulent sont l'Indonésie et la Mauritanie, parfois avec "
            "insistance; Oman reste silencieux.",
            {("ID", P), ("MR", P)},
        ),
    ],
    "en": [
        (
            EN + "The names that circulate are always the same: Indonesia, Mauritania, sometimes "
            "Oman.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
        (EN + "Washington is courting Indonesia, sometimes with threats.", {("ID", P)}),
    ],
    "es": [
        (
            ES + "Entre los posibles candidatos figuran Indonesia, Mauritania, a veces Omán.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
    ],
    "de": [
        (
            DE + "Als Kandidaten gelten Indonesien, Mauretanien, manchmal Oman.",
            {("ID", P), ("MR", P), ("OM", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_sometimes_in_list(language, text, expected):
    assert found(text, language) == expected
