"""Talks on a normalisation deal, told with the verb of talks and the deal as its object
("Oman was negotiating a normalisation agreement with Israel", "Mascate discute de
normalisation avec Israël", "Оман обсуждает с Израилем нормализацию", "كانت عُمان تتفاوض على
اتفاق تطبيع"): reported talks, so negotiating. English had read the verb only with a bare
"normalisation" right after it; Arabic read the deal "with Israel" as a prospect; Persian, Indonesian,
Malay and Kazakh missed the deal or the past tense between the topic and the verb; the verbs of
discussion ("discussing", "discute", "diskutiert über", "обсуждает", "membahas", "דנו ב",
"ناقشت", "normalleşmeyi görüşüyor") were read nowhere with normalisation. Near misses: talks on
something else (a trade deal, a ceasefire) give nothing; talks stopped are a suspension; denied
or negated talks are a refusal or nothing, never talks; Kazakh talks told in the pluperfect ("had
been negotiating until 2023") are talks over and give nothing; Indonesian and Malay discussion is
read only in progress ("sedang membahas"), a bare "membahas normalisasi" halted in the next sentence
being the halt alone. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, N, U, challenge_params, found

CASES = {
    "en": [
        ("Muscat and Israel were negotiating a normalisation of ties.", {("OM", N)}),
        ("Oman negotiated a normalization deal with Israel last spring.", {("OM", N)}),
        ("Oman is negotiating a normalisation agreement with Israel.", {("OM", N)}),
        ("Oman is quietly discussing normalisation with Israel.", {("OM", N)}),
        ("Oman is in talks over a normalization deal with Israel.", {("OM", N)}),
        ("Oman is holding talks on normalising relations with Israel.", {("OM", N)}),
        ("Oman is negotiating a trade deal with Israel.", set()),
        ("Oman is negotiating a ceasefire with Israel.", set()),
        ("Oman denied negotiating a normalisation deal with Israel.", {("OM", D)}),
        ("Oman is not negotiating a normalisation agreement with Israel.", set()),
        ("Oman has not discussed normalisation with Israel.", set()),
        ("Oman said it had stopped negotiating a normalisation deal with Israel.", {("OM", U)}),
    ],
    "fr": [
        ("Oman et Israël négociaient un accord de normalisation.", {("OM", N)}),
        ("Oman discute de normalisation avec Israël.", {("OM", N)}),
        ("Oman discute d'un cessez-le-feu avec Israël.", set()),
        ("Oman ne discute pas de normalisation avec Israël.", {("OM", D)}),
    ],
    "es": [
        ("Omán e Israel negociaban la normalización de sus relaciones.", {("OM", N)}),
        ("Omán discute la normalización con Israel.", {("OM", N)}),
        ("Omán discute un alto el fuego con Israel.", set()),
        ("Omán no discute la normalización con Israel.", set()),
    ],
    "de": [
        ("Oman verhandelte mit Israel über ein Normalisierungsabkommen.", {("OM", N)}),
        ("Oman diskutiert mit Israel über eine Normalisierung.", {("OM", N)}),
        ("Oman diskutiert mit Israel über eine Waffenruhe.", set()),
        ("Oman diskutiert nicht über eine Normalisierung mit Israel.", set()),
    ],
    "ru": [
        ("Оман вёл переговоры с Израилем о соглашении о нормализации.", {("OM", N)}),
        ("Оман обсуждает с Израилем нормализацию отношений.", {("OM", N)}),
        ("Оман обсуждает с Израилем перемирие.", set()),
        ("Оман не обсуждает нормализацию с Израилем.", set()),
    ],
    "ar": [
        ("كانت عمان تتفاوض على اتفاق تطبيع مع إسرائيل.", {("OM", N)}),
        ("عمان تتفاوض مع إسرائيل على تطبيع العلاقات.", {("OM", N)}),
        ("تفاوضت عمان وإسرائيل حول اتفاقية تطبيع.", {("OM", N)}),
        ("ناقشت عمان وإسرائيل التطبيع.", {("OM", N)}),
        ("عمان تتفاوض مع إسرائيل على اتفاق تجاري.", set()),
        ("ناقشت عمان وإسرائيل وقف إطلاق النار.", set()),
        ("علقت عمان المفاوضات مع إسرائيل حول التطبيع.", {("OM", U)}),
        ("نفت عمان أنها تتفاوض على اتفاق تطبيع مع إسرائيل.", {("OM", D)}),
    ],
    "he": [
        ("עומאן מנהלת משא ומתן עם ישראל על הסכם נורמליזציה.", {("OM", N)}),
        ("עומאן וישראל דנו בנורמליזציה.", {("OM", N)}),
        ("עומאן וישראל דנו בהפסקת אש.", set()),
        ("עומאן לא דנה בנורמליזציה עם ישראל.", set()),
    ],
    "fa": [
        ("عمان و اسرائیل درباره توافق عادی‌سازی مذاکره می‌کردند.", {("OM", N)}),
        ("عمان با اسرائیل درباره عادی‌سازی روابط مذاکره می‌کرد.", {("OM", N)}),
        ("عمان با اسرائیل درباره توافق تجاری مذاکره می‌کرد.", set()),
        ("عمان مذاکره درباره توافق عادی‌سازی با اسرائیل را متوقف کرد.", {("OM", U)}),
    ],
    "tr": [
        ("Umman, İsrail ile normalleşme anlaşması için müzakere ediyordu.", {("OM", N)}),
        ("Umman, İsrail ile normalleşmeyi görüşüyor.", {("OM", N)}),
        ("Umman, İsrail ile ateşkes için müzakere ediyordu.", set()),
        ("Umman, İsrail ile normalleşme müzakerelerini askıya aldı.", {("OM", U)}),
    ],
    "id": [
        ("Oman sedang merundingkan kesepakatan normalisasi dengan Israel.", {("OM", N)}),
        ("Oman dan Israel sedang membahas normalisasi hubungan.", {("OM", N)}),
        ("Oman dan Israel membahas normalisasi. Pembicaraan itu kemudian dibekukan.", {("OM", U)}),
        ("Oman sedang merundingkan kesepakatan dagang dengan Israel.", set()),
        ("Oman tidak sedang membahas normalisasi dengan Israel.", set()),
        ("Oman membantah merundingkan kesepakatan normalisasi dengan Israel.", {("OM", D)}),
    ],
    "ms": [
        ("Oman sedang merundingkan perjanjian normalisasi dengan Israel.", {("OM", N)}),
        ("Oman dan Israel sedang membincangkan normalisasi hubungan.", {("OM", N)}),
        (
            "Oman dan Israel membincangkan normalisasi. Rundingan itu kemudiannya dibekukan.",
            {("OM", U)},
        ),
        ("Oman sedang merundingkan perjanjian perdagangan dengan Israel.", set()),
        ("Oman tidak sedang membincangkan normalisasi dengan Israel.", set()),
    ],
    "kk": [
        ("Оман Израильмен қалыпқа келтіру туралы келіссөз жүргізді.", {("OM", N)}),
        ("Оман Израильмен қалыпқа келтіру жөнінде келіссөздер жүргізіп отыр.", {("OM", N)}),
        ("Оман Израильмен сауда келісімі туралы келіссөз жүргізді.", set()),
        (
            "2023 жылға дейін Оман Израильмен қалыпқа келтіру жөнінде келіссөз жүргізген болатын.",
            set(),
        ),
        ("Оман Израильмен қалыпқа келтіру туралы келіссөздерді тоқтатты.", {("OM", U)}),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_talks_on_a_normalisation_deal(language, text, expected):
    assert found(text, language) == expected
