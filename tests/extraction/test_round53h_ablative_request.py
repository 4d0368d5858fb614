"""Turkish: the country a request is made of, in the ablative ("ABD, Suudi Arabistan'dan İbrahim
Anlaşmalarına katılmasını istedi", "Trump, Suudi Arabistan'dan ... katılmasını talep etti"): the
country asked is a candidate (prospective), the founder asking nothing.  A country in the
ablative was read as a place or origin ("from Saudi Arabia") and left out; it is now the one
asked when a candidacy cue closing with a request verb (`ablative_requests`: "istedi", "talep
etti", ...) follows it in its clause, as the dative already was the one pressed ("Umman'a ...
baskı").  Only Turkish marks the one asked so; the other languages say "asked Saudi Arabia to
join" with the country as object, read before.  Near misses: "Kazakistan'dan sonra" (after
Kazakhstan) and "Suudi Arabistan'dan dönen Trump" (back from Saudi Arabia) make nobody asked."""

import pytest

from tests.extraction.found import P, found


@pytest.mark.parametrize(
    "text",
    [
        "ABD, Suudi Arabistan'dan İbrahim Anlaşmalarına katılmasını istedi.",
        "Trump, Suudi Arabistan'dan İbrahim Anlaşmalarına katılmasını talep etti.",
        "Washington, Suudi Arabistan'dan İbrahim Anlaşmalarına katılmasını istiyor.",
    ],
)
def test_the_country_asked_in_the_ablative_is_a_candidate(text):
    assert found(text, "tr") == {("SA", P)}


@pytest.mark.xfail(
    strict=True,
    reason="a country asking (not a founder) takes the candidacy as its subject, as one "
    "pressing another in the dative does ('Katar, Umman'a ... baskı yapıyor')",
)
def test_a_country_asking_takes_nothing():
    assert found("Katar, Suriye'den İbrahim Anlaşmalarına katılmasını istedi.", "tr") == {("SY", P)}


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Kazakistan'dan sonra Suudi Arabistan'ın İbrahim Anlaşmalarına katılması bekleniyor.",
            {("SA", P)},
        ),
        (
            "Suudi Arabistan'dan dönen Trump, Umman'ın İbrahim Anlaşmalarına katılmasını istedi.",
            {("OM", P)},
        ),
    ],
)
def test_an_ablative_of_time_or_origin_is_not_asked(text, expected):
    assert found(text, "tr") == expected
