"""Round forty-seven, "the latter" inside the sentence of the list it points back to ("Morocco
and Sudan followed, but the latter froze the normalisation process", "нормализовали Марокко и
Судан, однако судьба последнего остается неясной: процесс ... заморожен", "غير أن هذا الأخير
جمّد مسار التطبيع", "ancak sonuncusu ... sürecini dondurdu"): the cue after it goes to the list's
last member alone, not to the whole list (the `latter` key was read only for a sentence of its own
or a list it closes). `latter` gains the Russian "судьба последнего" (the fate, position, part of
the latter), the Arabic "هذا الأخير" and the Turkish "sonuncusu". Near misses: a list with no
"latter" keeps the halt for all its members; another country named between "the latter" and the
cue leaves the list as it was read. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found

CASES = {
    "en": [
        (
            "Morocco and Sudan followed, but the latter froze the normalisation process.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        (
            "Morocco and Sudan followed, but the fate of the latter remains unclear: the "
            "normalisation process there is frozen.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        (
            "Morocco and Sudan followed, but their normalisation process was later frozen.",
            {("MA", S), ("SD", S), ("MA", U), ("SD", U)},
        ),
    ],
    "ru": [
        (
            "Вслед за ними отношения с Израилем нормализовали Марокко и Судан, однако судьба "
            "последнего остается неясной: процесс нормализации там фактически заморожен.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
        (
            "Вслед за ними отношения с Израилем нормализовали Марокко и Судан, однако у последнего "
            "процесс нормализации фактически заморожен.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "ar": [
        (
            "وتبعتهما المغرب والسودان، غير أن هذا الأخير جمّد مسار التطبيع بعد اندلاع الحرب.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "tr": [
        (
            "Fas ve Sudan da anlaşmalara katıldı; ancak sonuncusu iç savaş nedeniyle normalleşme "
            "sürecini dondurdu.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "fr": [
        (
            "Le Maroc et le Soudan ont suivi, mais ce dernier a gelé la normalisation.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "es": [
        (
            "Marruecos y Sudán se sumaron después, pero este último congeló la normalización.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "de": [
        (
            "Marokko und der Sudan folgten, doch letzterer hat die Normalisierung eingefroren.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
    "id": [
        (
            "Maroko dan Sudan menyusul, namun yang terakhir disebut membekukan proses normalisasi.",
            {("MA", S), ("SD", S), ("SD", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_latter_in_sentence(language, text, expected):
    assert found(text, language) == expected
