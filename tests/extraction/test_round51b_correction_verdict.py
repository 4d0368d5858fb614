"""Round fifty-one, a correction notice's verdict: a claim told as what was said before, then
called wrong by the sentence after it, from its opening words ("Wir hatten berichtet, Oman habe
seinen Beitritt angekündigt. Das stimmt nicht.", "... had joined the accords. That is
incorrect.", "... присоединился к соглашениям. Это неверно.", "C'est inexact.", "Bu doğru
değil.", "Esto es incorrecto."): the sentence before the verdict gives no claim; the corrected
account told after it counts (`retractions`, every language). Near misses: the verdict with a
speaker and a reason in its own clause ("Das ist falsch, sagen Kritiker, denn ...", "That is
wrong, the senator said, because ...") is an opinion about the step, which stands; a verdict
deep in a sentence ("..., und das ist falsch") retracts nothing. Own sentences, written for these
tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

DE = "Die Abraham-Abkommen wurden 2020 unterzeichnet. "
EN = "The Abraham Accords were signed in 2020. "
RU = "Авраамовы соглашения были подписаны в 2020 году. "
FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "

CASES = {
    "de": [
        (
            DE + "Wir hatten berichtet, Oman habe seinen Beitritt zu den Abraham-Abkommen "
            "angekündigt. Das stimmt nicht; Maskat hat sich dazu nicht geäußert.",
            set(),
        ),
        (
            DE + "In der Meldung hieß es, Kasachstan habe die Abraham-Abkommen unterzeichnet. "
            "Das ist falsch. Richtig ist: Kasachstan hat seinen Beitritt zu den "
            "Abraham-Abkommen erklärt.",
            {("KZ", A)},
        ),
        (
            DE + "Oman hat seinen Beitritt zu den Abraham-Abkommen angekündigt. Das ist falsch, "
            "sagen Kritiker, denn der Schritt sei längst überfällig.",
            {("OM", A)},
        ),
    ],
    "en": [
        (
            EN + "An article on Monday said Oman had joined the Abraham Accords. That is "
            "incorrect: Muscat has made no such statement.",
            set(),
        ),
        (
            EN + "Kazakhstan signed the Abraham Accords at the White House, our report said. "
            "This was wrong. Kazakhstan has announced it will join the Abraham Accords.",
            {("KZ", A)},
        ),
        (
            EN + "Oman has joined the Abraham Accords. That is wrong, the senator said, because "
            "the deal ignores the Palestinians.",
            {("OM", A)},
        ),
    ],
    "ru": [
        (
            RU + "В заметке говорилось, что Оман присоединился к Авраамовым соглашениям. Это "
            "неверно.",
            set(),
        ),
        (
            RU + "Оман присоединился к Авраамовым соглашениям, и это ошибка, считают критики.",
            {("OM", A)},
        ),
    ],
    "fr": [
        (
            FR + "Nous avions écrit qu'Oman avait rejoint les accords d'Abraham. C'est inexact.",
            set(),
        ),
    ],
    "es": [
        (
            ES + "En la versión del lunes se dijo que Omán se había sumado a los Acuerdos de "
            "Abraham. Esto es incorrecto.",
            set(),
        ),
    ],
    "tr": [
        (TR + "Haberde Umman'ın İbrahim Anlaşmaları'na katıldığı yazıldı. Bu doğru değil.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_correction_verdict(language, text, expected):
    assert found(text, language) == expected
