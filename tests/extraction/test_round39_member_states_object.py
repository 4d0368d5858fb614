"""Round thirty-nine, the accords' member states as the object of another verb ("kecam negara anggota
Perjanjian Abraham", "condamne les pays membres des accords", "condena a los países miembros",
"verurteilt die Mitgliedstaaten der Abraham-Abkommen"): a membership word in or right after a group
noun describes the group, so the condemner (or critic, or host) is no member (`membership_stems`,
with the group nouns among the `generic_subjects`), as a signatory word beside a group noun already
did. A country said to be or become one ("est devenu un pays membre", "menjadi negara anggota",
"se convirtió en país miembro") keeps its step (`member_predicates`). English already read "condemns
the member states" so. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Gerakan belia sokong ketegasan Wisma Putra, kecam negara anggota Perjanjian Abraham",
            set(),
        ),
        ("Malaysia mengecam negara anggota Perjanjian Abraham.", set()),
        ("Kazakhstan kini secara rasmi menjadi negara anggota Perjanjian Abraham.", {("KZ", A)}),
    ],
    "id": [
        ("Indonesia mengecam negara anggota Perjanjian Abraham.", set()),
        ("Kazakhstan kini resmi menjadi negara anggota Perjanjian Abraham.", {("KZ", A)}),
        (
            "Negara anggota Perjanjian Abraham adalah UEA, Bahrain, Maroko dan Sudan.",
            {("AE", S), ("BH", S), ("MA", S), ("SD", S)},
        ),
    ],
    "fr": [
        ("L'Algérie condamne les pays membres des accords d'Abraham.", set()),
        ("L'Algérie critique les États membres des accords d'Abraham.", set()),
        ("Le Kazakhstan est devenu un pays membre des accords d'Abraham.", {("KZ", A)}),
        (
            "Les pays membres des accords d'Abraham sont les Émirats et Bahreïn.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "es": [
        ("Argelia condena a los países miembros de los Acuerdos de Abraham.", set()),
        ("Kazajistán se convirtió en país miembro de los Acuerdos de Abraham.", {("KZ", A)}),
    ],
    "de": [
        ("Algerien verurteilt die Mitgliedstaaten der Abraham-Abkommen.", set()),
        ("Kasachstan ist nun Mitgliedstaat der Abraham-Abkommen.", {("KZ", A)}),
    ],
    "en": [
        ("Algeria condemns the member states of the Abraham Accords.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_member_states_object(language, text, expected):
    check_case(language, text, expected)
