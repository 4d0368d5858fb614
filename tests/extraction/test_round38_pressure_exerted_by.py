"""Round thirty-eight, pressure told as a noun with the presser in a relative or participle after it
("pressure exerted by Washington on the Yemeni government to join"): the country pressed is
prospective (rule 3) ("ضغوط تمارسها واشنطن على ... للانضمام", "pressions exercées par Washington
sur ... pour rejoindre", "presiones ejercidas por Washington sobre ... para sumarse"). The pressed
country is often given by its adjective ("the Yemeni government"), so Yemen's adjective is now a
demonym in Arabic, German, Spanish, Persian, French, Hebrew, Russian and Turkish (English had it).
Near misses: a Yemeni speaker reporting another country's signing, and pressure on something that
is no joining. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, S, challenge_params, check_case

CASES = {
    "ar": [
        (
            "اتفاقيات أبراهام. تحدثت تقارير عن ضغوط تمارسها واشنطن على الحكومة اليمنية للانضمام إلى الاتفاقيات.",
            {("YE", P)},
        ),
        ("اتفاقيات أبراهام. قال الوزير اليمني إن الإمارات وقعت الاتفاقيات عام 2020.", {("AE", S)}),
    ],
    "en": [
        (
            "The Abraham Accords. He spoke of pressure exerted by Washington on the Yemeni government to join the accords.",
            {("YE", P)},
        ),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Des pressions exercées par Washington sur le gouvernement yéménite pour rejoindre les accords.",
            {("YE", P)},
        ),
        (
            "Les accords d'Abraham. Des pressions exercées par Washington sur le gouvernement yéménite pour baisser les prix du carburant.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Presiones ejercidas por Washington sobre el gobierno yemení para sumarse a los acuerdos.",
            {("YE", P)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_pressure_exerted_by(language, text, expected):
    check_case(language, text, expected)
