"""Round forty-four, the announcement of a peace deal told as a noun with the indefinite article,
as timelines and fact boxes do ("13 août 2020 : annonce d'un accord de paix entre les Émirats
arabes unis et Israël", "anuncio de un acuerdo de paz entre", "Bekanntgabe eines
Friedensabkommens zwischen"): the country's announcement, dated by its line, as the definite
article ("l'annonce de l'accord de paix") and the English "announcement of a peace deal" were
read already (announced cues fr es de, the same entries widened). Near misses: the announcement
of a ceasefire or a trade deal gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found_dated

AE_DAY = {("AE", A, "2020-08-13")}

CASES = {
    "fr": [
        (
            "Les accords d'Abraham en dates\n"
            "- 13 août 2020 : annonce d'un accord de paix entre les Émirats arabes unis et Israël.",
            AE_DAY,
        ),
        (
            "Les accords d'Abraham en dates. 2025 : annonce d'un accord de cessez-le-feu entre "
            "Israël et le Hamas, négocié avec le Qatar.",
            set(),
        ),
        (
            "Les accords d'Abraham en dates. 2023 : annonce d'un accord commercial entre les "
            "Émirats arabes unis et l'Inde.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham en fechas. 13 de agosto de 2020: anuncio de un acuerdo de paz "
            "entre los Emiratos Árabes Unidos e Israel.",
            AE_DAY,
        ),
        (
            "Los Acuerdos de Abraham en fechas. 2025: anuncio de un acuerdo de alto el fuego entre "
            "Israel y Hamás, negociado con Catar.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen in Daten. 13. August 2020: Bekanntgabe eines Friedensabkommens "
            "zwischen den Vereinigten Arabischen Emiraten und Israel.",
            AE_DAY,
        ),
        (
            "Die Abraham-Abkommen in Daten. 2023: Bekanntgabe eines Handelsabkommens zwischen den "
            "Vereinigten Arabischen Emiraten und Indien.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords in dates. 13 August 2020: announcement of a peace deal between "
            "the UAE and Israel.",
            AE_DAY,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_announcement_of_a_deal(language, text, expected):
    assert found_dated(text, language, {"AE"}) == expected
