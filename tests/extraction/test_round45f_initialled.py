"""Round forty-five, the French "parapher" (to initial, in the press to sign) in its past and
imperfect forms ("Khartoum paraphait la déclaration des accords d'Abraham", "a paraphé",
"paraphèrent"): a signing where the sentence names the accords, as "signait" and "signa" are
(French `generic_cues`, and "paraph" among the `signing_stems`; the Spanish "rubricó" was read
already). Near misses: another agreement initialled gives nothing, with the accords named in
the sentence before or in the same one. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Il y a cinq ans jour pour jour, le 6 janvier 2021, Khartoum "
            "paraphait la déclaration des accords d'Abraham en présence de Steven Mnuchin.",
            {("SD", S, "2021-01-06")},
        ),
        (
            "Les accords d'Abraham. Le 15 septembre 2020, Abou Dhabi et Manama paraphèrent les "
            "accords à la Maison-Blanche.",
            {("AE", S, "2020-09-15"), ("BH", S, "2020-09-15")},
        ),
        (
            "Les accords d'Abraham. Le Soudan a paraphé lundi un accord commercial avec la Turquie.",
            set(),
        ),
        (
            "Le Soudan, qui a paraphé lundi un accord commercial avec la Turquie, ne parle plus des "
            "accords d'Abraham.",
            set(),
        ),
        (
            "Les accords d'Abraham. Le Kazakhstan doit parapher son adhésion dans les prochains mois.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. El 6 de enero de 2021, Jartum rubricó la declaración de los "
            "Acuerdos de Abraham.",
            {("SD", S, "2021-01-06")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_initialled(language, text, expected):
    check_case(language, text, expected)
