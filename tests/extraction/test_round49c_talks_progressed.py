"""Round forty-nine, talks told by their progress: "les tractations entre Riyad et l'État
hébreu, sous médiation américaine, avaient progressé plus vite que prévu", "Les discussions
entre Riyad et Israël avançaient", "Talks between Riyadh and Israel had progressed faster than
expected", "Negotiations between Riyadh and Israel were advancing": negotiating.  Talks that
"se poursuivent" or "continuent" were read, talks that moved forward were not.  French (the talks
noun, any words, the verb of progress) and English (only with Israel named as the other side,
the verb right after it: "talks" alone is too often about trade).
Near misses: trade talks between two other countries ("Les négociations commerciales entre Riyad
et Pékin progressaient", "Trade talks between Riyadh and Beijing were advancing") and works that
advanced ("Les travaux du port de Berbera avançaient") give nothing.  Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import N, challenge_params, found

FR = "Les accords d'Abraham ont été signés en 2020. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "fr": [
        (
            FR + "Tout au long de l'été 2023, les tractations entre Riyad et l'État hébreu, sous "
            "médiation américaine, avaient progressé plus vite que prévu.",
            {("SA", N)},
        ),
        (FR + "Les discussions entre Riyad et Israël avançaient.", {("SA", N)}),
        (FR + "Les négociations commerciales entre Riyad et Pékin progressaient.", set()),
        (FR + "Les travaux du port de Berbera avançaient.", set()),
    ],
    "en": [
        (EN + "Talks between Riyadh and Israel had progressed faster than expected.", {("SA", N)}),
        (EN + "Negotiations between Riyadh and Israel were advancing.", {("SA", N)}),
        (EN + "Trade talks between Riyadh and Beijing were advancing.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_talks_progressed(language, text, expected):
    assert found(text, language) == expected
