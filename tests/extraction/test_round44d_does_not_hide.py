"""Round forty-four, a negated verb of hiding ("does not hide that", "ne cache pas que",
"не скрывают, что", "verhehlt nicht, dass", "لا تخفي"): the negation is an affirmation and
negates nothing in the clause it governs, so Washington that "does not hide that it wants
Saudi Arabia to join" makes a candidacy, not a refusal (`not_negations` en fr ru de ar; the
other languages' "make no secret", "no oculta", "gizlemiyor", "לא מסתירים", "پنهان
نمی‌کند", "жасырмайды", "tidak menyembunyikan" already read so). Near misses: a refusal that
is not hidden, a negated joining after "does not hide that", and a plain negation, stay
refusals. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Washington does not hide that it wants Saudi Arabia to join the Abraham Accords.",
            {("SA", P)},
        ),
        (
            "The White House has not concealed that it expects Riyadh to sign the Abraham Accords.",
            {("SA", P)},
        ),
        ("Riyadh does not hide its refusal to join the Abraham Accords.", {("SA", D)}),
        (
            "Riyadh does not hide that Saudi Arabia will not join the Abraham Accords soon.",
            {("SA", D)},
        ),
        ("Saudi Arabia does not want to join the Abraham Accords.", {("SA", D)}),
    ],
    "fr": [
        (
            "Washington ne cache pas qu'il veut voir l'Arabie saoudite rejoindre les accords d'Abraham.",
            {("SA", P)},
        ),
        (
            "La Maison Blanche n'a pas caché qu'elle souhaite voir Riyad adhérer aux accords d'Abraham.",
            {("SA", P)},
        ),
        ("Riyad ne cache pas qu'il ne rejoindra pas les accords d'Abraham.", {("SA", D)}),
    ],
    "ru": [
        (
            "Соглашения Авраама расширяются. В Вашингтоне не скрывают, что хотят видеть Саудовскую "
            "Аравию среди участников.",
            {("SA", P)},
        ),
        (
            "Соглашения Авраама расширяются. В Вашингтоне не скрывают, что главной целью остается "
            "Саудовская Аравия.",
            {("SA", P)},
        ),
        ("Эр-Рияд не скрывает, что не присоединится к Соглашениям Авраама.", {("SA", D)}),
    ],
    "de": [
        (
            "Washington verhehlt nicht, dass Saudi-Arabien den Abraham-Abkommen beitreten soll.",
            {("SA", P)},
        ),
        ("Riad verhehlt nicht, dass es den Abraham-Abkommen nicht beitreten wird.", {("SA", D)}),
    ],
    "ar": [
        ("لا تخفي واشنطن أن السعودية هي الهدف الأول لاتفاقيات أبراهام.", {("SA", P)}),
        ("لا تخفي الرياض أنها لن تنضم إلى اتفاقيات أبراهام.", {("SA", D)}),
    ],
    "es": [
        (
            "Washington no esconde que quiere que Arabia Saudí se sume a los Acuerdos de Abraham.",
            {("SA", P)},
        ),
    ],
    "he": [("בוושינגטון לא מסתירים שהם רוצים שסעודיה תצטרף להסכמי אברהם.", {("SA", P)})],
    "tr": [
        (
            "Washington, Suudi Arabistan'ın İbrahim Anlaşmaları'na katılmasını istediğini gizlemiyor.",
            {("SA", P)},
        ),
    ],
    "fa": [("واشنگتن پنهان نمی‌کند که می‌خواهد عربستان به توافق ابراهیم بپیوندد.", {("SA", P)})],
    "kk": [
        (
            "Вашингтон Сауд Арабиясының Авраам келісімдеріне қосылуын қалайтынын жасырмайды.",
            {("SA", P)},
        )
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_does_not_hide(language, text, expected):
    check_case(language, text, expected)
