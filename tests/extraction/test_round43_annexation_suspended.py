"""Round forty-three, the price the Emirates got in 2020 told beside their normalisation ("in
exchange for a suspension of annexation", "en échange du gel de l'annexion", "im Gegenzug für die
Aussetzung der Annexion", "a cambio de congelar la anexión", "ilhakın askıya alınması
karşılığında"): the halt word's own object is the annexation, so it halts nothing of the
normalisation in its clause (`off_topic`, en fr de es tr; Arabic, Hebrew, Persian, Russian,
Indonesian and Malay read it already). Near misses: normalisation talks suspended, frozen "over
the annexation plans" or put on hold, stay a halt. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, U, challenge_params, check_case

CASES = {
    "en": [
        (
            "The UAE agreed to normalize ties with Israel in exchange for a suspension of"
            " annexation plans.",
            {("AE", A)},
        ),
        (
            "The Emirates agreed to normalize relations with Israel, which in return halted"
            " annexation in the West Bank.",
            {("AE", A)},
        ),
        (
            "The UAE agreed to normalize relations with Israel in return for the freezing of"
            " annexation.",
            {("AE", A)},
        ),
        (
            "Saudi Arabia announced the suspension of normalization talks with Israel.",
            {("SA", U)},
        ),
        (
            "Saudi Arabia froze normalization talks with Israel over the annexation plans.",
            {("SA", U)},
        ),
    ],
    "fr": [
        (
            "Les Émirats arabes unis ont accepté de normaliser leurs relations avec Israël en"
            " échange de la suspension de l'annexion.",
            {("AE", A)},
        ),
        (
            "Les Émirats ont accepté de normaliser leurs relations avec Israël, en échange du gel"
            " de l'annexion.",
            {("AE", A)},
        ),
        ("L'Arabie saoudite a annoncé le gel de la normalisation avec Israël.", {("SA", U)}),
    ],
    "de": [
        (
            "Die Emirate erklärten sich bereit, die Beziehungen zu Israel zu normalisieren; dafür"
            " wurden die Annexionspläne auf Eis gelegt.",
            {("AE", A)},
        ),
        ("Saudi-Arabien hat die Normalisierung mit Israel ausgesetzt.", {("SA", U)}),
    ],
    "es": [
        (
            "Emiratos aceptó normalizar las relaciones con Israel a cambio de congelar la anexión.",
            {("AE", A)},
        ),
        ("Arabia Saudita anunció la suspensión de la normalización con Israel.", {("SA", U)}),
    ],
    "tr": [
        (
            "BAE, ilhakın askıya alınması karşılığında İsrail ile ilişkilerini normalleştirmeyi"
            " kabul etti.",
            {("AE", A)},
        ),
        (
            "Suudi Arabistan, Gazze savaşı nedeniyle İsrail ile normalleşme görüşmelerini askıya"
            " aldı.",
            {("SA", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_annexation_suspended(language, text, expected):
    check_case(language, text, expected)
