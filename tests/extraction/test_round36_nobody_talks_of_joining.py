"""Round thirty-six, "nobody talks of joining": a clause saying that no one in a country speaks
of joining the accords told that country's joining (Persian "... کسی از پیوستن سخن نمی‌گوید",
read as an announcement; in French and Russian the negation made it a refusal). Nobody raising a
joining is neither a step nor the government's own refusal: the phrase is an open question
(`questions` before the joining; Persian `doubts_after`, the negated verb after it). Near misses:
officials who do talk of joining, and a refusal in the next clause or sentence, still count.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "fa": [
        ("در ترکمنستان اما کسی از پیوستن به پیمان ابراهیم سخن نمی‌گوید.", set()),
        ("در عشق‌آباد هیچ کس از پیوستن به پیمان‌های ابراهیم صحبت نمی‌کند.", set()),
        # near miss: officials who do speak of it
        ("مقام‌های ترکمنستان از پیوستن به پیمان ابراهیم سخن گفتند.", {("TM", A)}),
        # near miss: a refusal in the next sentence
        (
            "در ترکمنستان کسی از پیوستن سخن نمی‌گوید. وزیر خارجه ترکمنستان گفت کشورش به پیمان ابراهیم "
            "نخواهد پیوست.",
            {("TM", D)},
        ),
    ],
    "en": [
        ("In Ashgabat, however, nobody talks of joining the Abraham Accords.", set()),
        ("In Turkmenistan, though, no one speaks about joining the Abraham Accords.", set()),
        ("Turkmenistan announced that it will join the Abraham Accords.", {("TM", A)}),
    ],
    "fr": [
        ("Au Turkménistan, personne ne parle d'adhérer aux accords d'Abraham.", set()),
        (
            "Le Turkménistan ne rejoindra pas les accords d'Abraham, a déclaré son ministre.",
            {("TM", D)},
        ),
    ],
    "ru": [
        ("В Туркменистане никто не говорит о присоединении к Соглашениям Авраама.", set()),
        (
            "Туркменистан не присоединится к Соглашениям Авраама, заявил министр.",
            {("TM", D)},
        ),
    ],
    "es": [
        ("En Turkmenistán nadie habla de sumarse a los Acuerdos de Abraham.", set()),
    ],
    "de": [
        ("In Turkmenistan spricht niemand von einem Beitritt zu den Abraham-Abkommen.", set()),
    ],
    "id": [
        (
            "Di Turkmenistan, tidak ada yang membicarakan bergabung dengan Perjanjian Abraham.",
            set(),
        ),
        ("Turkmenistan mengumumkan akan bergabung dengan Perjanjian Abraham.", {("TM", A)}),
    ],
    "ms": [
        ("Di Turkmenistan, tiada siapa bercakap tentang menyertai Perjanjian Abraham.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_nobody_talks_of_joining(language, text, expected):
    check_case(language, text, expected)
