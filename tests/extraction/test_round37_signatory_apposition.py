"""Round thirty-seven, a country described as one of the accords' signatories in an apposition or
a participle ("בחריין, אחת החתומות על ההסכמים", "بحرین، یکی از امضاکنندگان این توافق",
"anlaşmaları imzalayan ülkelerden biri olan Fas"): signed, as "one of the signatories", "l'un des
signataires", "uno de los firmantes", "einer der Unterzeichner", "один из подписантов" and
"salah satu penandatangan" already were, also beside a halt of its own. Near misses: a country
that is no signatory ("אינה חתומה על", "از امضاکنندگان این توافق نیست", "imzalayan ülkelerden
biri değil"), and a signatory of another charter. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, U, challenge_params, check_case

CASES = {
    "he": [
        (
            "הסכמי אברהם. בחריין, אחת החתומות על ההסכמים, הקפיאה את הקשרים הכלכליים עם ישראל.",
            {("BH", S), ("BH", U)},
        ),
        (
            "הסכמי אברהם. מרוקו, החתומה על ההסכמים מאז 2020, רשמה שיא של תיירים ישראלים.",
            {("MA", S)},
        ),
        ("הסכמי אברהם. ריאד אינה חתומה על הסכמי אברהם.", set()),
        ("הסכמי אברהם. אינדונזיה חתומה על אמנת מועצת השלום.", set()),
    ],
    "fa": [
        (
            "توافق ابراهیم. بحرین، یکی از امضاکنندگان این توافق، در نوامبر ۲۰۲۳ سفیر خود را فراخواند.",
            {("BH", S), ("BH", U)},
        ),
        ("توافق ابراهیم. عربستان از امضاکنندگان این توافق نیست.", set()),
    ],
    "tr": [
        (
            "İbrahim Anlaşmaları. Anlaşmaları imzalayan ülkelerden biri olan Fas, turizmde rekor kırdı.",
            {("MA", S)},
        ),
        (
            "İbrahim Anlaşmaları. Suudi Arabistan anlaşmaları imzalayan ülkelerden biri değil.",
            set(),
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Bahrain, one of the signatories of the accords, froze its economic ties with Israel.",
            {("BH", S), ("BH", U)},
        ),
    ],
    "es": [
        (
            "Los Acuerdos de Abraham. Baréin, uno de los firmantes de los acuerdos, congeló sus lazos económicos con Israel.",
            {("BH", S), ("BH", U)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Бахрейн, один из подписантов соглашений, заморозил экономические связи с Израилем.",
            {("BH", S), ("BH", U)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_signatory_apposition(language, text, expected):
    check_case(language, text, expected)
