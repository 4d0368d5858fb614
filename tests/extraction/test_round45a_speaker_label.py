"""Round forty-five, a transcript's speaker label before a turn ("BEN SADOWSKI: The crown prince
said ...", "JOURNALISTE : Le prince héritier ...", "ВЕДУЩИЙ: Наследный принц ..."): the name and
its colon are no words of the sentence, so a leader's title or a pronoun right after them still
opens it and stands for the one country in scope (the podcast transcript's Saudi wish and
condition). Near misses: a label with no country in scope gives nothing, a colon deeper in the
sentence (more than three words before it) is no label, nor are a sentence's own words before a
colon, not all capitalised ("Она выдвинула условие: ..."), and a label before a sentence naming a
country of its own leaves that country the subject. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, found

SA_BOTH = {("SA", P), ("SA", D)}
SA_WISH = {("SA", P)}

CASES = {
    "en": [
        (
            "HOST: And Saudi Arabia?\nDANA REYES: The crown prince said they want to be part of "
            "the Abraham Accords, but only with a clear path to a Palestinian state.",
            SA_BOTH,
        ),
        (
            "HOST: What about Saudi Arabia and the Abraham Accords?\nGUEST: It wants to join "
            "the accords eventually.",
            SA_WISH,
        ),
        (
            "HOST: Let's talk about the Abraham Accords.\nDANA REYES: The crown prince said "
            "they want to be part of them.",
            set(),
        ),
        (
            "HOST: And Saudi Arabia? GUEST: Everybody in the room, including the people around "
            "the crown prince: they want to be part of the Abraham Accords.",
            set(),
        ),
        (
            "HOST: And Saudi Arabia?\nDANA REYES: Oman said it has no plans to join the "
            "Abraham Accords.",
            {("OM", D)},
        ),
    ],
    "fr": [
        (
            "ANIMATEUR : Et l'Arabie saoudite ?\nJULIEN MOREAU : Le prince héritier était à "
            "Washington en novembre et il a dit vouloir rejoindre les accords d'Abraham.",
            SA_WISH,
        ),
        (
            "ANIMATEUR : Parlons des accords d'Abraham.\nJULIEN MOREAU : Le prince héritier "
            "était à Washington en novembre et il a dit vouloir les rejoindre.",
            set(),
        ),
    ],
    "es": [
        (
            "PRESENTADORA: ¿Y Arabia Saudí?\nLUIS FERRER: El príncipe heredero estuvo en "
            "Washington en noviembre y dijo que quieren unirse a los Acuerdos de Abraham.",
            SA_WISH,
        ),
    ],
    "de": [
        (
            "MODERATORIN: Und Saudi-Arabien?\nJONAS WEBER: Der Kronprinz war im November in "
            "Washington und sagte, man wolle den Abraham-Abkommen beitreten.",
            SA_WISH,
        ),
    ],
    "ru": [
        (
            "ВЕДУЩИЙ: А Саудовская Аравия?\nИГОРЬ ЛЕБЕДЕВ: Наследный принц был в Вашингтоне в "
            "ноябре и сказал, что они хотят присоединиться к Авраамовым соглашениям.",
            SA_WISH,
        ),
        (
            "Саудовская Аравия хочет присоединиться к Авраамовым соглашениям. Она выдвинула "
            "условие: путь к палестинскому государству.",
            SA_BOTH,
        ),
    ],
    "ms": [
        (
            "PENGACARA: Bagaimana dengan Arab Saudi?\nAHMAD RIZAL: Putera mahkota berada di "
            "Washington pada November dan berkata mereka mahu menyertai Perjanjian Abraham.",
            SA_WISH,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_speaker_label(language, text, expected):
    assert found(text, language) == expected
