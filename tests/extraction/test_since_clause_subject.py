"""A country right after "since" (or "since" and "that": "desde que") with its own verb right
after it is the subject of that verb, not the object of a founder's step before "since":
"Washington has been trying to expand the accords since Kazakhstan agreed to join" tells
Kazakhstan's joining, not a candidacy. Near misses: a country the founder's step names before
"since" ("trying to bring Saudi Arabia in since 2020") and a country after "since" with no verb
of its own ("since Saudi Arabia's refusal") keep the step before.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Washington has been trying to expand the Abraham Accords since Kazakhstan agreed to join in "
            "November.",
            {("KZ", A)},
        ),
        (
            "Washington has been pushing to expand the Abraham Accords since Kazakhstan joined in November.",
            {("KZ", A)},
        ),
        (
            "Washington has been trying to bring Saudi Arabia into the Abraham Accords since 2020.",
            {("SA", P)},
        ),
    ],
    "es": [
        (
            "Washington intenta ampliar los Acuerdos de Abraham desde que Kazajistán se sumó en noviembre.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Washington berupaya memperluas Abraham Accords sejak Kazakhstan bergabung pada November.",
            {("KZ", A)},
        ),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_the_country_after_since_is_its_own_verbs_subject(language, text, expected):
    check_case(language, text, expected)
