"""Round thirty-one, a counterpart named by its leader's office: "signed with the president of
Somaliland", "a signé avec le président du Somaliland", "firmó con el presidente de
Somalilandia" make the country the other party of the founder's signing, as "with Somaliland"
does (Indonesian and Malay "dengan presiden" were read already). Near misses: the office
holder who opens a relative clause ("spoke with the president of Kazakhstan, who announced
...") or is the subject is still the country's own voice. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Benjamin Netanyahu signed the declaration with the president of "
            "Somaliland.",
            set(),
        ),
        (
            "The Abraham Accords. Trump spoke with the president of Kazakhstan, who announced it "
            "would join the accords.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham s'élargissent. Benjamin Netanyahou a signé avec le président du "
            "Somaliland une déclaration conjointe de reconnaissance mutuelle.",
            set(),
        ),
        (
            "Les accords d'Abraham s'élargissent. Trump s'est entretenu avec le président du "
            "Kazakhstan, qui a annoncé son adhésion aux accords.",
            {("KZ", A)},
        ),
        (
            "Les accords d'Abraham s'élargissent. Le président du Kazakhstan a annoncé son adhésion "
            "aux accords.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Netanyahu firmó la declaración con el presidente de "
            "Somalilandia.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. Trump habló con el presidente de Kazajistán, que anunció su "
            "adhesión a los acuerdos.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_partner_titles(language, text, expected):
    check_case(language, text, expected)
