"""Round thirty-three, the process frozen with no noun after it, an adverb between the
auxiliary and the participle, or left frozen: "le Soudan a de fait gelé le processus", "el país
dejó el proceso congelado", "Sudán ha de hecho congelado el proceso", "the war has left the
process frozen". Near misses: the peace process frozen (another process), a negated halt.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Le Maroc et le Soudan ont rejoint les accords d'Abraham. Le Soudan, ravagé par la guerre, a de fait gelé le processus, disent les diplomates.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        (
            "Le Maroc et le Soudan ont rejoint les accords d'Abraham. Depuis, le Soudan a gelé le processus.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        # near miss: the peace process is another process
        (
            "Les accords d'Abraham reviennent dans le débat. Israël a gelé le processus de paix avec les Palestiniens.",
            set(),
        ),
        # near miss: a negated halt
        (
            "Le Soudan a rejoint les accords d'Abraham. Il n'a pas gelé le processus.",
            {("SD", S)},
        ),
    ],
    "es": [
        (
            "Marruecos y Sudán firmaron los Acuerdos de Abraham. Sudán es el caso más triste. Sumido en una guerra civil, el país dejó el proceso congelado.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        (
            "Marruecos y Sudán firmaron los Acuerdos de Abraham. Sudán ha de hecho congelado el proceso.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        # near miss: the peace process
        (
            "Sudán firmó los Acuerdos de Abraham. El país dejó el proceso de paz congelado en Darfur.",
            {("SD", S)},
        ),
        # near miss: a negated halt
        (
            "Sudán firmó los Acuerdos de Abraham. Nunca dejó el proceso congelado.",
            {("SD", S)},
        ),
    ],
    "en": [
        (
            "Sudan signed the Abraham Accords in 2021. The war has left the process frozen.",
            {("SD", S), ("SD", U)},
        ),
        # near miss: the peace process
        (
            "Sudan signed the Abraham Accords in 2021. The war has left the peace process frozen.",
            {("SD", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_frozen_process(language, text, expected):
    check_case(language, text, expected)
