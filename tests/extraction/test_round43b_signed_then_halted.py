"""Round forty-three, a first signatory's bare signing with its date, then a halt in a clause
of its own ("Sudan signed in January 2021, but the war froze the process", "الخرطوم وقعت في
يناير 2021، لكن المسار متوقف منذ اندلاع الحرب", "Le Soudan a signé en janvier 2021, mais le
processus est gelé depuis la guerre"), with the accords named only in the sentence before: the
country is a member that halted, where only the halt was read, dated by the signing. The bare
"signed" right after the name (or closing its clause, where the verb comes last) keeps a country
named alone a member beside its halt, a capital right before it is the government that signed,
not a place, and the halt no longer takes the signing's date (`claims._signed_before_halt`,
`claims._halt_undated_by_signing`; no data key: the signing and halt cues of every language are
read already; Kazakh's "процесс тоқтап тұр" is no halt cue yet). Near misses: a halt told alone
stays a halt only with its own date, and a capital after a preposition stays a place. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, found_dated

SIGNED = ("SD", S, "2021-01")
HALTED = ("SD", U, None)

CASES = {
    "en": [
        (
            "The Abraham Accords turn five. Sudan signed in January 2021, but the war froze the process.",
            {SIGNED, HALTED},
        ),
        (
            "The Abraham Accords turn five. Khartoum signed in January 2021, but the war froze the process.",
            {SIGNED, HALTED},
        ),
        (
            "The Abraham Accords turn five. In Khartoum the army froze the process in April 2023.",
            {("SD", U, "2023-04")},
        ),
    ],
    "ar": [
        (
            "اتفاقيات أبراهام تكمل عامها الخامس. الخرطوم وقعت في يناير 2021، لكن المسار متوقف منذ اندلاع الحرب.",
            {SIGNED, HALTED},
        ),
        (
            "اتفاقيات أبراهام تكمل عامها الخامس. السودان وقع في يناير 2021، لكن المسار متوقف منذ اندلاع الحرب.",
            {SIGNED, HALTED},
        ),
        ("اتفاقيات أبراهام تكمل عامها الخامس. في الخرطوم وقعت الحكومة اتفاقا تجاريا.", set()),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont cinq ans. Le Soudan a signé en janvier 2021, mais le "
            "processus est gelé depuis la guerre.",
            {SIGNED, HALTED},
        ),
        (
            "Les accords d'Abraham ont cinq ans. Khartoum a signé en janvier 2021, mais le "
            "processus est gelé depuis la guerre.",
            {SIGNED, HALTED},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham cumplen cinco años. Sudán firmó en enero de 2021, pero el "
            "proceso está congelado desde la guerra.",
            {SIGNED, HALTED},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen werden fünf Jahre alt. Der Sudan unterzeichnete im Januar 2021, "
            "doch der Prozess ist seit dem Krieg eingefroren.",
            {SIGNED, HALTED},
        ),
    ],
    "ru": [
        (
            "Авраамовым соглашениям пять лет. Судан подписал в январе 2021 года, но процесс "
            "заморожен с начала войны.",
            {SIGNED, HALTED},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם בני חמש. סודן חתמה בינואר 2021, אבל התהליך קפא מאז פרוץ המלחמה.",
            {SIGNED, HALTED},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları beş yaşında. Sudan Ocak 2021'de imzaladı, ancak süreç savaştan "
            "bu yana donduruldu.",
            {SIGNED, HALTED},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham berusia lima tahun. Sudan menandatangani pada Januari 2021, tetapi "
            "prosesnya dibekukan sejak perang.",
            {SIGNED, HALTED},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham berusia lima tahun. Sudan menandatangani pada Januari 2021, tetapi "
            "prosesnya dibekukan sejak perang.",
            {SIGNED, HALTED},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_signed_then_halted(language, text, expected):
    assert found_dated(text, language, {"SD"}) == expected
