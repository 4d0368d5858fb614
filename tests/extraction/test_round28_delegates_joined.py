"""Representatives or delegations joining a meeting: a joining verb whose subject is a body of
envoys ("к ним присоединились представители Турции", "were joined by representatives of
Turkey", "ihnen schlossen sich Vertreter der Türkei an", "rejointes par des représentants de
la Turquie", "se sumaron representantes de Turquía") joins the talks in the room, not the
accords, and gives no country a joining (`off_topic`). Near misses: a country joining the
accords in the same words, and a country that joins while envoys of another attend, keep their
joining.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, check_case

CASES = {
    "ru": [
        (
            "Соглашения Авраама. Делегации Египта и Иордании провели консультации в Каире, к ним "
            "присоединились представители Турции.",
            set(),
        ),
        (
            "Соглашения Авраама. Дипломаты Омана встретились в Маскате, позже к ним присоединилась "
            "делегация Ирака.",
            set(),
        ),
        ("Соглашения Авраама. К соглашениям присоединилась Мавритания.", {("MR", A)}),
    ],
    "en": [
        (
            "The Abraham Accords. Envoys of Egypt and Jordan met in Cairo, where they were joined by "
            "representatives of Turkey.",
            set(),
        ),
        (
            "The Abraham Accords. Diplomats from Oman met in Muscat, joined by a delegation from Iraq.",
            set(),
        ),
        ("The Abraham Accords. Mauritania joined the accords.", {("MR", A)}),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Delegationen Ägyptens und Jordaniens berieten in Kairo, ihnen "
            "schlossen sich Vertreter der Türkei an.",
            set(),
        ),
        ("Die Abraham-Abkommen. Mauretanien schloss sich den Abkommen an.", {("MR", A)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Des diplomates de l'Egypte et de la Jordanie se sont réunis au "
            "Caire, rejoints par des représentants de la Turquie.",
            set(),
        ),
        ("Les accords d'Abraham. La Mauritanie a rejoint les accords.", {("MR", A)}),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Diplomáticos de Egipto y Jordania se reunieron en El Cairo, y "
            "se sumaron representantes de Turquía.",
            set(),
        ),
        ("Los Acuerdos de Abraham. Mauritania se sumó a los acuerdos.", {("MR", A)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_delegates_joined(language, text, expected):
    check_case(language, text, expected)
