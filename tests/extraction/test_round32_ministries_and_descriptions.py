""" "Kemlu", "Kemenlu", "Pejambon": Indonesia's foreign ministry stands for Indonesia, as "Wisma
Putra" for Malaysia, but a capital or ministry word right before another country's name is that
country's ministry ("Kemlu Arab Saudi", `finding._owned_capitals_dropped`; not in verb-final
languages, where a subject stands before its object, nor before Israel). "Pemerintahnya", "kerajaannya" (its government) stand for the country named before, as "its
government" does. Kazakh descriptions
stand for the country named before them ("ең көп мұсылман тұратын ел", "бұл өзін-өзі жариялаған
мемлекет", `anaphora`), and talks at their "қорытынды кезең" are talks in their final stage.
Near misses: the Saudi ministry gives Indonesia nothing, a ministry's advice to citizens is no
step, and "Исламабад Израильді мойындамайды" stays Pakistan's refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, N, P, challenge_params, check_case

CASES = {
    "id": [
        ("Kemlu menegaskan tidak akan bergabung dengan Abraham Accords.", {("ID", D)}),
        (
            "Kemlu Arab Saudi menegaskan tidak akan bergabung dengan Abraham Accords.",
            {("SA", D)},
        ),
        (
            "Kemenlu sudah berkali-kali menyampaikan bahwa normalisasi dengan Israel hanya "
            "mungkin setelah Palestina merdeka.",
            {("ID", D)},
        ),
        ("Kemlu mengimbau WNI di Uni Emirat Arab dan Bahrain untuk waspada.", set()),
        (
            "Kazakhstan bergabung dengan Abraham Accords. Bagaimana dengan Indonesia? "
            "Pemerintahnya menegaskan tidak akan bergabung.",
            {("KZ", A), ("ID", D)},
        ),
    ],
    "ms": [
        (
            "Kazakhstan menyertai Perjanjian Abraham. Pakistan pula berbeza. Kerajaannya "
            "menegaskan tidak akan menyertai perjanjian itu.",
            {("KZ", A), ("PK", D)},
        ),
    ],
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылды.\n\nИндонезия. Әлемдегі ең көп мұсылман "
            "тұратын ел Израильді Палестина тәуелсіздік алғаннан кейін ғана тани алатынын "
            "қайталап келеді.",
            {("KZ", A), ("ID", D)},
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылды.\n\nСомалиленд. Бұл өзін-өзі жариялаған "
            "мемлекет келісімдерге қосылғысы келетінін жеткізді.",
            {("KZ", A), ("XS", P)},
        ),
        (
            "Ақорда қосылу жөніндегі келіссөздер қорытынды кезеңге жеткенін хабарлады. Қазақстан "
            "Авраам келісімдеріне қосылады.",
            {("KZ", N), ("KZ", A)},
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылды. Пәкістан да өз ұстанымын қайталады. Сыртқы "
            "істер министрлігінің өкілі Исламабад Израильді мойындамайды деп мәлімдеді.",
            {("KZ", A), ("PK", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_ministries_and_descriptions(language, text, expected):
    check_case(language, text, expected)
