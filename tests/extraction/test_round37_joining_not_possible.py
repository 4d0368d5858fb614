"""Round thirty-seven, a country's joining told as not possible, the predicate after the joining:
declined ("said that joining the Abraham Accords was not possible", "su adhesión ... no es
posible", "rejoindre les accords d'Abraham est impossible", "ein Beitritt ... sei nicht
möglich", "İbrahim Anlaşmaları'na katılmasının mümkün olmadığını", "присоединение ... не
представляется возможным", "انضمامها ... غير ممكن", "پیوستن ... ممکن نیست", "הצטרפות ... אינה
אפשרית", "menyertai Perjanjian Abraham tidak mungkin"). Near misses: a joining told as possible
(the step as before, no refusal). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "en": [
        ("Pakistan said that joining the Abraham Accords was not possible.", {("PK", D)}),
        ("Pakistan said accession to the Abraham Accords was not possible.", {("PK", D)}),
        ("Pakistan said that joining the Abraham Accords was possible.", {("PK", A)}),
    ],
    "es": [
        ("Pakistán afirmó que su adhesión a los Acuerdos de Abraham no es posible.", {("PK", D)}),
        ("Para Pakistán, sumarse a los Acuerdos de Abraham es imposible.", {("PK", D)}),
        ("Para Azerbaiyán, sumarse a los Acuerdos de Abraham es posible.", {("AZ", A)}),
    ],
    "fr": [
        (
            "Le Pakistan a déclaré qu'une adhésion aux accords d'Abraham n'était pas possible.",
            {("PK", D)},
        ),
        ("Pour le Pakistan, rejoindre les accords d'Abraham est impossible.", {("PK", D)}),
    ],
    "de": [
        (
            "Pakistan erklärte, ein Beitritt zu den Abraham-Abkommen sei nicht möglich.",
            {("PK", D)},
        ),
        ("Für Pakistan ist ein Beitritt zu den Abraham-Abkommen unmöglich.", {("PK", D)}),
    ],
    "tr": [
        (
            "Pakistan Dışişleri Bakanlığı, Filistin meselesi çözülmeden ülkenin İbrahim Anlaşmaları'na katılmasının mümkün olmadığını bildirdi.",
            {("PK", D)},
        ),
        ("Pakistan'ın İbrahim Anlaşmaları'na katılması mümkün değil.", {("PK", D)}),
        ("Azerbaycan'ın İbrahim Anlaşmaları'na katılması mümkün.", set()),
    ],
    "ru": [
        (
            "Пакистан заявил, что присоединение к Авраамовым соглашениям не представляется возможным.",
            {("PK", D)},
        ),
        ("Пакистан заявил, что присоединение к Авраамовым соглашениям невозможно.", {("PK", D)}),
    ],
    "ar": [
        ("قالت باكستان إن انضمامها إلى اتفاقيات أبراهام غير ممكن.", {("PK", D)}),
        ("أكدت باكستان أنه من المستحيل أن تنضم إلى اتفاقيات أبراهام.", {("PK", D)}),
    ],
    "fa": [
        ("پاکستان اعلام کرد پیوستن به توافق ابراهیم ممکن نیست.", {("PK", D)}),
    ],
    "he": [
        ("פקיסטן הודיעה כי הצטרפות להסכמי אברהם אינה אפשרית.", {("PK", D)}),
    ],
    "ms": [
        ("Pakistan menyatakan menyertai Perjanjian Abraham tidak mungkin.", {("PK", D)}),
    ],
    "id": [
        ("Pakistan menyatakan bergabung dengan Abraham Accords tidak mungkin.", {("PK", D)}),
        ("Pakistan menegaskan tidak mungkin bergabung dengan Abraham Accords.", {("PK", D)}),
    ],
    "kk": [
        ("Пәкістан Авраам келісімдеріне қосылу мүмкін емес екенін мәлімдеді.", {("PK", D)}),
    ],
}

KNOWN_MISSES = {
    "id-1": "the joining verb 'bergabung' before a postposed 'tidak mungkin' keeps its own reading "
    "(announced); as a split cue with that head it did not fire, so only the noun 'normalisasi' and "
    "a preposed 'tidak mungkin bergabung' are read as the refusal",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_joining_not_possible(language, text, expected):
    check_case(language, text, expected)
