"""Round forty-four, a country that makes any normalisation conditional on a Palestinian state
("Riyadh conditions any normalisation on a clear path to a Palestinian state", Hebrew "ריאד
חוזרת ומתנה כל נורמליזציה בדרך ברורה למדינה פלסטינית"): a precondition, declined. Hebrew read
"מתנה כל" only before progress, a step, "נרמול" or an accession, not before the loanword
"נורמליזציה" (`cues.declined`, he); the other languages already read the construction and are
kept here so that it stays read. Near misses: the same verb before another matter (an arms
deal conditioned on Congress) gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, challenge_params, check_case

_SA = {("SA", D)}

CASES = {
    "he": [
        ("ריאד חוזרת ומתנה כל נורמליזציה בדרך ברורה למדינה פלסטינית.", _SA),
        ("ערב הסעודית מתנה כל נורמליזציה עם ישראל בהקמת מדינה פלסטינית.", _SA),
        ("ריאד מתנה כל עסקת נשק באישור הקונגרס.", set()),
    ],
    "en": [
        ("Riyadh conditions any normalisation on a clear path to a Palestinian state.", _SA),
        ("Riyadh conditions any arms deal on approval by Congress.", set()),
    ],
    "fr": [
        ("Riyad conditionne toute normalisation à un chemin vers un État palestinien.", _SA),
    ],
    "es": [("Riad condiciona cualquier normalización a un Estado palestino.", _SA)],
    "de": [("Riad macht jede Normalisierung von einem palästinensischen Staat abhängig.", _SA)],
    "ru": [
        ("Эр-Рияд обусловливает любую нормализацию созданием палестинского государства.", _SA),
    ],
    "tr": [("Riyad, normalleşmeyi Filistin devletinin kurulması şartına bağlıyor.", _SA)],
    "ar": [("الرياض تشترط لأي تطبيع مسارا واضحا نحو دولة فلسطينية.", _SA)],
    "fa": [("ریاض هرگونه عادی‌سازی را به مسیر روشنی برای تشکیل کشور فلسطینی مشروط می‌کند.", _SA)],
    "id": [
        (
            "Riyadh mensyaratkan setiap normalisasi dengan jalan yang jelas menuju negara Palestina.",
            _SA,
        )
    ],
    "ms": [
        (
            "Riyadh mensyaratkan sebarang normalisasi dengan laluan yang jelas ke arah negara Palestin.",
            _SA,
        )
    ],
    "kk": [
        (
            "Эр-Рияд кез келген қалыпқа келтіруді Палестина мемлекетінің құрылуымен байланыстырады.",
            _SA,
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_conditions_any_normalisation(language, text, expected):
    check_case(language, text, expected)
