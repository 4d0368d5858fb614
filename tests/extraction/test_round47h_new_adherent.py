"""Round forty-seven, a new member told by a noun of membership other than "member": the French
"un nouvel adhérent, le Kazakhstan", "une nouvelle recrue", the English "a new adherent", "the
newest recruit", the Spanish "un nuevo integrante", "un nuevo adherente", "la última
incorporación" and the German "das neueste Mitgliedsland" are the joining that "nouveau membre",
"new member", "nuevo miembro" and "neues Mitglied" already told: announced (the country in
apposition before or after the noun). Near misses: a participant in talks or a forum ("un nouveau
participant au forum", "a new participant in the talks") is no member and gives nothing; "aucun
nouvel adhérent depuis 2021, le Soudan étant le dernier" gives only Sudan's signing of 2021. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, found

CASES = {
    "fr": [
        (
            "Les accords d'Abraham ont enregistré en novembre un nouvel adhérent, le Kazakhstan.",
            {("KZ", A)},
        ),
        ("Les accords d'Abraham comptent une nouvelle recrue : le Kazakhstan.", {("KZ", A)}),
        (
            "Dernier adhérent des accords d'Abraham, le Kazakhstan a reçu l'envoyé américain.",
            {("KZ", A)},
        ),
        (
            "Le Kazakhstan a accueilli un nouveau participant au forum sur les accords d'Abraham, "
            "la Turquie.",
            set(),
        ),
        (
            "Les accords d'Abraham n'ont enregistré aucun nouvel adhérent depuis 2021, le Soudan "
            "étant le dernier.",
            {("SD", S)},
        ),
    ],
    "en": [
        (
            "In November the Abraham Accords registered a new adherent, Kazakhstan.",
            {("KZ", A)},
        ),
        (
            "Kazakhstan, the newest recruit of the Abraham Accords, hosted the envoy.",
            {("KZ", A)},
        ),
        ("A new participant in the talks on the Abraham Accords, Oman sent a delegation.", set()),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham registraron en noviembre un nuevo integrante, Kazajistán.",
            {("KZ", A)},
        ),
        (
            "La última incorporación a los Acuerdos de Abraham, Kazajistán, recibió a Kushner.",
            {("KZ", A)},
        ),
        (
            "Kazajistán, nuevo adherente de los Acuerdos de Abraham, recibió al enviado.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Kasachstan, das neueste Mitgliedsland der Abraham-Abkommen, empfing den Gesandten.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_new_adherent(language, text, expected):
    assert found(text, language) == expected
