"""Round thirty-five (a pass over the golden set's known misses): "would only join ... if/once
<condition>" is interest and a refusal as things stand (rule 4), as "would join, but only if"
is. "would only join" is one cue, so the split restriction "only ~ if" was not found inside
it: the cue gave the interest alone, and "will only join" gave nothing. A split restriction's
one-word head inside a joining cue with one of its tails after it in the cue's clause now adds
the refusal (`languages.restriction_heads`, derived from `restrictions`;
`steps._restricted_inside`), and a joining still to come so limited is interest, not a
decision. English "only" may stand inside "will ~ join" (`inner_adverbs`); Russian
"присоединилась бы" (the conditional particle after the past) is interest (`cues`), so "...
только если" adds the refusal. Near misses: "only" with no tail after it, a tail in the next
sentence, and a conditional with no restriction keep their single step. Own sentences,
written for these tests."""

import pytest

from tests.extraction.found import A, D, P, challenge_params, check_case

CASES = {
    "en": [
        (
            "Saudi Arabia would only join the Abraham Accords if a Palestinian state is created.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Riyadh would only join the Abraham Accords once a credible route to a Palestinian "
            "state was in place.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Oman could only join the Abraham Accords when the war in Gaza is over.",
            {("OM", P), ("OM", D)},
        ),
        (
            "Saudi Arabia will only join the Abraham Accords if a Palestinian state is created.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Saudi Arabia will only join the Abraham Accords once a Palestinian state exists.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Kazakhstan will only join the Abraham Accords formally next year.",
            {("KZ", A)},
        ),
        (
            "Riyadh would only join the Abraham Accords, he said. Once that happens, trade will "
            "follow.",
            {("SA", P)},
        ),
    ],
    "ru": [
        (
            "Саудовская Аравия присоединилась бы к Авраамовым соглашениям только если будет "
            "создано палестинское государство.",
            {("SA", P), ("SA", D)},
        ),
        (
            "Оман вступил бы в Авраамовы соглашения только после создания палестинского "
            "государства.",
            {("OM", P), ("OM", D)},
        ),
        (
            "Саудовская Аравия присоединилась бы к Авраамовым соглашениям, если бы её попросили.",
            {("SA", P)},
        ),
        (
            "Казахстан присоединился к Авраамовым соглашениям в ноябре.",
            {("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_only_inside_cue(language, text, expected):
    check_case(language, text, expected)
