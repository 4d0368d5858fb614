"""An adverb between an auxiliary and its verb ("will soon join", "will never sign", "akan
segera bergabung", "va bientôt rejoindre") leaves the cue whole: a neutral adverb keeps its step,
a negation turns it (a refusal; a fact negated is no step) and a hedge weakens an announcement to
a prospect.  Own sentences, written for this test."""

import pytest

from accords.extraction.languages import (
    expand_alternatives,
    get_language,
    inner_adverb_step,
    read_raw,
)
from accords.extraction.matching import adverb_hits, scan_all
from accords.extraction.text import fold_phrase
from tests.extraction.found import A, D, P, S, check_case


def test_a_neutral_adverb_keeps_the_step_a_negation_turns_it_a_hedge_weakens_it():
    assert inner_adverb_step("announced", "") == "announced"
    assert inner_adverb_step("announced", "negation") == "declined"
    assert inner_adverb_step("announced", "modal") == "prospective"


def test_a_negated_fact_and_a_hedged_fact_give_no_step():
    assert inner_adverb_step("signed", "negation") is None
    assert inner_adverb_step("signed", "modal") is None
    assert inner_adverb_step("signed", "") == "signed"


def _cue_steps(code, text):
    lang = get_language(code)
    folded = fold_phrase(text)
    return {
        (folded[hit.start : hit.end], entry.payload)
        for hit in scan_all(lang, folded)[1]
        for entry in hit.entries
        if entry.category == "status"
    }


def test_the_adverbs_are_read_inside_the_cue_which_spans_them():
    assert ("will soon join", "announced") in _cue_steps("en", "Oman will soon join the accords")
    assert ("will very soon join", "announced") in _cue_steps(
        "en", "Oman will very soon join the accords"
    )
    assert ("will never join", "declined") in _cue_steps("en", "Oman will never join the accords")
    assert ("will likely join", "prospective") in _cue_steps(
        "en", "Oman will likely join the accords"
    )


def test_two_adverbs_are_read_together_and_a_negation_among_them_turns_the_step():
    assert ("will also soon join", "announced") in _cue_steps(
        "en", "Oman will also soon join the accords"
    )
    assert ("will also never join", "declined") in _cue_steps(
        "en", "Oman will also never join the accords"
    )


def test_a_negated_fact_gives_no_cue_through_its_adverb():
    assert not [
        step
        for span, step in _cue_steps("en", "Oman has never signed the accords")
        if "has" in span
    ]


def test_no_auxiliary_or_no_adverb_after_it_gives_no_hit():
    lang = get_language("en")
    for text in ("oman will join the accords", "oman soon joined the accords", "chas soon join"):
        assert adverb_hits(lang, text) == []


def _auxiliary_led_cues(code, limit=60):
    raw = read_raw(code)
    auxiliaries = {fold_phrase(word) for word in raw.get("auxiliaries", [])}
    found = []
    for phrases in raw["cues"].values():
        for phrase in phrases:
            variant = next(iter(expand_alternatives(phrase)))
            first, _, rest = variant.partition(" ")
            if (
                rest
                and "~" not in rest
                and not rest.endswith("*")
                and fold_phrase(first) in auxiliaries
            ):
                found.append(fold_phrase(variant))
    return found[:limit]


@pytest.mark.parametrize("code", ["en", "es", "fr", "id", "ms"])
def test_every_cue_opening_with_an_auxiliary_is_found_with_a_neutral_adverb_inside(code):
    raw = read_raw(code)
    negations = {fold_phrase(word) for word in raw.get("negations", [])}
    modals = {fold_phrase(word) for word in raw.get("modals", [])}
    adverb = next(
        fold_phrase(word)
        for word in raw["inner_adverbs"]
        if fold_phrase(word).split(" ")[0] not in negations | modals
    )
    cues = _auxiliary_led_cues(code)
    assert cues
    for cue in cues:
        first, _, rest = cue.partition(" ")
        plain = {step for span, step in _cue_steps(code, f"x {cue} y") if span == cue}
        inside = {
            step
            for span, step in _cue_steps(code, f"x {first} {adverb} {rest} y")
            if span == f"{first} {adverb} {rest}"
        }
        assert plain <= inside, cue


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


def test_what_is_kept_by_an_entries_tuple_does_not_grow_with_every_article():
    """finding._kinds and matching.tail_screen keep what they read by the id of a
    hit's entries: an adverb hit must hand the same tuple each time, or a worker
    reading article after article would keep one more for every hit."""
    from accords.extraction import extract, finding, matching

    text = (
        "Kazakhstan will soon join the Abraham Accords. Oman will also soon join them. "
        "Saudi Arabia will very soon normalise relations with Israel."
    )
    extract(text, language="en")
    sizes = len(finding._KINDS), len(matching._SCREENS), len(matching._WITH_ADVERBS)
    for _ in range(3):
        extract(text, language="en")
    assert (len(finding._KINDS), len(matching._SCREENS), len(matching._WITH_ADVERBS)) == sizes
