"""Round forty-seven, haste told with a negation ("Kazakhstan wasted no time and announced it would
join", Malay "tidak membuang masa", Indonesian "tidak membuang waktu", Russian "не теряя
времени", French "n'a pas perdu de temps", Spanish "no perdió tiempo", German "verlor keine
Zeit", Turkish "vakit kaybetmeden", and "did not hesitate"): an idiom holding a negation word that
negates nothing (`not_negations`); the joining after it stands, where it was read as a refusal.
Near miss: a refusal said outright after it ("... and will not join them") stays a refusal. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, found

CASES = {
    "en": [
        (
            "The Abraham Accords were signed in 2020. Kazakhstan wasted no time and announced it "
            "would join the accords.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords were signed in 2020. Kazakhstan did not hesitate to announce it "
            "would join the accords.",
            {("KZ", A)},
        ),
        (
            "The Abraham Accords were signed in 2020. Kazakhstan did not waste time on the accords "
            "and will not join them.",
            {("KZ", D)},
        ),
    ],
    "ms": [
        (
            "Perjanjian Abraham ditandatangani pada 2020. Kazakhstan tidak membuang masa dan terus "
            "mengumumkan akan menyertai perjanjian itu.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham diteken pada 2020. Kazakhstan tidak membuang waktu dan langsung "
            "menyatakan bergabung dengan perjanjian itu.",
            {("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама подписаны в 2020 году. Казахстан, не теряя времени, объявил о "
            "присоединении к соглашениям.",
            {("KZ", A)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham ont été signés en 2020. Le Kazakhstan n'a pas perdu de temps et "
            "a annoncé qu'il rejoindrait les accords.",
            {("KZ", A)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham se firmaron en 2020. Kazajistán no perdió tiempo y anunció "
            "que se uniría a los acuerdos.",
            {("KZ", A)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen wurden 2020 unterzeichnet. Kasachstan verlor keine Zeit und "
            "kündigte seinen Beitritt zu den Abkommen an.",
            {("KZ", A)},
        ),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları 2020'de imzalandı. Kazakistan vakit kaybetmeden anlaşmalara "
            "katılacağını açıkladı.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_wasted_no_time(language, text, expected):
    assert found(text, language) == expected
