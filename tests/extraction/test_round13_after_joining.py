"""Round thirteen: "After Kazakhstan's accession, Azerbaijan is seen as the next candidate". A
sentence opening with a joining told as past ("after", "following", "in the wake of" a country's
accession) states that joining, and the main clause's candidate is another country with a step of
its own: the more careful cue later in the sentence does not turn the first joining into a hope.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

BOTH = {("KZ", A), ("AZ", P)}

AFTER_JOINING = {
    "en": [
        (
            "Following Kazakhstan's accession to the Abraham Accords, Azerbaijan is seen as the next candidate.",
            BOTH,
        ),
        (
            "After Kazakhstan's decision to join the Abraham Accords, Azerbaijan is seen as the next candidate.",
            BOTH,
        ),
        (
            "In the wake of Kazakhstan joining the Abraham Accords, Azerbaijan is seen as the next candidate.",
            BOTH,
        ),
        ("Following Kazakhstan's accession to the Abraham Accords, Azerbaijan may join.", BOTH),
        # a comparison stays one
        ("Like Kazakhstan, Azerbaijan may join the Abraham Accords.", {("AZ", P)}),
    ],
    "es": [
        (
            "Tras la adhesión de Kazajistán a los Acuerdos de Abraham, Azerbaiyán es visto como el próximo candidato.",
            BOTH,
        ),
    ],
    "de": [
        (
            "Nach dem Beitritt Kasachstans zu den Abraham-Abkommen gilt Aserbaidschan als nächster Kandidat.",
            BOTH,
        ),
    ],
    "id": [
        (
            "Setelah bergabungnya Kazakhstan ke Perjanjian Abraham, Azerbaijan dipandang sebagai kandidat berikutnya.",
            BOTH,
        ),
    ],
    "ms": [
        (
            "Selepas penyertaan Kazakhstan dalam Perjanjian Abraham, Azerbaijan dilihat sebagai calon seterusnya.",
            BOTH,
        ),
    ],
    "fr": [
        (
            "Après l'adhésion du Kazakhstan aux accords d'Abraham, l'Azerbaïdjan est vu comme le prochain candidat.",
            BOTH,
        ),
    ],
    "ru": [
        (
            "После присоединения Казахстана к Авраамовым соглашениям следующим кандидатом считается Азербайджан.",
            BOTH,
        ),
    ],
    "fa": [
        (
            "پس از پیوستن قزاقستان به پیمان ابراهیم، جمهوری آذربایجان نامزد بعدی به شمار می‌رود.",
            BOTH,
        ),
    ],
    "ar": [
        ("بعد انضمام كازاخستان إلى اتفاقيات أبراهام، تعد أذربيجان المرشح التالي.", BOTH),
    ],
}

AFTER_JOINING_MISSES = {}


@pytest.mark.parametrize(
    ("language", "text", "expected"), challenge_params(AFTER_JOINING, AFTER_JOINING_MISSES)
)
def test_a_joining_told_before_the_main_clause_stays_a_joining(language, text, expected):
    check_case(language, text, expected)
