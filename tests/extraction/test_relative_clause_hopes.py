"""A hope, a belief or a push told inside a relative clause that a comma closes before the main
verb ("Oman, which some had hoped might follow the Emirates, has said it will not normalise ties")
is the relative clause's own: it neither weakens the main clause's step nor turns its negation
into a push not to join.  A hope in the main clause still does ("Washington had hoped Oman would
not normalise": the pusher's wish, no claim), and a modal of the main clause still weakens.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import D, P, S, challenge_params, check_case

CASES = {
    "en": [
        (
            "The Abraham Accords. Oman, which some had hoped might follow the Emirates, has said "
            "it will not normalise ties with Israel.",
            {("OM", D), ("OM", P), ("AE", S)},
        ),
        (
            "The Abraham Accords. Oman, which Washington hoped would join, has said it will not "
            "normalise ties with Israel.",
            {("OM", D), ("OM", P)},
        ),
        # near misses: the hope or the modal in the main clause
        (
            "The Abraham Accords. Washington had hoped Oman would not normalise ties with Israel.",
            set(),
        ),
        ("The Abraham Accords. Oman, which has ties with Israel, might join.", {("OM", P)}),
    ],
    "fr": [
        (
            "Les accords d'Abraham. Oman, qui pourrait rejoindre les accords selon certains, a exclu "
            "toute normalisation avec Israël.",
            {("OM", D), ("OM", P)},
        ),
    ],
    "id": [
        (
            "Perjanjian Abraham. Oman, yang diharapkan Washington akan bergabung, menyatakan tidak "
            "akan menormalisasi hubungan dengan Israel.",
            {("OM", D), ("OM", P)},
        ),
    ],
    "ru": [
        (
            "Авраамовы соглашения. Оман, который, как надеялись в Вашингтоне, мог бы "
            "присоединиться, заявил, что не будет нормализовать отношения с Израилем.",
            {("OM", D), ("OM", P)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_hope_inside_a_closed_relative_clause_is_its_own(language, text, expected):
    check_case(language, text, expected)
