"""An editor's square brackets inside a quoted word, as papers adjust a quote's tense or case
("la question « ne se pos[ait] pas »", "will not beitr[eten]", "[w]ill not join"): the
brackets are dropped and the word inside is read whole, so the cue it belongs to stands.
Near misses: a footnote's number after a word ("joined[1]") keeps the word as it is, and
words in brackets of their own ("[the sultanate]") add nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham. Interrogé, le porte-parole d'Oman a répondu que la question « ne se "
            "pos[ait] pas ».",
            {("OM", D)},
        ),
        (
            "Les accords d'Abraham. Oman « [r]efuse toute normalisation », a dit le ministre.",
            {("OM", D)},
        ),
        ("Les accords d'Abraham. Oman a signé le traité [de commerce] avec l'Inde.", set()),
    ],
    "en": [
        (
            'Oman "[w]ill not join the Abraham Accords", the minister said.',
            {("OM", D)},
        ),
        ("Oman joined[1] the Abraham Accords[2] in 2026.", {("OM", A, "2026")}),
        ('Oman "[w]elcomes" the Abraham Accords[2].', set()),
    ],
    "de": [
        (
            "Oman werde den Abraham-Abkommen „nicht beitr[eten]“, sagte der Minister.",
            {("OM", D)},
        ),
        (
            "Der Minister sagte, Oman „schließ[e] einen Beitritt zu den Abraham-Abkommen aus“.",
            {("OM", D)},
        ),
    ],
    "es": [
        (
            "El ministro dijo que Omán «no se unir[á] a los Acuerdos de Abraham».",
            {("OM", D)},
        ),
        ("Omán [el sultanato] firmó un acuerdo comercial con la India.", set()),
    ],
    "ru": [
        (
            "Министр заявил, что Оман «не присоедин[ится] к Авраамовым соглашениям».",
            {("OM", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round28_editor_brackets(language, text, expected):
    check_case(language, text, expected)
