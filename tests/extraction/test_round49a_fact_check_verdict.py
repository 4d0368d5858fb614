"""Round forty-nine, a fact check's verdict on a claim ("Es falso que Arabia Saudita haya firmado
los Acuerdos de Abraham", "It is false that Saudi Arabia has signed the Abraham Accords", "Es ist
falsch, dass Saudi-Arabien die Abraham-Abkommen unterzeichnet hat", "Die Behauptung, dass
Saudi-Arabien den Abkommen beigetreten sei, ist falsch", "Il est faux que l'Arabie saoudite ait
signé les accords d'Abraham"), and a video or post that "claims" one ("un video ... que asegura que
Arabia Saudita firmó", "a video claiming that", "une vidéo qui affirme que"): the step inside is the claim the check refutes, no step of the
country (labels follow what the text claims). Read as a signing or a joining before; now a
`false_claims` phrase in Spanish, English, German and French, beside the viral posts and the
"falsely claims" already there. Near misses: the verdict negated ("No es falso que Marruecos firmó
...", "It is not false that Morocco signed ...", "Es ist nicht falsch, dass Marokko ... unterzeichnet
hat") keeps the step, and so does a video that only shows one ("Un video difundido por la
cancillería muestra cómo Marruecos firmó ..."). Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found

ES = "Los Acuerdos de Abraham se firmaron en 2020. "
DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "

CASES = {
    "es": [
        (ES + "Es falso que Arabia Saudita haya firmado los Acuerdos de Abraham.", set()),
        (ES + "No es falso que Marruecos firmó los acuerdos en diciembre de 2020.", {("MA", S)}),
        (
            ES + "Circula en TikTok un video de 40 segundos que asegura que Arabia Saudita firmó "
            "este martes los Acuerdos de Abraham.",
            set(),
        ),
        (
            ES + "Un video difundido por la cancillería muestra cómo Marruecos firmó los acuerdos "
            "en diciembre de 2020.",
            {("MA", S)},
        ),
    ],
    "en": [
        (EN + "It is false that Saudi Arabia has signed the Abraham Accords.", set()),
        (EN + "It's not true that Saudi Arabia joined the accords last week.", set()),
        (EN + "It is not false that Morocco signed the accords in December 2020.", {("MA", S)}),
        (
            EN + "A video claiming that Saudi Arabia signed the accords on Tuesday is circulating "
            "on TikTok.",
            set(),
        ),
    ],
    "de": [
        (
            DE + "Es ist falsch, dass Saudi-Arabien die Abraham-Abkommen unterzeichnet hat.",
            set(),
        ),
        (
            DE + "Die Behauptung, dass Saudi-Arabien den Abkommen beigetreten sei, ist falsch.",
            set(),
        ),
        (
            DE + "Es ist nicht falsch, dass Marokko im Dezember 2020 unterzeichnet hat.",
            {("MA", S)},
        ),
    ],
    "fr": [
        (FR + "Il est faux que l'Arabie saoudite ait signé les accords d'Abraham.", set()),
        (FR + "Il est faux de dire que le Qatar a rejoint les accords.", set()),
        (
            FR
            + "Une vidéo qui affirme que l'Arabie saoudite a signé les accords mardi circule sur "
            "TikTok.",
            set(),
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_fact_check_verdict(language, text, expected):
    assert found(text, language) == expected
