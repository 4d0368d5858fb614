"""Round thirty-three, a negation that opens its clause and reaches the step however long the
time phrase before the verb (`fronted_negations`): "ni siquiera en los peores meses del
conflicto llamaron a consultas a su embajador", "nicht einmal in den schlimmsten Monaten des
Krieges", "at no point during the war". Near misses: the negation in another clause than
the halt, or no negation at all. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "es": [
        (
            "Los Acuerdos de Abraham vuelven al debate. Los emiratíes nunca bajaron la bandera: ni siquiera en los peores meses del conflicto llamaron a consultas a su embajador.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham vuelven al debate. En ningún momento de la larga guerra de Gaza Marruecos congeló sus relaciones con Israel.",
            set(),
        ),
        # near miss: the halt in its own clause, the negation in the next one
        (
            "Los Acuerdos de Abraham vuelven al debate. Baréin llamó a consultas a su embajador en noviembre; ni siquiera así se rompió el pacto.",
            {("BH", U)},
        ),
        # near miss: no negation before the halt
        (
            "Los Acuerdos de Abraham vuelven al debate. En los peores meses del conflicto los bareiníes llamaron a consultas a su embajador.",
            {("BH", U)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen sind wieder im Gespräch. Nicht einmal in den schlimmsten Monaten des Gaza-Krieges fror Marokko die Normalisierung mit Israel ein.",
            {("MA", S)},
        ),
        (
            "Die Abraham-Abkommen sind wieder im Gespräch. In den schlimmsten Monaten des Gaza-Krieges fror Bahrain die Normalisierung mit Israel ein.",
            {("BH", U)},
        ),
    ],
    "en": [
        (
            # a halt denied presupposes the membership, as "never froze" does
            "The Abraham Accords are back in the news. At no point during the long Gaza war did Morocco freeze its ties with Israel.",
            {("MA", S)},
        ),
        (
            "The Abraham Accords are back in the news. Bahrain recalled its ambassador in November; not even that ended the pact.",
            {("BH", U)},
        ),
        # a membership told in the same text stays
        (
            "Morocco signed the Abraham Accords in December 2020. Not once in the war did Morocco recall its ambassador from Israel.",
            {("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fronted_negation(language, text, expected):
    check_case(language, text, expected)
