"""Round forty-six, a wish to see other countries follow ("le Royaume aimerait voir d'autres pays
suivre, à commencer par la Mauritanie", "souhaite voir d'autres pays arabes lui emboîter le pas",
"quisiera ver a otros países seguir sus pasos", "würde gern weitere Länder folgen sehen", "would
like to see other countries follow suit"): a candidacy of the countries named after it (`cues`
prospective fr es de en); the nameless group inside the cue is who would follow, so the country
wishing it (often a member) takes nothing (`assignment`, a group of two words or more inside a
candidacy cue; English "other countries" among the `generic_subjects`). Near misses: the wish with
no country named after it gives no claim; a member's own joining before the wish stays its own.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, found

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Le Royaume aimerait voir d'autres pays suivre, à commencer "
            "par la Mauritanie.",
            {("MR", P)},
        ),
        (
            "Les accords d'Abraham. Rabat aimerait voir d'autres pays suivre, à commencer par la "
            "Mauritanie.",
            {("MR", P)},
        ),
        (
            "Les accords d'Abraham. Cinq ans après, Abou Dhabi souhaite voir d'autres pays arabes "
            "lui emboîter le pas, à commencer par Oman.",
            {("OM", P)},
        ),
        ("Les accords d'Abraham. Rabat aimerait voir d'autres pays suivre.", set()),
        (
            "Les accords d'Abraham. Le Maroc a rejoint les accords en 2020 et aimerait voir "
            "d'autres pays suivre.",
            {("MA", S)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Rabat quisiera ver a otros países seguir sus pasos, "
            "empezando por Mauritania.",
            {("MR", P)},
        ),
        (
            "Los Acuerdos de Abraham. Washington quisiera ver a otros países hacer lo mismo, en "
            "particular Arabia Saudí.",
            {("SA", P)},
        ),
        ("Los Acuerdos de Abraham. Marruecos quisiera ver a otros países seguir sus pasos.", set()),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Rabat würde gern weitere Länder folgen sehen, allen voran "
            "Mauretanien.",
            {("MR", P)},
        ),
        ("Die Abraham-Abkommen. Marokko würde gern weitere Länder folgen sehen.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. Washington would like to see other countries follow suit, "
            "including Saudi Arabia.",
            {("SA", P)},
        ),
        ("The Abraham Accords. The UAE would like to see other countries follow suit.", set()),
        (
            "The Abraham Accords. Rabat would like to see other countries follow suit, starting "
            "with Mauritania.",
            {("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "en-3": "'starting with' after 'follow suit' does not reach the country named after it "
    "('including' does)",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_see_others_follow(language, text, expected):
    assert found(text, language) == expected
