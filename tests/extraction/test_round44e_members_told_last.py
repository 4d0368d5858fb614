"""Round forty-four, a follower after a sentence that ends with the accords' first
signatories in an apposition or a relative clause ("Hargeisa wants to join the accords, the
pact the UAE and Bahrain sealed in 2020. Morocco and Sudan followed later.", "pakatan
normalisasi yang dimeterai Emiriah Arab Bersatu dan Bahrain ... Maghribi dan Sudan menyusul
kemudian"): the members are the last thing told, and the follower goes on with their signing,
not with the wish told before them (`claims._members_told_last`), where Morocco and Sudan had
become candidates. Turkish puts the relative clause before the accords' name, so the members are
not told last there and the sentence is not of this shape. Near misses: a follower after a
sentence whose wish comes after the members still takes the wish, and a follower with a modal
of its own stays a candidate. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

_AE_BH = {("AE", S), ("BH", S)}
_FOLLOWED = {("XS", P), ("MA", S), ("SD", S)} | _AE_BH

CASES = {
    "ms": [
        (
            "Presiden Somaliland menyatakan hasrat untuk menyertai Perjanjian Abraham, pakatan"
            " normalisasi yang dimeterai Emiriah Arab Bersatu dan Bahrain dengan Israel pada 2020."
            " Maghribi dan Sudan menyusul kemudian.",
            _FOLLOWED,
        ),
    ],
    "en": [
        (
            "Somaliland's president said he wants to join the Abraham Accords, which the UAE and"
            " Bahrain signed in 2020. Morocco and Sudan followed later.",
            _FOLLOWED,
        ),
        (
            "Somaliland's president said he wants to join the Abraham Accords, which the UAE and"
            " Bahrain signed in 2020. Oman could follow later.",
            {("XS", P), ("OM", P)} | _AE_BH,
        ),
    ],
    "fr": [
        (
            "Le président du Somaliland a exprimé le souhait de rejoindre les accords d'Abraham,"
            " signés par les Émirats et Bahreïn en 2020. Le Maroc et le Soudan ont suivi plus"
            " tard.",
            _FOLLOWED,
        ),
    ],
    "id": [
        (
            "Presiden Somaliland menyatakan niat bergabung dengan Abraham Accords, kesepakatan yang"
            " diteken Uni Emirat Arab dan Bahrain pada 2020. Maroko dan Sudan menyusul kemudian.",
            _FOLLOWED,
        ),
    ],
    "es": [
        (
            "Somalilandia quiere sumarse a los Acuerdos de Abraham, que Emiratos Árabes Unidos y"
            " Baréin firmaron en 2020. Marruecos y Sudán los siguieron después.",
            _FOLLOWED,
        ),
    ],
    "de": [
        (
            "Somaliland will den Abraham-Abkommen beitreten, die die Emirate und Bahrain 2020"
            " unterzeichnet haben. Marokko und Sudan folgten später.",
            _FOLLOWED,
        ),
    ],
    "ru": [
        (
            "Сомалиленд хочет присоединиться к Авраамовым соглашениям, которые ОАЭ и Бахрейн"
            " подписали в 2020 году. Марокко и Судан последовали позже.",
            _FOLLOWED,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_members_told_last(language, text, expected):
    check_case(language, text, expected)
