"""Round forty-five, a halt with no country of its own opening a sentence whose next clause names
only the country in scope ("Die Gespräche liegen seit dem Gaza-Krieg auf Eis, und Riad pocht
weiterhin auf ...", "The talks have been frozen since the Gaza war, and Riyadh still insists
...", "Les discussions sont gelées depuis la guerre de Gaza, et Riyad exige ..."): the halted
talks are that country's (`claims._Scope._opening_halt`), as a halt in a sentence naming no
country at all already was. Near misses: another country in the next clause, or a halt wished
for ("Die Opposition will, dass die Gespräche auf Eis liegen"), gives the halt to no one. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, U, challenge_params, found

CASES = {
    "de": [
        (
            "Die Abraham-Abkommen. Saudi-Arabien ist der große Kandidat. Die Gespräche liegen "
            "seit dem Gaza-Krieg auf Eis, und Riad pocht weiterhin auf einen palästinensischen "
            "Staat als Voraussetzung.",
            {("SA", U), ("SA", D)},
        ),
        (
            "Die Abraham-Abkommen. Saudi-Arabien ist der große Kandidat. Die Opposition will, "
            "dass die Gespräche auf Eis liegen, und Riad pocht weiterhin auf einen "
            "palästinensischen Staat.",
            {("SA", D)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi Arabia is the big prize. The talks have been frozen since "
            "the Gaza war, and Riyadh still insists on a Palestinian state as a precondition.",
            {("SA", P), ("SA", U), ("SA", D)},
        ),
        (
            "The Abraham Accords. Saudi Arabia is the big prize. The talks have been frozen since "
            "the Gaza war, and Indonesia still insists on a Palestinian state as a precondition.",
            {("SA", P), ("ID", D)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite reste le grand candidat. Les discussions sont "
            "gelées depuis la guerre de Gaza, et Riyad exige toujours un État palestinien.",
            {("SA", P), ("SA", U), ("SA", D)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudí sigue siendo el gran candidato. Las "
            "conversaciones están congeladas desde la guerra de Gaza, y Riad sigue condicionando "
            "la normalización a un Estado palestino.",
            {("SA", P), ("SA", U), ("SA", D)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Саудовская Аравия остаётся главным кандидатом. Переговоры "
            "заморожены с начала войны в Газе, и Эр-Рияд по-прежнему требует палестинского "
            "государства.",
            {("SA", P), ("SA", U), ("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_opening_halt(language, text, expected):
    assert found(text, language) == expected
