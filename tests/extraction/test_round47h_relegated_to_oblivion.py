"""Round forty-seven, a halt told by the idiom of oblivion with an outside cause as subject and
the process as object ("avant que la guerre ne relègue le dossier aux oubliettes", "la guerre a
relégué la normalisation aux oubliettes", "le rapprochement ... est tombé aux oubliettes", Spanish
"antes de que la guerra relegara el expediente al olvido", "el acercamiento cayó en el olvido",
English "consigned the process to oblivion", German "die Annäherung ist in Vergessenheit
geraten"): the process's country is suspended, as with "mis aux oubliettes" and "on the back
burner" already. Near misses: the idiom with another object ("a relégué aux oubliettes les
promesses de développement") is no halt of the accords; "tombé aux oubliettes" about a project
with no country gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found

CASES = {
    "fr": [
        (
            "Le Soudan a signé les accords d'Abraham en janvier 2021, avant que la guerre civile "
            "ne relègue le dossier aux oubliettes.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Au Soudan, la guerre a relégué la normalisation aux oubliettes ; les accords "
            "d'Abraham n'y ont plus d'écho.",
            {("SD", U)},
        ),
        (
            "Le rapprochement du Soudan avec Israël, prévu par les accords d'Abraham, est tombé "
            "aux oubliettes.",
            {("SD", U)},
        ),
        (
            "La guerre a relégué aux oubliettes les promesses de développement faites au Soudan "
            "après les accords d'Abraham.",
            {("SD", S)},
        ),
        (
            "Les accords d'Abraham ont été signés en 2020. Le projet de gazoduc, lui, est tombé "
            "aux oubliettes.",
            set(),
        ),
    ],
    "es": [
        (
            "Sudán firmó los Acuerdos de Abraham en enero de 2021, antes de que la guerra relegara "
            "el expediente al olvido.",
            {("SD", S), ("SD", U)},
        ),
        (
            "Con la guerra, el acercamiento de Sudán a Israel previsto por los Acuerdos de Abraham "
            "cayó en el olvido.",
            {("SD", U)},
        ),
    ],
    "en": [
        (
            "Sudan signed the Abraham Accords in January 2021, before the civil war consigned the "
            "process to oblivion.",
            {("SD", S), ("SD", U)},
        ),
    ],
    "de": [
        (
            "Sudan unterzeichnete die Abraham-Abkommen im Januar 2021; seit dem Krieg ist die "
            "Annäherung in Vergessenheit geraten.",
            {("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_relegated_to_oblivion(language, text, expected):
    assert found(text, language) == expected
