"""Round twenty-two, French news (with Spanish, Russian, German and English where the same
phrasing exists). Class: a phrase opening the sentence up to its first comma, opened by an
after-word or a comparison ("Après Astana, ...", "Deux semaines après Astana, ...", "Tras
Kazajistán, ...") or by a precedent's clause word ("Après l'adhésion du Kazakhstan, ...", "Tras
la adhesión de Kazajistán, ...", "После присоединения Казахстана, ..."), ends at that comma: the
country in it is the precedent and the names after the comma are a list of their own, so the
precedent takes none of their steps and they take none of its. French "après" needs no article
before a capital ("Après Astana"). Near misses: names given as examples ("Namen wie Oman,
Mauretanien oder Indonesien") stay one list, a country before the comparison is the subject
("Kasachstan trat neben den Emiraten, Bahrain ... bei"), and a sentence opened by "mais" with
no joining in its first phrase keeps its list whole.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Après Astana, Bakou et Tachkent dans le viseur de Washington.",
            {("AZ", P), ("UZ", P)},
        ),
        (
            "Les accords d'Abraham. Après Astana, Bakou pourrait à son tour rejoindre les accords.",
            {("AZ", P)},
        ),
        (
            "Les accords d'Abraham. Après l'adhésion du Kazakhstan, l'Azerbaïdjan pourrait rejoindre les accords.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Les accords d'Abraham. Après l'adhésion du Kazakhstan, l'Azerbaïdjan et l'Ouzbékistan pourraient suivre.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
        (
            "Les accords d'Abraham. Deux mois après Astana, Bakou a rejoint les accords.",
            {("AZ", A)},
        ),
        # near miss: the comparison's list is whole (background members), the subject after
        # it takes the step
        (
            "Les accords d'Abraham. Comme les Émirats, Bahreïn et le Maroc, le Kazakhstan a rejoint les accords.",
            {("AE", S), ("BH", S), ("MA", S), ("KZ", A)},
        ),
        # near miss: a sentence opened by "but" names no precedent, its list stays whole
        (
            "Les accords d'Abraham. Mais l'Arabie saoudite, Oman et le Qatar refusent de rejoindre les accords.",
            {("SA", D), ("OM", D), ("QA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Tras la adhesión de Kazajistán, Azerbaiyán podría sumarse a los acuerdos.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Los Acuerdos de Abraham. Dos semanas después de Kazajistán, Azerbaiyán se sumó a los acuerdos.",
            {("AZ", A)},
        ),
        (
            "Los Acuerdos de Abraham. Tras Kazajistán, Azerbaiyán y Uzbekistán podrían sumarse.",
            {("AZ", P), ("UZ", P)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. После присоединения Казахстана, Азербайджан может присоединиться к соглашениям.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            "Соглашения Авраама. После Казахстана, Азербайджан может присоединиться к соглашениям.",
            {("AZ", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Nach Kasachstan, so heißt es, könnte Aserbaidschan beitreten.",
            {("AZ", P)},
        ),
        # near miss: the country before the comparison is the subject
        (
            "Die Abraham-Abkommen. Kasachstan trat neben den Emiraten, Bahrain, Marokko und Sudan als Mitglied bei.",
            {("KZ", A), ("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
        # near miss: names given as examples stay one list
        (
            "Die Abraham-Abkommen. In Washington fallen Namen wie Oman, Mauretanien oder Indonesien.",
            {("OM", P), ("MR", P), ("ID", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. In the wake of Kazakhstan's accession, Azerbaijan and Uzbekistan could join.",
            {("KZ", A), ("AZ", P), ("UZ", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round22_opening_phrase(language, text, expected):
    check_case(language, text, expected)
