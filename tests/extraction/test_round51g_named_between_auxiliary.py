"""Round fifty-one, candidates named between the passive's auxiliary with its adverb and the
participle ("In Washington werden immer wieder Aserbaidschan und Usbekistan genannt", "werden oft
Oman und Katar erwähnt"): the split cue read the countries only before the adverb ("Oman wird
immer wieder genannt"), so a list standing after it gave nothing. German `cues` prospective gains
the split "(werden|wurden) (immer wieder|häufig|oft|...) ~ (genannt|erwähnt|ins spiel gebracht)",
read in a text about the accords as the other candidacy cues are; `comparisons_after` gains "als
(vorbild|beispiel|modell|vermittler|partner|gastgeber)", so that a country named in a role
("werden immer wieder die Emirate als Vorbild genannt", "Katar als Vermittler") is no candidate.

Near misses: a role after the country, prices or other nouns named, and the same words with no
accords in the text give nothing. A role fronted before the auxiliary ("Als Vorbild werden immer
wieder die Emirate genannt") is still read as a candidacy (a strict xfail). Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

KZ = "Kasachstan ist den Abraham-Abkommen beigetreten. "

CASES = {
    "de": [
        (
            KZ + "In Washington werden immer wieder Aserbaidschan und Usbekistan genannt.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
        (
            KZ + "Im Weißen Haus werden oft Oman und Katar erwähnt.",
            {("KZ", A), ("OM", P), ("QA", P)},
        ),
        (
            KZ + "In Diplomatenkreisen wurden bisweilen Mauretanien und Niger ins Spiel gebracht.",
            {("KZ", A), ("MR", P), ("NE", P)},
        ),
        (KZ + "In Washington werden immer wieder die Emirate als Vorbild genannt.", {("KZ", A)}),
        (KZ + "In Washington werden häufig Katar und Ägypten als Vermittler genannt.", {("KZ", A)}),
        (KZ + "In Berlin werden immer wieder neue Preise genannt.", {("KZ", A)}),
        ("Auf der Messe werden immer wieder Oman und Katar als Partner genannt.", set()),
        (KZ + "Als Vorbild werden immer wieder die Emirate genannt.", {("KZ", A)}),
    ],
}

KNOWN_MISSES = {
    "de-8": "a role fronted before the auxiliary ('Als Vorbild werden ...') is out of the "
    "comparison word's reach after the country, and the split cue reads the Emirates as a candidate",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_named_between_auxiliary(language, text, expected):
    assert found(text, language) == expected
