"""Round forty-nine, a joining told as catching up with the caravan or jumping on the bandwagon
("وقبل المغرب الذي لحق بالركب في ديسمبر من العام نفسه", "والرباط التي لحقت بالركب", "Fas da
aralıkta kervana katıldı", "Morocco jumped on the bandwagon in December"): the idiom was read only
with its object named ("بركب التطبيع") or in the future or when urged, so a past joining told bare
gave nothing, and a first signatory took the date of the signing named before it. Arabic (the verb
right before its object, as in a relative clause; the verb first with the subject between is left
out: it took a date from the next clause's signing), Turkish and English. Near misses: catching up
in another field ("مصر التي لحقت بالركب في مجال الطاقة الشمسية", a new off-topic phrase), a
pilgrims' caravan ("hac kervanına katıldı"), and the negated idiom ("لم تلحق تونس بالركب", "did not
jump on the bandwagon") give nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import S, challenge_params, found_dated

AR = "وُقّعت اتفاقيات أبراهام في 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
EN = "The Abraham Accords were signed in 2020. "

CASES = {
    "ar": [
        (
            AR + "بعد الإمارات التي وقعت في سبتمبر 2020، وقبل المغرب الذي لحق بالركب في ديسمبر من "
            "العام نفسه.",
            {("AE", S), ("MA", S, "2020-12")},
        ),
        (AR + "والرباط التي لحقت بالركب في ديسمبر 2020.", {("MA", S, "2020-12")}),
        (AR + "مصر التي لحقت بالركب في مجال الطاقة الشمسية.", set()),
        (AR + "لم تلحق تونس بالركب.", set()),
    ],
    "tr": [
        (TR + "Fas da aralık 2020'de kervana katıldı.", {("MA", S, "2020-12")}),
        (TR + "Fas da aralıkta hac kervanına katıldı.", set()),
    ],
    "en": [
        (EN + "Morocco jumped on the bandwagon in December 2020.", {("MA", S, "2020-12")}),
        (EN + "Tunisia did not jump on the bandwagon.", set()),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_caught_up_with_caravan(language, text, expected):
    assert found_dated(text, language, {"MA"}) == expected
