"""Round fifty-one, the "real" or "ultimate" prize in Hebrew ("הפרס האמיתי, ריאד, מתרחק", "ערב
הסעודית היא הפרס האמיתי", "ריאד היא הפרס האולטימטיבי"): a country called the prize is others'
candidate, as "הפרס הגדול" and "the real prize" already were; Hebrew knew only the big, main,
central and coveted prize (`cues` prospective, he). English and Arabic already read the real and
the ultimate prize. Near misses: a prize of another kind ("הפרס האמיתי של הערב הלך לשחקנית") and
the prize named with no country give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

HE = "הסכמי אברהם נחתמו ב-2020. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "he": [
        (HE + "הממשלה אוספת ישויות, בזמן שהפרס האמיתי, ריאד, מתרחק.", {("SA", P)}),
        (HE + "ערב הסעודית היא הפרס האמיתי.", {("SA", P)}),
        (HE + "ריאד היא הפרס האולטימטיבי של המדיניות האמריקנית.", {("SA", P)}),
        (HE + "הפרס האמיתי של הערב הלך לשחקנית מירושלים.", set()),
        (HE + "איש אינו יודע מהו הפרס האמיתי.", set()),
    ],
    "en": [
        (EN + "The real prize, Riyadh, is drifting away.", {("SA", P)}),
        (EN + "The real prize of the evening went to an actress from Haifa.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_real_prize_he(language, text, expected):
    assert found(text, language) == expected
