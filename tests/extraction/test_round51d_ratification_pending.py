"""Round fifty-one, a ratification told as still pending ("en Jartum la ratificación sigue
pendiente", "ratification of the accords is still pending", "la ratification des accords
d'Abraham reste en suspens") was read as the ratification done: "not yet ratified" is no
ratification. `questions_after` gains "sigue|está (todavía) pendiente", "en el aire" (es), "is|
remains (still) pending" (en), "reste|demeure (toujours) en suspens|en attente" (fr); after a
ratification noun it may stand past the noun's object in its clause (`steps._PENDING_REACH`).
Near misses: a ratification told done beside it ("The UAE ratified the Abraham Accords in
October 2020, while Sudan's ratification is still pending") stays. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import challenge_params, found

CASES = {
    "es": [
        ("En Jartum la ratificación del acuerdo sigue pendiente.", set()),
        ("En Jartum, la ratificación de los Acuerdos de Abraham sigue pendiente.", set()),
    ],
    "en": [
        ("In Khartoum, ratification of the Abraham Accords is still pending.", set()),
    ],
    "fr": [
        ("À Khartoum, la ratification des accords d'Abraham reste en suspens.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_ratification_pending(language, text, expected):
    assert found(text, language) == expected


def test_ratification_done_beside_pending():
    text = (
        "The UAE ratified the Abraham Accords in October 2020, while Sudan's ratification is "
        "still pending."
    )
    assert ("AE", "ratified") in found(text, "en")
    assert ("SD", "ratified") not in found(text, "en")
