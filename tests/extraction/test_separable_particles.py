"""German separable verbs split around a long middle field: "Indonesien lehnte am Montag in einer
Erklärung des Außenministeriums in Jakarta eine Normalisierung ... erneut ab", "Saudi-Arabien
schloss am Dienstag bei einem Treffen ... einen Beitritt aus", "Aserbaidschan schloss sich am 3.
März 2026 bei einer Zeremonie ... den Abkommen an": a split cue whose tail is a particle
(`clause_final_particles`) finds it past the usual reach when it closes the clause (punctuation
right after it), and the step's date standing by the particle is its own
(`assignment._far_tail_end`). Near misses: a particle in the middle of a clause past the usual
reach ("... ab und ...") completes nothing, and a particle that is a preposition ("aus Riad")
within the usual reach keeps today's reading.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Indonesien lehnte am Montag in einer Erklärung des Außenministeriums in Jakarta eine "
            "Normalisierung der Beziehungen zu Israel erneut ab.",
            {("ID", D, "2025-11-17")},
        ),
        (
            "Saudi-Arabien schloss am Dienstag bei einem Treffen mit dem Präsidenten im Weißen "
            "Haus einen Beitritt zu den Abraham-Abkommen aus.",
            {("SA", D, "2025-11-18")},
        ),
        (
            "Aserbaidschan schloss sich am 3. März 2026 bei einer Zeremonie in Washington im "
            "Beisein von Präsident Trump den Abraham-Abkommen an.",
            {("AZ", A, "2026-03-03")},
        ),
        (
            "Marokko trat den Abraham-Abkommen nach einer Vereinbarung mit Washington über die "
            "Anerkennung seiner Souveränität über die Westsahara im Dezember 2020 bei.",
            {("MA", S, "2020-12")},
        ),
        # near misses: the particle within the usual reach, and one not closing its clause
        ("Indonesien lehnte eine Normalisierung mit Israel ab.", {("ID", D)}),
        (
            "Indonesien lehnte am Montag in einer Erklärung des Außenministeriums in Jakarta, die "
            "sich mit vielen Fragen der Region befasste, die Rolle ab und lobte die Abraham-Abkommen.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_separable_particles(language, text, expected):
    check_case(language, text, expected)
