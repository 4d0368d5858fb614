"""Smaller classes from the round's Arabic and Hebrew articles. A relative clause opened with a
comma between a cue and a country, telling a step of its own, has its own subject ("انضمام
المملكة إلى الاتفاقيات، التي وقعتها الإمارات والبحرين": the UAE and Bahrain signed, they are
not the ones expected to join). The narrative "قبل أن يلتحق" (before X joined) after a past
verb is a joining, signed when dated 2020 or 2021. "لم تعلن في أي لحظة" (never announced at any
moment) negates the freeze it governs. "No body is authorised to complete the ratification"
("אין כיום גורם שמוסמך להשלים את האשרור") tells no ratification (`denials`). Near misses: a
relative with no step of its own, a freeze announced, a ratification told.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, U, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. يتوقع مسؤولون انضمام السعودية إلى الاتفاقيات، التي وقعتها الإمارات "
            "والبحرين عام 2020.",
            {("SA", P), ("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "اتفاقيات أبراهام. وتأتي التأكيدات في ظل توقعات بقرب انضمام المملكة إلى الاتفاقيات "
            "الإبراهيمية، التي وقعتها الإمارات والبحرين عام 2020.",
            {("AE", S, "2020"), ("BH", S, "2020")},
        ),
        (
            "اتفاقيات أبراهام. وقعت الإمارات والبحرين في سبتمبر 2020، قبل أن يلتحق السودان بدوره.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("SD", S)},
        ),
        (
            "اتفاقيات أبراهام. الرباط لم تعلن في أي لحظة تجميد العلاقات رغم الضغط الشعبي.",
            set(),
        ),
        (
            "اتفاقيات أبراهام. أعلنت الرباط تجميد العلاقات.",
            {("MA", U)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. סודן חתמה ב-2021. בחרטום אין כיום גורם שמוסמך להשלים את האשרור.",
            {("SD", S, "2021")},
        ),
        (
            "הסכמי אברהם. הפרלמנט בחרטום אישרר את ההסכם עם ישראל.",
            {("SD", "ratified")},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Sudan signed in 2021. In Khartoum there is no body today "
            "authorised to complete the ratification.",
            {("SD", S, "2021")},
        ),
        (
            "The Abraham Accords. Sudan's parliament ratified the accords.",
            {("SD", "ratified")},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round29_clause_scope(language, text, expected):
    check_case(language, text, expected)
