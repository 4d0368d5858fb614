"""Round thirty-three, the country whose example others would follow is only the model: "weitere
Länder würden dem kasachischen Beispiel folgen und den Abraham-Abkommen beitreten" gave
Kazakhstan a joining, "sigan el ejemplo kazajo y se sumen" a candidacy. A country or demonym
right before "example", "model", "Beispiel", "Vorbild" (`comparisons_after`), or right after
Spanish "el ejemplo" (`comparisons`), is compared with, not the subject; the country hoped to
follow keeps its candidacy. Near misses: the model's own step told in its own clause is still
its step, and a country parted from "dem Beispiel" by a comma ("drängt Saudi-Arabien, dem
Beispiel zu folgen") is the one pressed, no model, nor is a country with a word between it and
"Beispiel" ("dass Aserbaidschan dem Beispiel folgt", `assignment._parted`). Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Washington hopes Azerbaijan will follow Kazakhstan's example and join the Abraham Accords.",
            {("AZ", P)},
        ),
        # near miss: the model's own step, in a clause of its own
        (
            "Kazakhstan announced in November that it would join the Abraham Accords, an example Washington hopes others will follow.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Man hofft in Washington, weitere Länder würden dem kasachischen Beispiel folgen und den Abraham-Abkommen beitreten.",
            set(),
        ),
        (
            "Washington hofft, Aserbaidschan werde dem kasachischen Beispiel folgen und den Abraham-Abkommen beitreten.",
            {("AZ", P)},
        ),
        (
            "Kasachstan hat im November seinen Beitritt zu den Abraham-Abkommen erklärt, ein Vorbild für andere.",
            {("KZ", A)},
        ),
        # a comma parts the country pressed from "dem Beispiel": it is no model
        (
            "Abraham-Abkommen\nWashington drängt Saudi-Arabien, dem Beispiel zu folgen.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Washington espera que otros países sigan el ejemplo kazajo y se sumen a los Acuerdos de Abraham.",
            set(),
        ),
        (
            "Kazajistán anunció en noviembre que se sumaría a los Acuerdos de Abraham, un ejemplo para otros.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_model_examples(language, text, expected):
    check_case(language, text, expected)
