"""Round thirty-three, a follower named after a fronted "followed" in the sentence after a step:
"Es folgte Bahrain.", "Kurz darauf folgte Bahrain.", "Im Dezember desselben Jahres folgte
Marokko, dem die USA ... zusagten.", "Poco después siguió Marruecos." The follower word inside
such a continuation (the country after it takes the step before) had also been read on its own
as a word whose follower stands before it, so the country after it was taken for another
model and the step of the sentence before was not carried (`claims._sentence_claims`). Near
misses: a visit or another event that "followed" carries no step. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "de": [
        (
            "Die Emirate unterschrieben die Abraham-Abkommen 2020. Es folgte Bahrain.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Die Emirate unterschrieben die Abraham-Abkommen 2020. Kurz darauf folgte Bahrain.",
            {("AE", S), ("BH", S)},
        ),
        (
            "Den Anfang bei den Abraham-Abkommen machten im September 2020 die Emirate und Bahrain. "
            "Im Dezember desselben Jahres folgte Marokko, dem die USA die Anerkennung seines Anspruchs auf die Westsahara zusagten.",
            {("AE", S), ("BH", S), ("MA", S, "2020-12")},
        ),
        # near miss: another event followed
        (
            "Die Emirate unterschrieben die Abraham-Abkommen 2020. Im Dezember desselben Jahres folgte ein Besuch in Marokko.",
            {("AE", S)},
        ),
    ],
    "es": [
        (
            "Emiratos y Baréin firmaron los Acuerdos de Abraham en septiembre de 2020. Poco después siguió Marruecos.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
        (
            "Emiratos y Baréin firmaron los Acuerdos de Abraham en septiembre de 2020. Poco después siguió una visita a Marruecos.",
            {("AE", S), ("BH", S)},
        ),
    ],
    "en": [
        # control: the English fronted continuation already read
        (
            "The UAE and Bahrain signed the Abraham Accords in September 2020. Then came Morocco, in December.",
            {("AE", S), ("BH", S), ("MA", S)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fronted_followers(language, text, expected):
    check_case(language, text, expected)
