"""An adverb between an auxiliary and its verb ("will soon join", "will never sign", "akan
segera bergabung", "va bientôt rejoindre") leaves the cue whole: a neutral adverb keeps its step,
a negation turns it (a refusal; a fact negated is no step) and a hedge weakens an announcement to
a prospect.  Own sentences, written for this test."""

import pytest

from accords.extraction.languages import with_inner_adverbs
from tests.extraction.found import A, D, P, S, check_case

# auxiliaries, adverbs with their folded first word, negations, modals
WORDS = (
    {"will", "has"},
    [("soon", "soon"), ("never", "never"), ("likely", "likely")],
    {"never", "not"},
    {"likely"},
)


def test_an_adverb_after_an_auxiliary_is_read_into_the_cue():
    assert set(with_inner_adverbs(["will join"], "announced", WORDS)) == {
        ("will join", "announced"),
        ("will soon join", "announced"),
        ("will never join", "declined"),
        ("will likely join", "prospective"),
    }


def test_a_negated_fact_and_a_hedged_fact_give_no_variant():
    assert set(with_inner_adverbs(["has signed"], "signed", WORDS)) == {
        ("has signed", "signed"),
        ("has soon signed", "signed"),
    }


def test_only_a_cue_opening_with_an_auxiliary_takes_an_adverb():
    assert list(with_inner_adverbs(["joined", "signed ~ accords"], "signed", WORDS)) == [
        ("joined", "signed"),
        ("signed ~ accords", "signed"),
    ]


CASES = [
    ("en", "Malaysia will never join the Abraham Accords, its prime minister said.", {("MY", D)}),
    ("en", "Algeria will never sign the Abraham Accords, the foreign minister vowed.", {("DZ", D)}),
    (
        "en",
        "Oman will likely sign the Abraham Accords next year, diplomats in Muscat say.",
        {("OM", P)},
    ),
    ("en", "Oman will probably join the Abraham Accords, a Gulf official predicted.", {("OM", P)}),
    (
        "en",
        "Mauritania would probably sign the Abraham Accords if asked, analysts believe.",
        {("MR", P)},
    ),
    ("en", "Oman is expected to eventually join the Abraham Accords.", {("OM", P)}),
    (
        "en",
        "Azerbaijan will soon join the Abraham Accords, the foreign ministry announced.",
        {("AZ", A)},
    ),
    (
        "fr",
        "Le Kazakhstan va bientôt rejoindre les accords d'Abraham, a annoncé Astana.",
        {("KZ", A)},
    ),
    ("fr", "L'Azerbaïdjan pourrait également rejoindre les accords d'Abraham.", {("AZ", P)}),
    (
        "fr",
        "L'Algérie ne va jamais rejoindre les accords d'Abraham, a tranché son président.",
        {("DZ", D)},
    ),
    (
        "es",
        "Azerbaiyán podría también unirse a los Acuerdos de Abraham, según fuentes diplomáticas.",
        {("AZ", P)},
    ),
    (
        "id",
        "Indonesia tak akan pernah menandatangani Perjanjian Abraham, kata menteri luar negeri.",
        {("ID", D)},
    ),
    (
        "id",
        "Kazakhstan akan segera bergabung dengan Perjanjian Abraham, kata Gedung Putih.",
        {("KZ", A)},
    ),
    (
        "ms",
        "Kazakhstan akan turut menyertai Perjanjian Abraham, menurut kenyataan Rumah Putih.",
        {("KZ", A)},
    ),
    (
        "ms",
        "Malaysia tidak akan sekali-kali menyertai Perjanjian Abraham, tegas perdana menteri.",
        {("MY", D)},
    ),
    # the negation of a future signing or joining, told around the verb
    (
        "de",
        "Algerien wird die Abraham-Abkommen niemals unterzeichnen, sagte der Minister.",
        {("DZ", D)},
    ),
    ("de", "Malaysia werde sich den Abraham-Abkommen nie anschließen, sagte Anwar.", {("MY", D)}),
    ("ar", "قال وزير الخارجية إن الجزائر لن توقع أبدا على اتفاقيات أبراهام.", {("DZ", D)}),
    ("tr", "Cezayir İbrahim Anlaşmalarını hiçbir zaman imzalamayacak, dedi bakan.", {("DZ", D)}),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_inner_adverb(language, text, expected):
    check_case(language, text, expected)


# Signing idioms a member's background is told with, in a text about the accords
IDIOMS = [
    (
        "en",
        "The Abraham Accords were launched in 2020. Sudan put pen to paper in January 2021.",
        {("SD", S)},
    ),
    (
        "es",
        "Los Acuerdos de Abraham nacieron en 2020. Sudán estampó su firma en enero de 2021.",
        {("SD", S)},
    ),
    (
        "ms",
        "Perjanjian Abraham dimeterai pada 2020. Sudan menurunkan tandatangan pada Januari 2021.",
        {("SD", S)},
    ),
    (
        "de",
        "Die Abraham-Abkommen feiern Jubiläum. Marokko ist seit Dezember 2020 mit von der Partie.",
        {("MA", S)},
    ),
]


@pytest.mark.parametrize("language, text, expected", IDIOMS)
def test_signing_idiom(language, text, expected):
    check_case(language, text, expected)
