"""Round twenty-two, who speaks in French news (with Spanish, German and English where the
same phrasing exists). Classes: a possessive before an office ("Son ministre des Affaires
étrangères", "Su canciller", "Sein Außenminister") and "the head of state" ("le chef de
l'État", "el jefe de Estado", "das Staatsoberhaupt") stand for the country of the sentence
before, as "son pays" and "its foreign minister" already did; the presidential palace
"Baabda" stands for Lebanon, and more spellings of ministers' and leaders' names are read
(Oman's foreign minister Badr Albusaidi, Libya's prime minister Abdul Hamid Dbeibah, Armenia's
Nikol Pashinyan and Ararat Mirzoyan, Syria's "el-Chareh"). Near misses: the office of a group
that is no country ("Son secrétaire général" after Hezbollah) gives nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Oman est souvent cité. Son ministre des Affaires étrangères a de nouveau "
            "écarté toute adhésion.",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham. Le président Joseph Aoun a reçu l'émissaire. Le chef de l'État a réitéré "
            "que la normalisation n'est pas sur la table.",
            {("LB", D)},
        ),
        ("Les accords d'Abraham. Baabda ferme la porte à toute normalisation.", {("LB", D)}),
        (
            "Les accords d'Abraham. Le gouvernement d'Abdelhamid Dbeibah a fait savoir qu'aucune normalisation "
            "n'était envisageable.",
            {("LY", D)},
        ),
        (
            "Les accords d'Abraham. Badr al-Boussaïdi a de nouveau écarté toute adhésion.",
            {("OM", D)},
        ),
        ("Les accords d'Abraham. Ahmad el-Chareh n'exclut plus une adhésion à terme.", {("SY", P)}),
        (
            "Les accords d'Abraham. Le Hezbollah a réagi. Son secrétaire général a averti que toute "
            "normalisation serait combattue.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Omán es un sultanato. Su canciller descartó en diciembre cualquier adhesión.",
            {("OM", D)},
        ),
        ("Los Acuerdos de Abraham. Dbeiba ha rechazado cualquier normalización.", {("LY", D)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Oman ist ein Sultanat. Sein Außenminister lehnte im Dezember einen Beitritt ab.",
            {("OM", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Lebanon's president spoke on Monday. On Tuesday the head of state said "
            "normalisation was not on the table.",
            {("LB", D)},
        ),
        ("The Abraham Accords. Pashinyan ruled out joining the accords.", {("AM", D)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_names(language, text, expected):
    check_case(language, text, expected)
