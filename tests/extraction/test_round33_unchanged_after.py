"""Round thirty-three, a position "unchanged after" another country joined ("Pemerintah Indonesia
menegaskan sikapnya terhadap Israel tidak berubah setelah Kazakhstan menyatakan bergabung dengan
Abraham Accords", Malay "tidak berubah selepas"): the unchanged position is the first country's
refusal, and the negation of "berubah" does not reach the joining after "setelah", which stays
the other country's announced step (it had read as Kazakhstan's refusal). "Tidak berubah
setelah" and "tidak berubah selepas" joined `not_negations`; the refusal cue itself still reads
"sikapnya ... tidak berubah". English and Russian already read it so.
Near misses: the position alone is still a refusal.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import A, D, challenge_params, check_case

CASES = {
    "id": [
        (
            "Abraham Accords. Jakarta - Pemerintah Indonesia menegaskan sikapnya terhadap Israel "
            "tidak berubah setelah Kazakhstan menyatakan bergabung dengan Abraham Accords.",
            {("ID", D), ("KZ", A)},
        ),
        ("Abraham Accords. Pemerintah Indonesia menegaskan sikapnya tidak berubah.", {("ID", D)}),
    ],
    "ms": [
        (
            "Perjanjian Abraham. Kerajaan Malaysia menegaskan pendiriannya terhadap Israel tidak "
            "berubah selepas Kazakhstan menyatakan menyertai Perjanjian Abraham.",
            {("MY", D), ("KZ", A)},
        ),
    ],
    "en": [
        (
            "The Abraham Accords. Indonesia said its position on Israel is unchanged after "
            "Kazakhstan announced it would join the Abraham Accords.",
            {("ID", D), ("KZ", A)},
        ),
    ],
    "ru": [
        (
            "Соглашения Авраама. Индонезия заявила, что ее позиция по Израилю не изменилась после "
            "того, как Казахстан объявил о присоединении к соглашениям.",
            {("ID", D), ("KZ", A)},
        ),
    ],
}

KNOWN_MISSES = {}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, KNOWN_MISSES))
def test_round33_unchanged_after(language, text, expected):
    check_case(language, text, expected)
