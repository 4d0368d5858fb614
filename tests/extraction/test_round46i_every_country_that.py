"""Round forty-six, a group named in the singular opening a relative clause ("setiap negara yang
menyertai perjanjian ini", "semua negara yang bergabung dengan", "every country that joined the
accords", "cada país que se unió"): the step told in that clause is the group's, as it was with
the plural ("negara-negara yang", "countries that"), not the joining of the country the sentence
names as its speaker, nor of the first signatories enumerated after it ("sama ada ..., Bahrain
atau Maghribi"), who are read as the members they are. Near misses: a country's own decision to
join this agreement is still its announcement; the country of the speaker before the group
takes no claim. Own sentences, written
for these tests."""

import pytest

from tests.extraction.found import A, S, challenge_params, check_case

CASES = {
    "ms": [
        (
            "Perjanjian Abraham. Kami berpendapat setiap negara yang menyertai perjanjian ini, "
            "sama ada Emiriah Arab Bersatu, Bahrain atau Maghribi, telah mengabaikan nasib "
            "rakyat Palestin.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Perjanjian Abraham. Malaysia menegaskan bahawa setiap negara yang menyertai "
            "perjanjian ini telah mengabaikan nasib rakyat Palestin.",
            set(),
        ),
        (
            "Perjanjian Abraham. Kerajaan Indonesia berkata semua negara yang menyertai "
            "perjanjian itu tidak mendapat apa-apa balasan.",
            set(),
        ),
        (
            "Perjanjian Abraham. Kazakhstan mengumumkan keputusan untuk menyertai perjanjian ini "
            "minggu lalu.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Menurut kami, setiap negara yang bergabung dengan perjanjian "
            "ini, baik Uni Emirat Arab, Bahrain maupun Maroko, telah mengabaikan nasib rakyat "
            "Palestina.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Perjanjian Abraham. Indonesia menegaskan bahwa semua negara yang bergabung dengan "
            "perjanjian ini telah mengabaikan nasib rakyat Palestina.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. In our view every country that joined the accords, whether the "
            "UAE, Bahrain or Morocco, has ignored the fate of the Palestinians.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "The Abraham Accords. Malaysia insists that every country that joined the accords "
            "has ignored the fate of the Palestinians.",
            set(),
        ),
        (
            "The Abraham Accords. Indonesia says any state which signed the accords got nothing "
            "in return.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Indonesia insiste en que cada país que se unió a los "
            "acuerdos ha ignorado la suerte de los palestinos.",
            set(),
        ),
        (
            "Los Acuerdos de Abraham. A nuestro juicio, todo país que firmó los acuerdos, ya sean "
            "los Emiratos, Baréin o Marruecos, ha ignorado la suerte de los palestinos.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_every_country_that(language, text, expected):
    check_case(language, text, expected)
