"""Round forty-four, a joining told as becoming part of the accords ("tidak akan menjadi
sebahagian daripada Perjanjian Abraham", "tidak akan menjadi bagian dari", "İbrahim
Anlaşmalarının parçası olmayacak", "не станет частью Авраамовых соглашений", "Авраам
келісімдерінің бөлігі болмайды"): said of the future, an announcement, and negated, the country's
refusal (`cues.announced` ms id ru tr kk, `cues.declined` tr kk, whose negation is a suffix;
English, German, French, Spanish, Arabic, Hebrew and Persian read it already). A country named
only in a ministry's genitive, then "that country", is the subject ("Pejabat Luar Pakistan
menegaskan negara itu tidak akan ..."). Near misses: tourism becoming part of an economy is
no joining. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "ms": [
        ("Pakistan tidak akan menjadi sebahagian daripada Perjanjian Abraham.", {("PK", D)}),
        (
            "Pejabat Luar Pakistan pula menegaskan negara itu tidak akan menjadi sebahagian"
            " daripada Perjanjian Abraham.",
            {("PK", D)},
        ),
        ("Kazakhstan akan menjadi sebahagian daripada Perjanjian Abraham.", {("KZ", A)}),
        (
            "Perjanjian Abraham. Pelancongan menjadi sebahagian daripada ekonomi Emiriah Arab"
            " Bersatu.",
            set(),
        ),
    ],
    "id": [
        ("Pakistan tidak akan menjadi bagian dari Perjanjian Abraham.", {("PK", D)}),
        (
            "Kemlu Pakistan menegaskan negara itu tidak akan menjadi bagian dari Perjanjian"
            " Abraham.",
            {("PK", D)},
        ),
        ("Kazakhstan akan menjadi bagian dari Perjanjian Abraham.", {("KZ", A)}),
        ("Perjanjian Abraham. Pariwisata menjadi bagian dari ekonomi Uni Emirat Arab.", set()),
    ],
    "tr": [
        ("Pakistan İbrahim Anlaşmalarının parçası olmayacak.", {("PK", D)}),
        (
            "Dışişleri, Pakistan'ın İbrahim Anlaşmalarının parçası olmayacağını açıkladı.",
            {("PK", D)},
        ),
        ("Kazakistan İbrahim Anlaşmalarının parçası olacak.", {("KZ", A)}),
        ("İbrahim Anlaşmaları. Turizm, BAE ekonomisinin önemli bir parçası olacak.", set()),
    ],
    "ru": [
        ("Пакистан не станет частью Авраамовых соглашений.", {("PK", D)}),
        ("Казахстан станет частью Авраамовых соглашений.", {("KZ", A)}),
        ("Авраамовы соглашения. Туризм станет частью экономики ОАЭ.", set()),
    ],
    "kk": [
        ("Пәкістан Авраам келісімдерінің бөлігі болмайды.", {("PK", D)}),
        ("Қазақстан Авраам келісімдерінің бөлігі болады.", {("KZ", A)}),
    ],
    "en": [("Pakistan will not become part of the Abraham Accords.", {("PK", D)})],
    "de": [("Pakistan wird nicht Teil der Abraham-Abkommen werden.", {("PK", D)})],
    "fr": [("Le Pakistan ne fera pas partie des accords d'Abraham.", {("PK", D)})],
    "es": [("Pakistán no formará parte de los Acuerdos de Abraham.", {("PK", D)})],
    "ar": [("أكدت الخارجية الباكستانية أن باكستان لن تكون جزءا من اتفاقيات أبراهام.", {("PK", D)})],
    "he": [("משרד החוץ הפקיסטני הבהיר כי פקיסטן לא תהיה חלק מהסכמי אברהם.", {("PK", D)})],
    "fa": [("پاکستان بخشی از پیمان ابراهیم نخواهد بود.", {("PK", D)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_will_become_part(language, text, expected):
    check_case(language, text, expected)
