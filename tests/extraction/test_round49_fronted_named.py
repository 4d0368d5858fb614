"""German candidates told by a fronted passive participle, an adverb right after its auxiliary
("Genannt werden immer wieder Aserbaidschan und Usbekistan", "Genannt wird auch Mauretanien"):
the verb-second order puts the named countries after the verb, and the adverb after "werden"
only stands there when the participle opens the sentence, so being named is others' view of the
candidates (`prospective`). Near misses: the same participle in a relative clause, where the
adverb stands before it ("die als Vermittler immer wieder genannt werden") and names a role,
gives nothing (a mediator's role given with "als" between a country and a cue is now
`attendance`, as an observer's or a host's is; a mediator in apposition still refuses), nor does a source "der nicht namentlich genannt werden will".
English, French and Spanish say it with a candidate noun the rules read already. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

DE = "Kasachstan ist den Abraham-Abkommen im November 2025 beigetreten. "

CASES = {
    "de": [
        (
            DE + "Genannt werden immer wieder Aserbaidschan und Usbekistan.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
        (DE + "Genannt wird zudem Oman.", {("KZ", A), ("OM", P)}),
        (DE + "Genannt wird auch Mauretanien, das bisher schweigt.", {("KZ", A), ("MR", P)}),
        (
            DE + "Katar und Ägypten, die als Vermittler immer wieder genannt werden, schweigen.",
            {("KZ", A)},
        ),
        (
            DE + "Ein Diplomat aus Katar, der nicht namentlich genannt werden will, sagt, es "
            "gebe keine Eile.",
            {("KZ", A)},
        ),
        (
            DE + "Katar, Vermittler im Gaza-Krieg, hat keine Absicht, den Abkommen beizutreten.",
            {("KZ", A), ("QA", "declined")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fronted_named(language, text, expected):
    assert found(text, language) == expected
