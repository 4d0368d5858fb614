"""Round forty-seven, a refusal echoed as "the same refusal" (Malay "Malaysia dan Indonesia pun
telah berulang kali menyatakan penolakan yang sama", Indonesian "menyatakan penolakan serupa",
English "voiced the same rejection", Russian "заявила о таком же отказе", French "a exprimé le
même refus", Spanish "expresó el mismo rechazo", German "äußerte die gleiche Ablehnung"): like
"took the same position" (`continuations_after`) it takes the step of the sentence before, so it
is a refusal only where that sentence told one. Near miss: the same rejection of something else
told before (the recognition of Somaliland condemned) is no claim. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import D, challenge_params, found

CASES = {
    "ms": [
        (
            "Brunei tidak akan menyertai Perjanjian Abraham. Malaysia dan Indonesia pun telah "
            "berulang kali menyatakan penolakan yang sama.",
            {("BN", D), ("MY", D), ("ID", D)},
        ),
        (
            "Perjanjian Abraham ditandatangani pada 2020. Somalia mengecam pengiktirafan itu. "
            "Mesir dan Turki menyatakan penolakan yang sama.",
            set(),
        ),
    ],
    "id": [
        (
            "Malaysia menolak bergabung dengan Perjanjian Abraham. Brunei juga menyatakan "
            "penolakan yang sama.",
            {("MY", D), ("BN", D)},
        ),
        (
            "Perjanjian Abraham diteken pada 2020. Somalia mengecam keras langkah tersebut. "
            "Mesir, Turki, dan Djibouti juga menyatakan penolakan serupa.",
            set(),
        ),
    ],
    "en": [
        (
            "Malaysia refuses to join the Abraham Accords. Indonesia has voiced the same "
            "rejection.",
            {("MY", D), ("ID", D)},
        ),
        ("Somalia condemned the recognition. Egypt and Turkey voiced the same rejection.", set()),
    ],
    "ru": [
        (
            "Малайзия отказалась присоединиться к Авраамовым соглашениям. Индонезия заявила о "
            "таком же отказе.",
            {("MY", D), ("ID", D)},
        ),
    ],
    "fr": [
        (
            "La Malaisie refuse de rejoindre les accords d'Abraham. L'Indonésie a exprimé le même "
            "refus.",
            {("MY", D), ("ID", D)},
        ),
    ],
    "es": [
        (
            "Malasia rechaza unirse a los Acuerdos de Abraham. Indonesia expresó el mismo rechazo.",
            {("MY", D), ("ID", D)},
        ),
    ],
    "de": [
        (
            "Malaysia lehnt einen Beitritt zu den Abraham-Abkommen ab. Indonesien äußerte die "
            "gleiche Ablehnung.",
            {("MY", D), ("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_same_refusal(language, text, expected):
    assert found(text, language) == expected
