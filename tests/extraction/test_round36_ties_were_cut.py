"""Round thirty-six, ties told as cut in the passive, with the envoy who "came back": Hebrew
"השגריר ... חזר ממדינת ישראל וכי הקשרים הכלכליים עם ישראל נותקו" and Persian "روابط اقتصادی با
اسرائیل قطع شده است" gave no halt (the active "ניתקה את הקשרים" and the noun "قطع روابط اقتصادی"
were known). Now the economic ties a few words before a passive cut (`status` suspended:
"(הקשרים|היחסים) (הכלכליים|...) ~ (נותקו|הוקפאו|הושעו)", "(روابط|مناسبات) (اقتصادی|تجاری) ~ قطع
(شد|شده|گردید)") and an ambassador who came back from Israel ("(השגריר|שגריר) ~ חזר (ממדינת
ישראל|מישראל)") are a halt, as English, French, Russian, Spanish, German and Indonesian already
read them. Near misses: an ambassador returning to his post, a negated cut, another pair's ties.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import U, challenge_params, check_case

CASES = {
    "he": [
        (
            "בנובמבר 2023 הודיע הפרלמנט בבחריין כי השגריר הבחרייני חזר ממדינת ישראל.",
            {("BH", U)},
        ),
        ("בחריין הודיעה כי הקשרים הכלכליים עם ישראל נותקו.", {("BH", U)}),
        ("שגריר בחריין חזר לתל אביב.", set()),
    ],
    "fa": [
        (
            "در نوامبر ۲۰۲۳ پارلمان بحرین اعلام کرد که روابط اقتصادی با اسرائیل قطع شده است.",
            {("BH", U)},
        ),
        ("بحرین گفت روابط اقتصادی با اسرائیل قطع نشده است.", set()),
        ("روابط اقتصادی ایران با اروپا قطع شده است.", set()),
    ],
    "en": [
        (
            "In November 2023 Bahrain's parliament said economic ties with Israel had been cut.",
            {("BH", U)},
        ),
    ],
    "ru": [
        (
            "В ноябре 2023 года парламент Бахрейна объявил, что экономические связи с Израилем разорваны.",
            {("BH", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_ties_were_cut(language, text, expected):
    check_case(language, text, expected)
