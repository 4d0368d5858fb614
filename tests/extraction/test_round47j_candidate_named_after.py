"""Round forty-seven, a candidate told by another or more important one with the country after a
dash, a colon or a verb ("для Вашингтона гораздо важнее другой кандидат - Азербайджан", "Washington
için çok daha önemli bir aday var: Azerbaycan", "a more important candidate is Azerbaijan"): the
country named after it is a candidate (prospective). New `cues.prospective` phrasings in Russian
(the dash or colon required), Turkish and English. Near misses: another candidate in an election,
with no dash before the country, names no candidate of the accords. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, found

RU = "Казахстан присоединился к Авраамовым соглашениям. "
TR = "Kazakistan İbrahim Anlaşmalarına katıldı. "
EN = "Kazakhstan joined the Abraham Accords. "

CASES = {
    "ru": [
        (
            RU + "Для Вашингтона гораздо важнее другой кандидат - Азербайджан.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            RU + "Для Вашингтона гораздо важнее другой кандидат — Азербайджан.",
            {("KZ", A), ("AZ", P)},
        ),
        (
            RU + "Другой кандидат на выборах в Азербайджане снял свою кандидатуру.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            TR + "Analiste göre Washington için çok daha önemli bir aday var: Azerbaycan.",
            {("KZ", A), ("AZ", P)},
        ),
        (TR + "Başka bir aday, Azerbaycan'daki seçimlerden çekildi.", {("KZ", A)}),
    ],
    "en": [
        (EN + "For Washington, a more important candidate is Azerbaijan.", {("KZ", A), ("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_candidate_named_after(language, text, expected):
    assert found(text, language) == expected
