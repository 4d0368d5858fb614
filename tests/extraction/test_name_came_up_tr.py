"""A country whose name "had come up" for the accords in Turkish's reported and pluperfect pasts
("Umman ve Moritanya'nın da adı geçmiş", "adı geçmişti", "adları geçiyordu") was named a
candidate, as "adı geçiyor" already was: prospective, for each of a pair, even when the
sentence goes on to say neither took a step.  The simple past "adı geçti" (it was mentioned at a
meeting) is left out.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import P, challenge_params, check_case

CASES = {
    "tr": [
        (
            "Kazakistan İbrahim Anlaşmalarına katıldı. Trump'ın ilk döneminde başlatılan süreçte "
            "Umman ve Moritanya'nın da adı geçmiş, ancak iki ülke de adım atmamıştı.",
            {("KZ", "announced"), ("OM", P), ("MR", P)},
        ),
        ("İbrahim Anlaşmaları için Endonezya'nın adı geçmişti.", {("ID", P)}),
        ("Toplantıda İbrahim Anlaşmaları konuşulurken Kazakistan'ın adı geçti.", set()),
    ],
}


@pytest.mark.parametrize(("language", "text", "expected"), challenge_params(CASES, {}))
def test_a_name_that_had_come_up_is_a_candidacy(language, text, expected):
    check_case(language, text, expected)
