"""Round thirty-nine, a list of candidates given after a colon ("The list of candidates is long:
Saudi Arabia, Indonesia and Mauritania", "רשימת המועמדות", "فهرست نامزدها"), or "the list"
pointing back to the candidates of the sentence before ("This time the list is long: ...",
"والقائمة هذه المرة طويلة: ..."): a candidacy for every country listed (`cues.prospective`; the
other languages read "the list of candidates" already). A "then" inside such a list orders it and
carries no step of the sentence before (`claims._sentence_claims`: a continuation word goes on
with the step before only ahead of every country of its sentence). Near misses: "Then Morocco"
opening a sentence after a signing still continues it. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "Abraham Accords. The list of candidates is long: Saudi Arabia, Indonesia and Mauritania.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
        (
            "Trump announced in November that Kazakhstan would join the Abraham Accords. This time the list is long: Saudi Arabia of course, then Indonesia and Mauritania.",
            {("KZ", A), ("SA", P), ("ID", P), ("MR", P)},
        ),
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020. Then Morocco in December.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
    "fr": [
        (
            "Accords d'Abraham. Cette fois, la liste est longue : l'Arabie saoudite, puis l'Indonésie et la Mauritanie.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "de": [
        (
            "Abraham-Abkommen. Die Liste ist lang: Saudi-Arabien, Indonesien und Mauretanien.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "es": [
        (
            "Acuerdos de Abraham. Esta vez la lista es larga: Arabia Saudí, luego Indonesia y Mauritania.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Список длинный: Саудовская Аравия, Индонезия и Мавритания.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Liste bu kez uzun: Suudi Arabistan, Endonezya ve Moritanya.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "ar": [
        (
            'أعلن ترامب في نوفمبر أن كازاخستان ستنضم إلى اتفاقيات أبراهام. ومنذ ذلك الحين تتوالى قوائم "المرشحين". والقائمة هذه المرة طويلة: السعودية بطبيعة الحال، ثم إندونيسيا وأذربيجان وموريتانيا.',
            {("KZ", A), ("SA", P), ("ID", P), ("AZ", P), ("MR", P)},
        ),
    ],
    "fa": [
        (
            "توافق ابراهیم. فهرست نامزدها طولانی است: عربستان سعودی، اندونزی و موریتانی.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "he": [
        (
            "הסכמי אברהם. רשימת המועמדות ארוכה: סעודיה, אינדונזיה ומאוריטניה.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Daftarnya kali ini panjang: Arab Saudi, Indonesia dan Mauritania.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Senarainya kali ini panjang: Arab Saudi, Indonesia dan Mauritania.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
    "kk": [
        (
            "Авраам келісімдері. Тізім ұзын: Сауд Арабиясы, Индонезия және Мавритания.",
            {("SA", P), ("ID", P), ("MR", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_candidate_lists(language, text, expected):
    check_case(language, text, expected)
