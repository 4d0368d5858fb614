"""Round forty-seven, an offer or an invitation a country has not yet answered ("Azerbaijan has
yet to reply to Washington's offer", "لم ترد باكو بعد على العرض الأمريكي", "teklife Bakü hâlâ cevap
vermedi", "باکو هنوز به پیشنهاد ... پاسخ نداده است"): the country is weighing it, a candidate, as
"weighing an offer to join" already was; and in Turkish the proposal of a country's joining with
the day and an adverb between the object and the verb ("katılmasını dün resmen önerdi"). In
English the open "has yet to" read as a question no longer hides the reply it opens. Near misses:
an offer of another agreement (a defence pact) gives nothing; "has yet to sign" stays no claim;
a Turkish proposal of something else after a welcome of a joining gives nothing. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, found

EN = "The Abraham Accords were signed in 2020. "
AR = "وقعت اتفاقيات أبراهام عام 2020. "
TR = "İbrahim Anlaşmaları 2020'de imzalandı. "
FA = "پیمان ابراهیم در سال ۲۰۲۰ امضا شد. "

CASES = {
    "en": [
        (EN + "Azerbaijan has yet to reply to Washington's offer.", {("AZ", P)}),
        (EN + "Baku has not yet answered the invitation it received in the spring.", {("AZ", P)}),
        (EN + "Riyadh has yet to respond to the US offer of a defence pact.", set()),
        (EN + "Azerbaijan has yet to sign.", set()),
    ],
    "ar": [
        (AR + "ولم ترد باكو بعد على العرض الأمريكي للانضمام إلى الاتفاقيات.", {("AZ", P)}),
        (AR + "ولم تستجب طشقند حتى الآن للدعوة التي وجهها البيت الأبيض.", {("UZ", P)}),
        (AR + "لم ترد الرياض بعد على عرض واشنطن لاتفاقية دفاع مشترك.", set()),
    ],
    "tr": [
        (TR + "Geçen ay kendisine yapılan teklife Bakü hâlâ cevap vermedi.", {("AZ", P)}),
        (TR + "Taşkent, Beyaz Saray'ın davetine henüz yanıt vermiş değil.", {("UZ", P)}),
        (
            TR + "ABD yönetiminin, Azerbaycan'ın anlaşmalara katılmasını dün resmen önerdiği "
            "öğrenildi.",
            {("AZ", P)},
        ),
        (
            TR + "Kazakistan'ın anlaşmalara katılmasını memnuniyetle karşılayan Suudi yetkili, "
            "yeni bir ticaret anlaşması önerdi.",
            set(),
        ),
    ],
    "fa": [
        (FA + "باکو هنوز به پیشنهاد ماه گذشته پاسخ نداده است.", {("AZ", P)}),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_unanswered_offer(language, text, expected):
    assert found(text, language) == expected
