"""Round thirty-three, a country that makes no secret of its interest in the accords or its wish to
join ("келісімге қызығушылығын жасырмайды", "не скрывает интереса к соглашениям", "makes no secret
of its interest in the accords", "ne cache pas son intérêt pour les accords", "no oculta su interés
por los acuerdos", "macht keinen Hehl aus seinem Interesse an den Abkommen", "tidak
menyembunyikan ketertarikannya", "אינה מסתירה את התעניינותה בהסכמים", "anlaşmalara ilgisini
gizlemiyor", "لا تخفي اهتمامها بالانضمام", "تمایل خود به پیوستن را پنهان نمی‌کند"): the negated
verb of hiding is no negation of the interest, which is a candidacy. Each cue names what the
interest is in (the accords, joining, normalisation), so interest in trade stays none.
Near misses: hostility or irritation not hidden is no interest; interest in trade with Israel is
no candidacy; interest with a precondition in the same sentence is both.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, challenge_params, check_case

CASES = {
    "kk": [
        ("Авраам келісімдері. Сауд Арабиясы келісімге қызығушылығын жасырмайды.", {("SA", P)}),
    ],
    "ru": [
        ("Соглашения Авраама. Саудовская Аравия не скрывает интереса к соглашениям.", {("SA", P)}),
        (
            "Соглашения Авраама. Азербайджан не скрывает желания присоединиться к соглашениям.",
            {("AZ", P)},
        ),
        (
            "Соглашения Авраама. Саудовская Аравия не скрывает интереса к соглашениям, но "
            "исключает нормализацию без палестинского государства.",
            {("SA", P), ("SA", D)},
        ),
        ("Соглашения Авраама. Иран не скрывает раздражения соглашениями.", set()),
    ],
    "en": [
        (
            "The Abraham Accords. Saudi Arabia makes no secret of its interest in the accords.",
            {("SA", P)},
        ),
        ("The Abraham Accords. Iran makes no secret of its hostility to the accords.", set()),
        (
            "The Abraham Accords. Saudi Arabia makes no secret of its interest in trade with "
            "Israel.",
            set(),
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. L'Arabie saoudite ne cache pas son intérêt pour les accords.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Arabia Saudí no oculta su interés por los acuerdos.",
            {("SA", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Saudi-Arabien macht keinen Hehl aus seinem Interesse an den "
            "Abkommen.",
            {("SA", P)},
        ),
    ],
    "id": [
        (
            "Abraham Accords. Arab Saudi tidak menyembunyikan ketertarikannya pada perjanjian itu.",
            {("SA", P)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Arab Saudi tidak menyembunyikan minatnya untuk menyertai "
            "perjanjian itu.",
            {("SA", P)},
        ),
    ],
    "he": [
        ("הסכמי אברהם. ערב הסעודית אינה מסתירה את התעניינותה בהסכמים.", {("SA", P)}),
    ],
    "tr": [
        ("İbrahim Anlaşmaları. Suudi Arabistan anlaşmalara ilgisini gizlemiyor.", {("SA", P)}),
    ],
    "ar": [
        ("اتفاقيات أبراهام. السعودية لا تخفي اهتمامها بالانضمام إلى الاتفاقيات.", {("SA", P)}),
    ],
    "fa": [
        ("توافق ابراهیم. عربستان سعودی تمایل خود به پیوستن را پنهان نمی‌کند.", {("SA", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_no_secret_of_interest(language, text, expected):
    check_case(language, text, expected)
