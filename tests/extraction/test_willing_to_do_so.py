"""Openness told with a pronoun for the step ("would be willing to do so if Israel recognised
Palestine", "estaría dispuesto a hacerlo", "s'est dit prêt à le faire", "wäre bereit, dies zu
tun", "готов сделать это", "bersedia melakukannya") is a candidacy (`prospective`), beside the
refusal as things stand; a continuation of "neither" in the next sentence ("Líbano tampoco se
sumará") takes the refusal, not the openness. "El gran objetivo de Washington sigue siendo
Riad", the goal with its owner between, is a candidacy, as "the big prize" is.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Indonesia will not recognise Israel, although Prabowo said his "
            "country would be willing to do so if Israel recognised Palestine.",
            {("ID", D), ("ID", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Indonesia no reconocerá a Israel, aunque Prabowo dijo que su "
            "país estaría dispuesto a hacerlo si Israel reconociera a Palestina. Líbano tampoco se "
            "sumará en el corto plazo, según admitieron funcionarios en Beirut.",
            {("ID", D), ("ID", P), ("LB", D)},
        ),
        ("Los Acuerdos de Abraham. El gran objetivo de Washington sigue siendo Riad.", {("SA", P)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Prabowo s'est dit prêt à le faire si Israël reconnaissait la "
            "Palestine.",
            {("ID", D), ("ID", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Indonesien erkennt Israel nicht an, Prabowo sagte aber, sein "
            "Land wäre bereit, dies zu tun, wenn Israel Palästina anerkenne.",
            {("ID", D), ("ID", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_willing_to_do_so_is_openness_beside_the_refusal(language, text, expected):
    check_case(language, text, expected)


# German: normalisation that "comes into question only" with a Palestinian state is a refusal as
# things stand; the source of a report ("hieß es zuletzt aus dem saudischen Außenministerium")
# is who refuses, its "aus" (from) no counterpart
GERMAN = {
    "de": [
        (
            "Die Abraham-Abkommen. Saudi-Arabien erklärte, eine Normalisierung komme nur infrage, "
            "wenn es einen palästinensischen Staat gebe.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Eine Normalisierung mit Israel komme nur infrage, wenn es einen "
            "glaubwürdigen Weg zu einem palästinensischen Staat gebe, hieß es zuletzt aus dem "
            "saudischen Außenministerium.",
            {("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Ein Besuch in Berlin komme nur infrage, wenn der Kalender es "
            "erlaube, hieß es aus dem saudischen Außenministerium.",
            set(),
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(GERMAN, {}))
def test_german_only_in_question_with_a_palestinian_state(language, text, expected):
    check_case(language, text, expected)
