"""Round forty-four's pass over the known misses, Chad named in a list of candidates ("Chad and
Niger come up in conversations", "Le Tchad est parfois cité comme un candidat possible",
"النيجر وتشاد"): Chad was a stop name in every language (a given name in English, Lake Chad,
and in Arabic a word read inside others), so it was never a country. It is one now: the name is
matched whole, a given name before a surname or a speaking verb takes no step of its own, and
"Lake Chad" names a place beside no step (`stop_names` lose Chad in all twelve languages;
Hebrew's CLDR name is written with the geresh "צ׳אד", so the apostrophe spelling "צ'אד" and
"ניז'ר" for Niger are `aliases`). Near misses: Chad as the counterpart after "with" ("avec le
Tchad"), the lake as a place, a person named Chad who speaks about another country. Own
sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

_TD = {("TD", P)}
_TD_NE = {("TD", P), ("NE", P)}

CASES = {
    "en": [
        ("Chad and Niger come up in conversations about the Abraham Accords.", _TD_NE),
        ("Chad could also join the Abraham Accords.", _TD),
        # near misses: the lake, a given name
        ("Nigeria, on the shores of Lake Chad, could join the Abraham Accords.", {("NG", P)}),
        (
            "Chad Wolf, a former official, said Saudi Arabia could join the Abraham Accords.",
            {("SA", P)},
        ),
    ],
    "fr": [
        ("Le Tchad est parfois cité comme un candidat possible aux accords d'Abraham.", _TD),
        ("Les accords d'Abraham. Le Soudan a gelé tout contact avec le Tchad.", set()),
        ("Le Niger, riverain du lac Tchad, pourrait rejoindre les accords d'Abraham.", {("NE", P)}),
    ],
    "de": [
        ("Auch Tschad und Niger könnten den Abraham-Abkommen beitreten.", _TD_NE),
    ],
    "es": [
        ("Chad y Níger también podrían sumarse a los Acuerdos de Abraham.", _TD_NE),
    ],
    "ar": [
        ("قد تنضم تشاد والنيجر أيضا إلى اتفاقيات أبراهام.", _TD_NE),
    ],
    "ru": [
        ("Чад и Нигер тоже могут присоединиться к Авраамовым соглашениям.", _TD_NE),
    ],
    "tr": [
        ("Çad ve Nijer de İbrahim Anlaşmalarına katılabilir.", _TD_NE),
    ],
    "id": [
        ("Chad juga bisa bergabung dengan Abraham Accords.", _TD),
    ],
    "ms": [
        ("Chad dan Niger juga mungkin menyertai Perjanjian Abraham.", _TD_NE),
    ],
    "he": [
        ("מאוריטניה וצ'אד עשויות להצטרף להסכמי אברהם.", {("MR", P), ("TD", P)}),
        ("צ'אד עשויה להצטרף להסכמי אברהם.", _TD),
        ("גם ניז'ר עשויה להצטרף להסכמי אברהם.", {("NE", P)}),
    ],
    "fa": [
        ("چاد ممکن است به پیمان ابراهیم بپیوندد.", _TD),
    ],
    "kk": [
        ("Чад пен Нигер де Авраам келісімдеріне қосылуы мүмкін.", _TD_NE),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_chad_named(language, text, expected):
    check_case(language, text, expected)
