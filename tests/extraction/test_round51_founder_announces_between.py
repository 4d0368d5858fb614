"""A founder announcing the agreement between Israel and a country ("The White House announced the
peace deal between Israel and Bahrain", "Washington a annoncé l'accord entre Israël et le Maroc",
"Белый дом объявил о соглашении между Израилем и Бахрейном"): the country's announcement. The
founder before the verb had made the pair its objects and the step was read through a partner
word ("with") only, so nothing was found; now a cue ending on a word for "between" gives the
pair's other side (`assignment._pair_after_between`), in every language. English also reads the
agreement with "a" and with a day between the verb and it ("announced on Thursday a peace
agreement between"; "announced a normalisation deal between Israel and Sudan" had read a signing).
Near misses: a pair with neither founder in it is another agreement and gives nothing; the
White House announcing something else gives nothing. Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, challenge_params, found

CASES = {
    "en": [
        (
            "The White House announced the peace deal between Israel and Bahrain on Friday.",
            {("BH", A)},
        ),
        ("Washington announced the peace deal between Israel and Bahrain.", {("BH", A)}),
        ("Washington announced a normalisation deal between Israel and Sudan.", {("SD", A)}),
        (
            "President Trump announced on Thursday a peace agreement between Israel and the "
            "United Arab Emirates.",
            {("AE", A)},
        ),
        ("The White House announced the peace deal between Armenia and Azerbaijan.", set()),
        ("Trump announced a deal between Armenia and Azerbaijan.", set()),
        ("The White House announced new tariffs on Bahrain and Israel.", set()),
    ],
    "fr": [
        ("La Maison Blanche a annoncé l'accord de paix entre Israël et Bahreïn.", {("BH", A)}),
        ("Washington a annoncé l'accord entre Israël et le Maroc.", {("MA", A)}),
    ],
    "es": [("La Casa Blanca anunció el acuerdo de paz entre Israel y Baréin.", {("BH", A)})],
    "de": [("Das Weiße Haus verkündete die Einigung zwischen Israel und Bahrain.", {("BH", A)})],
    "ru": [("Белый дом объявил о соглашении между Израилем и Бахрейном.", {("BH", A)})],
    "ar": [("أعلن البيت الأبيض عن اتفاق السلام بين إسرائيل والبحرين.", {("BH", A)})],
    "he": [("הבית הלבן הכריז על הסכם השלום בין ישראל לבחריין.", {("BH", A)})],
    "id": [("Gedung Putih mengumumkan kesepakatan damai antara Israel dan Bahrain.", {("BH", A)})],
    "tr": [("Beyaz Saray, İsrail ile Bahreyn arasındaki barış anlaşmasını duyurdu.", {("BH", A)})],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_founder_announces_between(language, text, expected):
    assert found(text, language) == expected
