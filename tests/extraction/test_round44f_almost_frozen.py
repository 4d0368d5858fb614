"""Round forty-four, ties with Israel told as almost frozen, an adverb of degree before the
adjective ("הקשר עם ישראל כמעט קפוא", "היחסים עם ישראל כמעט קפואים", "Sudan's ties with Israel
are almost frozen", "علاقات السودان مع إسرائيل شبه مجمدة", "están casi congeladas"), and the
Hebrew tie in the singular ("הקשר עם ישראל קפוא"): a halt, suspended (`cues.suspended`, he en ar
es; German "fast eingefroren", French "quasiment gelées" and Russian "почти заморожены" were read
already). The Arabic entry needs "with Israel" right before it, so talks with another country
after a trade deal with Israel and a comma halt nothing. Near misses: a lake almost frozen, a
frozen tie between two people, ties between a club and a federation. Own sentences, written for
these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "he": [
        ("סודן חתמה על הסכמי אברהם. מאז הקשר עם ישראל קפוא.", {("SD", S), ("SD", U)}),
        ("סודן חתמה על הסכמי אברהם. מאז היחסים עם ישראל כמעט קפואים.", {("SD", S), ("SD", U)}),
        ("בסודן פרצה לפני שנתיים מלחמת אזרחים קשה, ומאז הקשר עם ישראל כמעט קפוא.", {("SD", U)}),
        ("הסכמי אברהם. הקשר בין השחקן לבמאי קפוא מאז הסרט האחרון.", set()),
    ],
    "en": [
        ("The Abraham Accords. Sudan's ties with Israel are almost frozen.", {("SD", U)}),
        (
            "The Abraham Accords. Sudan's ties with Israel have been nearly frozen since 2023.",
            {("SD", U)},
        ),
        (
            "The Abraham Accords. The lake near Abu Dhabi's embassy in Oslo was almost frozen.",
            set(),
        ),
    ],
    "ar": [
        ("اتفاقيات أبراهام. علاقات السودان مع إسرائيل شبه مجمدة.", {("SD", U)}),
        (
            "وقع السودان على اتفاقيات أبراهام. ومنذ ذلك الحين باتت العلاقات مع إسرائيل شبه مجمدة.",
            {("SD", S), ("SD", U)},
        ),
        ("اتفاقيات أبراهام. العلاقات بين نادي الخرطوم واتحاد الكرة شبه مجمدة.", set()),
        (
            "اتفاقيات أبراهام. وقعت الإمارات اتفاقا تجاريا مع إسرائيل، فيما المفاوضات مع السودان شبه مجمدة.",
            set(),
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Las relaciones de Sudán con Israel están casi congeladas.",
            {("SD", U)},
        ),
        (
            "Los Acuerdos de Abraham. El lago junto a la embajada de Emiratos en Oslo está casi congelado.",
            set(),
        ),
    ],
    "de": [
        (
            "Die Abraham-Abkommen. Die Beziehungen des Sudan zu Israel sind fast eingefroren.",
            {("SD", U)},
        )
    ],
    "fr": [
        (
            "Les accords d'Abraham. Les relations du Soudan avec Israël sont quasiment gelées.",
            {("SD", U)},
        )
    ],
    "ru": [("Авраамовы соглашения. Отношения Судана с Израилем почти заморожены.", {("SD", U)})],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_almost_frozen(language, text, expected):
    check_case(language, text, expected)
