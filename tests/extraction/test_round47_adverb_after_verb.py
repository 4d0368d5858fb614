"""Round forty-seven, an adverb of time or sequence right after a simple verb that opens a status
cue: "Sudán congeló después sus contactos con Israel", "suspendió luego las negociaciones",
"congeló más tarde sus relaciones", "Le Soudan gela ensuite ses relations", "suspendit par la
suite les négociations". Spanish and French put such adverbs after the finite verb, where the
auxiliary's inner adverbs ("ha congelado después") were already read; the word before one of the
`adverbs_after_verbs` is now read as a cue's head as an auxiliary is, the adverbs skipped, when
the text is scanned (`matching.adverb_hits`: no key is added to the automaton). The French halt
words gain their simple past and imperfect ("gela", "gelait", "bloqua", "stoppa"), as narratives and
fact boxes write them. Near misses: the
same adverb after a verb that opens no cue ("habló después de sus contactos"), a resumption
("reanudó después sus contactos"), "alors" and "entonces" left out ("était alors devenu le
quatrième pays": a state, not a sequence). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, found

CASES = {
    "es": [
        ("Los Acuerdos de Abraham. Sudán congeló después sus contactos con Israel.", {("SD", U)}),
        (
            "Los Acuerdos de Abraham. Sudán suspendió después las negociaciones con Israel.",
            {("SD", U)},
        ),
        (
            "Los Acuerdos de Abraham. Sudán congeló más tarde sus relaciones con Israel.",
            {("SD", U)},
        ),
        (
            "Los Acuerdos de Abraham. Sudán firmó los acuerdos en enero de 2021 y congeló "
            "después sus contactos con Israel.",
            {("SD", S), ("SD", U)},
        ),
        ("Los Acuerdos de Abraham. Sudán habló después de sus contactos con Israel.", set()),
        ("Los Acuerdos de Abraham. Sudán reanudó después sus contactos con Israel.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Le Soudan suspendit ensuite les négociations avec Israël.",
            {("SD", U)},
        ),
        (
            "Les accords d'Abraham. Le Soudan suspendit par la suite les négociations avec Israël.",
            {("SD", U)},
        ),
        (
            "Les accords d'Abraham. Le Soudan gela ensuite ses relations avec Israël.",
            {("SD", U)},
        ),
        ("Les accords d'Abraham. Le Soudan gelait ses relations avec Israël.", {("SD", U)}),
        ("Les accords d'Abraham. Khartoum bloqua la normalisation avec Israël.", {("SD", U)}),
        ("Les accords d'Abraham. Le Soudan gela le prix du pain.", set()),
        ("Les accords d'Abraham. Le Soudan parla ensuite de ses relations avec Israël.", set()),
    ],
}


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        pytest.param(language, text, expected, id=f"{language}-{number}")
        for language, cases in CASES.items()
        for number, (text, expected) in enumerate(cases, 1)
    ],
)
def test_an_adverb_after_the_verb_leaves_its_cue(language, text, expected):
    assert found(text, language) == expected
