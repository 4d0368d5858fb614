"""Round thirty-nine, "the idea of" a country's joining (a notion talked about, no decision): prospective,
not announced ("Wacana Keikutsertaan Indonesia dalam Perjanjian Abraham", "l'idée d'une adhésion de
l'Indonésie", "la idea de una adhesión", "Idee eines Beitritts", "идея присоединения", "רעיון
הצטרפותה", "ایده پیوستن", "wacana penyertaan"; `modals`, English "the idea of" and Arabic "فكرة"
already). A refusal right before the idea ("a balayé l'idée d'une adhésion", "menolak wacana
keikutsertaan") is a refusal only: the idea it dismisses is no prospect of its own
(`steps._refused_notion`). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "id": [
        (
            "Sikap MUI terhadap wacana keikutsertaan Indonesia dalam Perjanjian Abraham.",
            {("ID", P)},
        ),
        (
            "Gagasan bergabungnya Indonesia dengan Perjanjian Abraham memicu perdebatan.",
            {("ID", P)},
        ),
        (
            "Pemerintah Indonesia menolak wacana keikutsertaan dalam Perjanjian Abraham.",
            {("ID", D)},
        ),
    ],
    "ms": [
        ("Wacana penyertaan Malaysia dalam Perjanjian Abraham mencetuskan bantahan.", {("MY", P)}),
    ],
    "fr": [
        (
            "Débat à Jakarta sur l'idée d'une adhésion de l'Indonésie aux accords d'Abraham.",
            {("ID", P)},
        ),
        (
            "Le Premier ministre arménien a balayé l'idée d'une adhésion aux accords d'Abraham.",
            {("AM", D)},
        ),
        (
            "Le président arménien a écarté l'hypothèse d'une adhésion aux accords d'Abraham.",
            {("AM", D)},
        ),
    ],
    "es": [
        (
            "Crece en Yakarta el debate sobre la idea de una adhesión de Indonesia a los Acuerdos de Abraham.",
            {("ID", P)},
        ),
    ],
    "de": [
        (
            "In Jakarta wird über die Idee eines Beitritts Indonesiens zu den Abraham-Abkommen gestritten.",
            {("ID", P)},
        ),
    ],
    "ru": [
        (
            "В Джакарте обсуждают идею присоединения Индонезии к Авраамовым соглашениям.",
            {("ID", P)},
        ),
    ],
    "he": [
        ("בג'קרטה מתווכחים על רעיון הצטרפותה של אינדונזיה להסכמי אברהם.", {("ID", P)}),
    ],
    "fa": [
        ("در جاکارتا درباره ایده پیوستن اندونزی به توافق ابراهیم بحث می\u200cشود.", {("ID", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_idea_of_joining(language, text, expected):
    check_case(language, text, expected)
