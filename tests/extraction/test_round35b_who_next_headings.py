"""Round thirty-five, second pass over the golden set's known misses: a sub-heading asking in
the modal who could come next ("¿Quién podría ser el siguiente?", "Wer könnte als Nächstes
beitreten?", "Wer kommt als Nächstes?", "Who might follow?", "Qui pourrait être le prochain ?",
"Кто может стать следующим?") names a group with no name (`generic_subjects`) and its
candidacy; the list that answers it in the next sentence, opened by a verb of naming
("Los analistas mencionan", "Genannt werden", "Les analystes citent", "Среди называемых
стран") or by the names themselves, takes that candidacy, as it did after "who could be
next". German "folgt als Nächstes", "kommt als Nächstes" is a candidacy cue (`cues`,
prospective). Near misses: a "will" question ("Who will join next?") is no such heading (its
"will join" would read as an announcement); an answer with a phrase before its first name
("On Monday, Oman ...") is no list; a heading asking who signed first is no candidacy; a plain
sentence naming countries after no heading stays no claim. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

LEAD = {
    "en": "The Abraham Accords are meant to grow.\n\n",
    "es": "Los Acuerdos de Abraham deben crecer.\n\n",
    "de": "Die Abraham-Abkommen sollen wachsen.\n\n",
    "fr": "Les accords d'Abraham doivent s'élargir.\n\n",
    "ru": "Авраамовы соглашения должны расширяться.\n\n",
}

CASES = {
    "es": [
        (
            LEAD["es"]
            + "¿Quién podría ser el siguiente?\n\nLos analistas mencionan a Omán y a Catar.",
            {("OM", P), ("QA", P)},
        ),
        (
            LEAD["es"] + "¿Y quién podría ser el próximo?\n\nSe mencionan Omán y Túnez.",
            {("OM", P), ("TN", P)},
        ),
        (
            LEAD["es"] + "¿Quién firmó primero?\n\nLos analistas mencionan a Omán y a Catar.",
            set(),
        ),
        (
            LEAD["es"] + "Los analistas mencionan a Omán y a Catar.",
            set(),
        ),
    ],
    "de": [
        (
            LEAD["de"] + "Wer könnte als Nächstes beitreten?\n\nGenannt werden Oman und Katar.",
            {("OM", P), ("QA", P)},
        ),
        (
            LEAD["de"] + "Wer folgt als Nächstes?\n\nGenannt werden Oman und Tunesien.",
            {("OM", P), ("TN", P)},
        ),
        (
            LEAD["de"] + "Und wer kommt als Nächstes?\n\nOman und Katar.",
            {("OM", P), ("QA", P)},
        ),
        (
            LEAD["de"] + "Wer hat zuerst unterschrieben?\n\nGenannt werden Oman und Katar.",
            set(),
        ),
    ],
    "en": [
        (
            LEAD["en"] + "Who might follow?\n\nAnalysts mention Oman and Qatar.",
            {("OM", P), ("QA", P)},
        ),
        (
            LEAD["en"] + "Who could join next?\n\nOman and Tunisia, diplomats say.",
            {("OM", P), ("TN", P)},
        ),
        (
            LEAD["en"] + "Who could join next?\n\nOn Monday, Oman hosted a trade fair.",
            set(),
        ),
        (
            LEAD["en"] + "Who will join next?\n\nAnalysts mention Oman and Qatar.",
            set(),
        ),
    ],
    "fr": [
        (
            LEAD["fr"]
            + "Qui pourrait être le prochain ?\n\nLes analystes citent Oman et le Qatar.",
            {("OM", P), ("QA", P)},
        ),
        (
            LEAD["fr"] + "Qui a signé en premier ?\n\nLes analystes citent Oman et le Qatar.",
            set(),
        ),
    ],
    "ru": [
        (
            LEAD["ru"] + "Кто может стать следующим?\n\nСреди называемых стран Оман и Катар.",
            {("OM", P), ("QA", P)},
        ),
        (
            LEAD["ru"] + "Кто подписал первым?\n\nСреди называемых стран Оман и Катар.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_who_next_headings(language, text, expected):
    check_case(language, text, expected)
