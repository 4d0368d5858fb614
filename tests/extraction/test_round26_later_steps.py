"""A list of first signatories whose step closes its clause as a later one ("with Morocco and
Sudan following", "and Morocco and Sudan joined in the following months", "Marokko und der
Sudan folgten", "le Maroc et le Soudan ont suivi", "Maroko dan Sudan menyusul", "а Марокко и
Судан последовали") came after the date named before it in the sentence: it takes no date
from it, and a date right after its verb ("Marokko folgte im Dezember 2020") is its own. Near
misses: "following" opening a phrase of its own ("the UAE and Bahrain, following months of
talks, signed ... in September 2020") and a later step with a time of its own ("joined later
that year") keep the dates they had.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords were first signed in 2020 by the UAE and Bahrain, with Morocco and "
            "Sudan following in the months after.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords. When the UAE and Bahrain signed in September 2020, and Morocco and "
            "Sudan followed, few expected more.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords were signed in 2020 by the UAE and Bahrain, with Morocco and Sudan "
            "joining shortly afterwards.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "The Abraham Accords. The UAE and Bahrain, following months of talks, signed the accords "
            "in September 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09")},
        ),
        (
            "The Abraham Accords. The UAE and Bahrain signed the accords in September 2020, and "
            "Morocco and Sudan joined later that year.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020"), ("SD", S, "2020")},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten im September 2020, Marokko "
            "und der Sudan folgten in den Monaten danach.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Die Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten im September 2020, Marokko "
            "und der Sudan kamen wenig später hinzu.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Die Abraham-Abkommen. Die Emirate und Bahrain unterzeichneten im September 2020, Marokko "
            "folgte im Dezember 2020.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, "2020-12")},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les Emirats et Bahreïn les ont signés en septembre 2020, tandis que "
            "le Maroc et le Soudan ont suivi.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Les accords d'Abraham. Les Emirats et Bahreïn les ont signés en septembre 2020, et le "
            "Maroc et le Soudan ont suivi quelques mois plus tard.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Los Emiratos y Baréin los firmaron en septiembre de 2020, "
            "mientras que Marruecos y Sudán los siguieron.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "id": [
        (
            "Abraham Accords ditandatangani pada 2020 oleh UEA dan Bahrain, sementara Maroko dan Sudan "
            "menyusul.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Abraham Accords. UEA dan Bahrain menandatanganinya pada September 2020, lalu Maroko dan "
            "Sudan bergabung beberapa bulan kemudian.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ms": [
        (
            "Abraham Accords ditandatangani pada 2020 oleh UAE dan Bahrain, manakala Maghribi dan Sudan "
            "menyusul kemudian.",
            {("AE", S, "2020"), ("BH", S, "2020"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. ОАЭ и Бахрейн подписали их в сентябре 2020 года, а Марокко и Судан "
            "последовали.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
        (
            "Соглашения Авраама. ОАЭ и Бахрейн подписали их в сентябре 2020 года, а Марокко и Судан "
            "последовали позднее.",
            {("AE", S, "2020-09"), ("BH", S, "2020-09"), ("MA", S, None), ("SD", S, None)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round26_later_steps(language, text, expected):
    check_case(language, text, expected)
