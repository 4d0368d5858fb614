"""Round forty-five, a wish told in reported form with the verb of following in the subjunctive
("M. Trump a dit espérer que l'Arabie saoudite emboîte le pas", "Washington attend que Bakou lui
emboîte le pas", "dijo esperar que Arabia Saudí siga sus pasos", "er hoffe, dass Saudi-Arabien
nachziehe"): the country named is a candidate, as with "espère que ... emboîtera le pas" (the
wish's infinitive and Konjunktiv forms and the subjunctive "emboîte", "nachziehe", added to the
split cues of fr, es and de; English "hoped X would follow suit" was read already). Near misses:
following another country on another file, a doubt ("il est peu probable que") and another wish
give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

KZ = ("KZ", A)

CASES = {
    "fr": [
        (
            "Le Kazakhstan rejoint les accords d'Abraham. M. Trump a dit espérer que l'Arabie "
            "saoudite emboîte le pas très bientôt.",
            {KZ, ("SA", P)},
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham. Washington attend que Bakou lui emboîte "
            "le pas.",
            {KZ, ("AZ", P)},
        ),
        (
            "Les accords d'Abraham. Le Maroc emboîte le pas à la France sur le dossier du Sahara.",
            set(),
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham. Il est peu probable que l'Ouzbékistan "
            "emboîte le pas.",
            {KZ},
        ),
        (
            "Le Kazakhstan rejoint les accords d'Abraham. Astana attend que Washington lui livre "
            "des avions.",
            {KZ},
        ),
    ],
    "es": [
        (
            "Kazajistán se une a los Acuerdos de Abraham. Trump dijo esperar que Arabia Saudí siga "
            "sus pasos muy pronto.",
            {KZ, ("SA", P)},
        ),
        (
            "Kazajistán se une a los Acuerdos de Abraham. Es poco probable que Uzbekistán siga sus "
            "pasos.",
            {KZ},
        ),
    ],
    "de": [
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Trump sagte, er hoffe, dass Saudi-Arabien "
            "sehr bald nachziehe.",
            {KZ, ("SA", P)},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Trump sagte, er hoffe, dass Saudi-Arabien "
            "sehr bald dem Beispiel folge.",
            {KZ, ("SA", P)},
        ),
        (
            "Kasachstan tritt den Abraham-Abkommen bei. Es gilt als unwahrscheinlich, dass "
            "Usbekistan nachzieht.",
            {KZ},
        ),
    ],
    "en": [
        (
            "Kazakhstan joins the Abraham Accords. Trump said he hoped Saudi Arabia would follow "
            "suit very soon.",
            {KZ, ("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_hoped_to_follow(language, text, expected):
    assert found(text, language) == expected
