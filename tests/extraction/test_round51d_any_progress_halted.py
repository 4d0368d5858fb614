"""Round fifty-one, a halt whose object is "any progress with Israel" ("la guerra civil congeló
cualquier avance con Israel", "the civil war froze any progress with Israel", "a gelé tout
progrès avec Israël", "membekukan kemajuan apa pun dengan Israel", "stoppte jeden Fortschritt
mit Israel", "جمدت أي تقدم مع إسرائيل") was not read: the progress is the normalisation halted.
`halted_processes` gains "any progress with Israel" in es en fr de id ms ru fa ar he (Turkish
"yakınlaşma*" already read). Near misses: progress told, not halted ("registra avances con
Israel en turismo", "has made steady progress with Israel on trade"), gives no halt. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, found

CASES = {
    "es": [
        ("En Sudán, la guerra civil frenó cualquier avance con Israel.", {("SD", U)}),
        (
            "Marruecos firmó en diciembre de 2020 y desde entonces registra avances con Israel en "
            "turismo.",
            set(),
        ),
    ],
    "en": [
        (
            "Sudan signed the Abraham Accords in January 2021, but the civil war froze any progress "
            "with Israel from April 2023.",
            {("SD", "signed"), ("SD", U)},
        ),
        (
            "Morocco signed in December 2020 and has made steady progress with Israel on trade.",
            set(),
        ),
    ],
    "fr": [
        (
            "Le Soudan a signé en janvier 2021, mais la guerre civile a gelé tout progrès avec "
            "Israël depuis avril 2023.",
            {("SD", U)},
        ),
    ],
    "id": [
        (
            "Sudan menandatangani pada Januari 2021, tetapi perang saudara membekukan kemajuan apa "
            "pun dengan Israel sejak April 2023.",
            {("SD", U)},
        ),
    ],
    "de": [
        (
            "Der Sudan unterzeichnete im Januar 2021, doch der Bürgerkrieg stoppte seit April 2023 "
            "jeden Fortschritt mit Israel.",
            {("SD", U)},
        ),
    ],
    "ar": [
        (
            "وقع السودان في يناير 2021، لكن الحرب الأهلية جمدت أي تقدم مع إسرائيل منذ أبريل 2023.",
            {("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_any_progress_halted(language, text, expected):
    assert found(text, language) == expected
