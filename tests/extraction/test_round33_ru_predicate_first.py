"""Round thirty-three, Russian membership told predicate first, the country after the verb
("Единственным новым участником стал Казахстан", "Новым участником соглашений стал Казахстан"):
a joining whose status the date tells (announced after 2021), as "Казахстан стал новым
участником" was; with a modal before the verb ("Новым участником соглашений может стать
Азербайджан", "Следующим членом клуба вполне может стать ...") a candidacy. French, Spanish and
German ("Le seul nouveau membre est le Kazakhstan", "El único nuevo miembro ha sido", "Einziges
neues Mitglied wurde") already read it.
Near misses: a new participant of talks is no member of the accords.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Вторая волна выглядит скромно. Единственным новым участником "
            "стал Казахстан: решение Астаны эксперты называют жестом.",
            {("KZ", A)},
        ),
        ("Соглашения Авраама. Новым участником соглашений стал Казахстан.", {("KZ", A)}),
        ("Соглашения Авраама. Новым участником соглашений может стать Азербайджан.", {("AZ", P)}),
        (
            "Соглашения Авраама. Следующим членом клуба вполне может стать Саудовская Аравия.",
            {("SA", P)},
        ),
        ("Соглашения Авраама. Новым участником переговоров стал Катар.", set()),
    ],
    "fr": [("Les accords d'Abraham. Le seul nouveau membre est le Kazakhstan.", {("KZ", A)})],
    "es": [("Los Acuerdos de Abraham. El único nuevo miembro ha sido Kazajistán.", {("KZ", A)})],
    "de": [("Die Abraham-Abkommen. Einziges neues Mitglied wurde Kasachstan.", {("KZ", A)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_ru_predicate_first(language, text, expected):
    check_case(language, text, expected)
