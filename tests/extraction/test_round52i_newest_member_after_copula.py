"""Round fifty-two, the newest member named after the copula or a cleft ("the latest country to
join the Abraham Accords is Kazakhstan", "le dernier pays à avoir rejoint les accords d'Abraham,
c'est le Kazakhstan", "Последняя страна, присоединившаяся к соглашениям, — Казахстан", "en son
katılan ülke Kazakistan oldu", "negara terakhir yang bergabung ... adalah Kazakhstan"): the
joining belongs to the country after the copula (announced for a recent one, signed for one of
2020), as the joining cues decide. French missed the cleft after the past infinitive (read since round fifty-three), Russian and Kazakh
stopped at the dash, Turkish had no cue, Indonesian and Malay read a refusal (the last country
that would join), and "the newest signatory" gave a signing. Near misses: the last country to be
courted (a candidacy), to refuse (a refusal), the first to recognise Israel or to host the talks
(nothing), and a country saying it will be the last to join (a refusal). Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, D, P, S, challenge_params, check_case

CASES = {
    "en": [
        ("The latest country to join the Abraham Accords is Kazakhstan.", {("KZ", A)}),
        ("The newest signatory of the Abraham Accords was Kazakhstan.", {("KZ", A)}),
        ("The latest country to be courted for the Abraham Accords is Azerbaijan.", {("AZ", P)}),
        ("The last country to refuse the Abraham Accords was Oman.", {("OM", D)}),
        ("The first Arab country to recognise Israel was Egypt.", set()),
        ("The latest to host the Abraham Accords talks was Qatar.", set()),
        ("Saudi Arabia will be the last country to join the Abraham Accords.", {("SA", D)}),
    ],
    "fr": [
        (
            "Le dernier pays à avoir rejoint les accords d'Abraham, c'est le Kazakhstan.",
            {("KZ", A)},
        ),
        ("Le dernier signataire des accords d'Abraham est le Kazakhstan.", {("KZ", A)}),
        ("Le dernier pays à avoir refusé les accords d'Abraham, c'est Oman.", set()),
        (
            "Le dernier pays à avoir accueilli les pourparlers sur les accords d'Abraham, c'est le Qatar.",
            set(),
        ),
    ],
    "es": [
        ("El último país en sumarse a los Acuerdos de Abraham fue Kazajistán.", {("KZ", A)}),
        ("El último firmante de los Acuerdos de Abraham fue Kazajistán.", {("KZ", A)}),
        ("El último país en rechazar los Acuerdos de Abraham fue Omán.", {("OM", D)}),
    ],
    "de": [
        ("Der jüngste Unterzeichner der Abraham-Abkommen ist Kasachstan.", {("KZ", A)}),
        ("Der jüngste Neuzugang der Abraham-Abkommen ist Kasachstan.", {("KZ", A)}),
    ],
    "ru": [
        (
            "Последняя страна, присоединившаяся к Авраамовым соглашениям, — это Казахстан.",
            {("KZ", A)},
        ),
        (
            "Последняя страна, присоединившаяся к Авраамовым соглашениям, — Казахстан.",
            {("KZ", A)},
        ),
        ("Последняя страна, отказавшаяся от Авраамовых соглашений, — это Оман.", set()),
        (
            "Казахстан присоединился к Авраамовым соглашениям — Оман пока нет.",
            {("KZ", A)},
        ),
    ],
    "kk": [
        ("Авраам келісімдеріне ең соңғы қосылған ел — Қазақстан.", {("KZ", A)}),
        ("Авраам келісімдеріне соңғы қосылған мемлекет — Қазақстан.", {("KZ", A)}),
    ],
    "tr": [
        ("Abraham Anlaşmalarına en son katılan ülke Kazakistan oldu.", {("KZ", A)}),
        ("Abraham Anlaşmalarına son olarak katılan ülke Kazakistan'dır.", {("KZ", A)}),
        ("Abraham Anlaşmalarını en son reddeden ülke Umman oldu.", set()),
        (
            "Abraham Anlaşmaları görüşmelerine en son ev sahipliği yapan ülke Katar oldu.",
            set(),
        ),
    ],
    "id": [
        (
            "Negara terakhir yang bergabung dengan Perjanjian Abraham adalah Kazakhstan.",
            {("KZ", A)},
        ),
        (
            "Indonesia akan menjadi negara terakhir yang bergabung dengan Perjanjian Abraham.",
            {("ID", D)},
        ),
        (
            "Indonesia adalah negara terakhir yang akan bergabung dengan Perjanjian Abraham.",
            {("ID", D)},
        ),
        ("Negara terakhir yang menolak Perjanjian Abraham adalah Oman.", {("OM", D)}),
    ],
    "ms": [
        ("Negara terakhir yang menyertai Perjanjian Abraham ialah Kazakhstan.", {("KZ", A)}),
        (
            "Kuwait akan menjadi negara terakhir yang menyertai Perjanjian Abraham.",
            {("KW", D)},
        ),
    ],
    "ar": [
        ("آخر المنضمين إلى اتفاقيات أبراهام كانت كازاخستان.", {("KZ", A)}),
    ],
    "he": [
        ("המדינה האחרונה שהצטרפה להסכמי אברהם היא קזחסטן.", {("KZ", A)}),
    ],
    "fa": [
        ("آخرین کشوری که به پیمان ابراهیم پیوست قزاقستان بود.", {("KZ", A)}),
    ],
}

# a member since 2020 named the same way: its joining is the signing
DATED_2020 = [
    ("en", "The newest signatory to the Abraham Accords is Morocco.", {("MA", S)}),
    ("tr", "Abraham Anlaşmalarına son olarak katılan ülke Fas oldu.", {("MA", S)}),
]

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_newest_member_after_copula(language, text, expected):
    check_case(language, text, expected)


@pytest.mark.parametrize(("language", "text", "expected"), DATED_2020)
def test_a_member_of_2020_is_signed(language, text, expected):
    check_case(language, text, expected)
