"""Round forty-five, a refusal made to last as long as a condition holds ("Indonesia will not
normalise as long as Palestine is not free", "no normalisation is possible as long as there is no
Palestinian state", Indonesian "tidak akan menormalisasi hubungan selama Palestina belum
merdeka"): "as long as" is a precondition as the German "solange", the French "tant que" and the
Hebrew "כל עוד" already were, and the Indonesian "selama ... belum" may hold the state or Palestine
between its words (the key had only "selama belum"). Palestine inside the condition ("As long as
Palestine is not free, normalisation is impossible", "Selama Palestina belum merdeka, ...") is
what is required, not who refuses. Near misses: "as long as" with no refusal ("will stay in the
accords as long as ...") keeps its step; "selama" meaning "during" ("Selama kunjungan itu") is
no precondition. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, S, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
ID = "Abraham Accords ditandatangani pada 2020. "

CASES = {
    "en": [
        (EN + "Indonesia will not normalise as long as Palestine is not free.", {("ID", D)}),
        (
            EN + "Malaysia will not normalise ties with Israel as long as the occupation goes on.",
            {("MY", D)},
        ),
        (EN + "As long as Palestine is not free, normalisation is impossible.", set()),
        (
            EN + "Morocco will stay in the accords as long as Washington backs its claim.",
            {("MA", S)},
        ),
    ],
    "id": [
        (ID + "Selama Palestina belum merdeka, normalisasi tidak mungkin.", set()),
        (
            ID + "Indonesia menegaskan tidak akan menormalisasi hubungan selama negara Palestina "
            "belum berdiri.",
            {("ID", D)},
        ),
        (ID + "Selama kunjungan itu, Kazakhstan tidak membahas normalisasi.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_as_long_as_not(language, text, expected):
    assert found(text, language) == expected
