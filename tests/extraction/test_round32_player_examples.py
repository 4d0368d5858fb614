""" "a major player like Saudi Arabia has said it will not join", "Сауд Арабиясы сияқты ірі
ойыншы ... бармайтынын", "Suudi Arabistan gibi büyük bir oyuncu", "pemain besar seperti Arab
Saudi": a single big player, power or state "like" a country names that country as its example,
so the country is the subject, as in "countries such as" (`examples`). Near misses: a comparison
with a big player after a verb of comparing, and a player's joining told as a prediction, give
the country nothing.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "en": [
        (
            "Kazakhstan will join the Abraham Accords. But a major player like Saudi Arabia has "
            "repeatedly said it will not join until a Palestinian state is created.",
            {("KZ", A), ("SA", D)},
        ),
        (
            "Kazakhstan will join the Abraham Accords. Analysts compare it with a big player like "
            "Saudi Arabia.",
            {("KZ", A)},
        ),
    ],
    "kk": [
        (
            "Қазақстан Авраам келісімдеріне қосылады. Бірақ Сауд Арабиясы сияқты ірі ойыншы "
            "Палестина мемлекеті құрылмайынша бұл қадамға бармайтынын бірнеше рет мәлімдеген.",
            {("KZ", A), ("SA", D)},
        ),
    ],
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmalarına katılacak. Ancak Suudi Arabistan gibi büyük bir "
            "oyuncu, Filistin devleti kurulmadan anlaşmalara katılmayacağını defalarca söyledi.",
            {("KZ", A), ("SA", D)},
        ),
        (
            "Kazakistan İbrahim Anlaşmalarına katılacak. Suudi Arabistan gibi büyük bir oyuncunun "
            "katılması zaman alacak.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Kazakhstan bergabung dengan Abraham Accords. Namun pemain besar seperti Arab Saudi "
            "berulang kali menegaskan tidak akan bergabung sebelum negara Palestina berdiri.",
            {("KZ", A), ("SA", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_player_examples(language, text, expected):
    check_case(language, text, expected)
