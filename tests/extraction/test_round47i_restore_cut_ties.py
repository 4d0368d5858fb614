"""Round forty-seven, a country that could restore ties it once cut with Israel ("Nouakchott could
revive the ties it cut in 2010", "Mauritania could restore its ties with Israel", French "pourrait
rétablir les relations qu'elle a rompues", Spanish "podría restablecer los lazos que rompió",
Hebrew "עשויה לחדש את יחסיה עם ישראל", "לחדש את הקשרים שניתקה"): restoring ties is establishing
them anew, an announced cue that a modal makes a candidacy, as "could restore ties with Israel"
already was; the ties may now have a possessive or an article and "revive" is said as "restore"
is (English, French, Spanish, Hebrew `cues` announced). The year of the cut named after the cue is
the past the candidacy recalls: a candidacy takes no year before the accords' first signing
(`confidence._ACCORDS_YEAR`). Near misses: ties with another country ("restore its ties with
Iran"), and reviving something else ("revive its economy") give nothing; "will restore its
diplomatic relations with Israel" is an announcement. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

EN = "The Abraham Accords were signed in 2020. "
FR = "Les accords d'Abraham ont été signés en 2020. "
ES = "Los Acuerdos de Abraham se firmaron en 2020. "
HE = "הסכמי אברהם נחתמו ב-2020. "

CASES = {
    "en": [
        (
            EN + "A study of the Abraham Accords argues Nouakchott could revive the ties it cut "
            "in 2010.",
            {("MR", P, None)},
        ),
        (EN + "Analysts say Mauritania could restore its ties with Israel.", {("MR", P)}),
        (EN + "Mauritania will restore its diplomatic relations with Israel.", {("MR", A)}),
        (EN + "Analysts say Mauritania could restore its ties with Iran.", set()),
        (EN + "Analysts say Sudan could revive its economy.", set()),
    ],
    "fr": [
        (
            FR + "Selon des analystes, la Mauritanie pourrait rétablir les relations qu'elle a "
            "rompues avec Israël en 2010.",
            {("MR", P, None)},
        ),
    ],
    "es": [
        (
            ES + "Según analistas, Mauritania podría restablecer los lazos que rompió con Israel "
            "en 2010.",
            {("MR", P, None)},
        ),
    ],
    "he": [
        (HE + "לפי אנליסטים, מאוריטניה עשויה לחדש את יחסיה עם ישראל.", {("MR", P)}),
        (HE + "לפי אנליסטים, מאוריטניה עשויה לחדש את הקשרים שניתקה ב-2010.", {("MR", P, None)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_restore_cut_ties(language, text, expected):
    check_case(language, text, expected)
