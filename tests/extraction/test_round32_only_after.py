""" "Израильді Палестина тәуелсіздік алғаннан кейін ғана тани алады", "normalisasi dengan Israel
hanya mungkin setelah Palestina merdeka", "hanya akan menormalisasi ... setelah", "normalisasi
... hanya boleh dibincangkan selepas", "құрылмайынша бұл қадамға бармайды", "will not take that
step until a Palestinian state": recognition or normalisation only after (or only if) a
Palestinian state, and a step refused until one exists, are the country's refusal as things
stand; Palestine inside the condition before a Kazakh restriction word is no subject
(`assignment._CONDITION_BEFORE_RESTRICTION`), nor
Palestine right before a Turkish refusal's words after the refusing country ("ancak Filistin
bağımsızlık kazandıktan sonra mümkün"). English "normalisation is only possible once" and
Turkish "ancak ... sonra tanıyacak" carry the class. "Tak ada hubungan resmi" is "no official ties".
Near misses: Palestine itself takes no claim, and a step refused until an election (no
Palestinian condition) is no refusal of the accords.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "kk": [
        (
            "Индонезия Израильді Палестина тәуелсіздік алғаннан кейін ғана тани алатынын "
            "қайталап келеді.",
            {("ID", D)},
        ),
        (
            "Индонезия Израильді Палестина мемлекеті құрылған жағдайда ғана мойындайды.",
            {("ID", D)},
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылады. Сауд Арабиясы Палестина мемлекеті "
            "құрылмайынша бұл қадамға бармайтынын бірнеше рет мәлімдеген.",
            {("KZ", A), ("SA", D)},
        ),
        (
            "Қазақстан Авраам келісімдеріне қосылады. Тоқаев сайлауға дейін бұл қадамға "
            "бармайтынын айтты.",
            {("KZ", A)},
        ),
    ],
    "id": [
        (
            "Indonesia hanya akan menormalisasi hubungan dengan Israel setelah Palestina merdeka.",
            {("ID", D)},
        ),
        (
            "Indonesia menegaskan normalisasi dengan Israel hanya mungkin setelah Palestina "
            "merdeka.",
            {("ID", D)},
        ),
        (
            "Jakarta menegaskan pengakuan terhadap Israel baru bisa dibicarakan setelah Palestina "
            "berdiri sebagai negara merdeka.",
            {("ID", D)},
        ),
        (
            "Indonesia tetap memegang prinsip lama: tak ada hubungan resmi dengan Israel tanpa "
            "kemerdekaan Palestina.",
            {("ID", D)},
        ),
    ],
    "ms": [
        (
            "Malaysia menegaskan normalisasi dengan Israel hanya boleh dibincangkan selepas "
            "Palestin merdeka.",
            {("MY", D)},
        ),
    ],
    "en": [
        (
            "Kazakhstan joined the Abraham Accords. But Saudi Arabia has said it will not take "
            "that step until a Palestinian state exists.",
            {("KZ", A), ("SA", D)},
        ),
        (
            "Kazakhstan joined the Abraham Accords. Trump said he will not take that step until "
            "the election.",
            {("KZ", A)},
        ),
        (
            "Indonesia's ministry said normalisation with Israel is only possible once Palestine "
            "is independent.",
            {("ID", D)},
        ),
        ("Analysts say normalisation is only possible once the war ends.", set()),
    ],
    "tr": [
        (
            "Endonezya İsrail ile normalleşmenin ancak Filistin bağımsızlık kazandıktan sonra "
            "mümkün olduğunu açıkladı.",
            {("ID", D)},
        ),
        (
            "Endonezya, İsrail'i ancak Filistin devleti kurulduktan sonra tanıyacak.",
            {("ID", D)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round32_only_after(language, text, expected):
    check_case(language, text, expected)
