"""Round forty-five, the announcement of a normalisation with the definite article, as fact boxes
and timelines write it ("13 août 2020 : annonce de la normalisation entre Israël et les Émirats",
"announcement of the normalization between", "anuncio de la normalización entre", "Bekanntgabe
der Normalisierung zwischen"): the country's announcement at that date, where a dated line
holding a normalisation word had read it as a signing (the round forty-four announced cues with
"un accord de paix", "a peace deal", widened to the normalisation itself). Near misses: an
announcement of another normalisation (of gas prices) gives nothing; a wish for the
announcement is a candidacy. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "fr": [
        (
            "Les accords d'Abraham en dates.\n13 août 2020 : annonce de la normalisation entre "
            "Israël et les Émirats arabes unis.\n15 septembre 2020 : signature à la Maison-Blanche.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "Les accords d'Abraham. L'annonce de la normalisation des relations entre Israël et le "
            "Maroc, le 10 décembre 2020, a surpris.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Les accords d'Abraham. L'annonce de la normalisation des prix du gaz entre l'Égypte et "
            "Israël a été reportée.",
            set(),
        ),
        (
            "Les accords d'Abraham. Donald Trump espère l'annonce de la normalisation entre Israël "
            "et l'Arabie saoudite avant la fin de l'année.",
            {("SA", P)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords in dates.\nAug 13, 2020: announcement of the normalization between "
            "Israel and the United Arab Emirates.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "The Abraham Accords. The announcement of normalisation of relations between Israel and "
            "Morocco on 10 December 2020 came as a surprise.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "The Abraham Accords. Trump hopes for the announcement of normalization between Israel "
            "and Saudi Arabia before the end of the year.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham en fechas.\n13 de agosto de 2020: anuncio de la normalización "
            "entre Israel y los Emiratos Árabes Unidos.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "Los Acuerdos de Abraham. El anuncio de la normalización de relaciones entre Israel y "
            "Marruecos, el 10 de diciembre de 2020, sorprendió.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Los Acuerdos de Abraham. Trump espera el anuncio de la normalización entre Israel y "
            "Arabia Saudí antes de fin de año.",
            {("SA", P)},
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen in Daten.\n13. August 2020: Bekanntgabe der Normalisierung "
            "zwischen Israel und den Vereinigten Arabischen Emiraten.",
            {("AE", A, "2020-08-13")},
        ),
        (
            "Die Abraham-Abkommen. Die Bekanntgabe der Normalisierung der Beziehungen zwischen "
            "Israel und Marokko am 10. Dezember 2020 kam überraschend.",
            {("MA", A, "2020-12-10")},
        ),
        (
            "Die Abraham-Abkommen. Trump hofft auf die Bekanntgabe der Normalisierung zwischen "
            "Israel und Saudi-Arabien noch in diesem Jahr.",
            {("SA", P)},
        ),
    ],
}

KNOWN_MISSES = {
    "en-3": "a wish for the announcement: the split cue 'hopes for ... normalization' ends inside "
    "the longer announcement cue, which wins, as it did with 'the announcement of a peace deal'",
    "es-3": "a wish for the announcement: 'espera' (waits for, hopes for) before a noun phrase is "
    "no modal, as with 'el anuncio de un acuerdo de paz' before",
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announcement_of_normalisation(language, text, expected):
    check_case(language, text, expected)
