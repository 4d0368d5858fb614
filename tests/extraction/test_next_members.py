"""A country called the accords' next, future or likely member is others' view of a candidate
(prospective), not a member (signed); a joining told as the subject of a hypothesis ("its entry
into the accords would reshape the region") is no announcement.  Own sentences, written for this
test, one per language where the phrasing exists."""

import pytest

from tests.extraction.found import P, check_case

CASES = [
    (
        "en",
        "Washington is courting Mauritania and Somalia as the next members of the Abraham Accords.",
        {("MR", P), ("SO", P)},
    ),
    (
        "en",
        "Diplomats describe Oman as a likely member of the Abraham Accords within a year.",
        {("OM", P)},
    ),
    ("en", "Analysts say Lebanon could well be next to join the Abraham Accords.", {("LB", P)}),
    (
        "de",
        "Mauretanien und Somalia gelten als nächste Mitglieder der Abraham-Abkommen.",
        {("MR", P), ("SO", P)},
    ),
    (
        "ru",
        "Мавритания и Сомали считаются следующими участниками Соглашений Авраама.",
        {("MR", P), ("SO", P)},
    ),
    (
        "id",
        "Mauritania dan Somalia disebut sebagai anggota berikutnya Perjanjian Abraham.",
        {("MR", P), ("SO", P)},
    ),
    (
        "ms",
        "Oman disebut-sebut sebagai bakal anggota Perjanjian Abraham, menurut penganalisis.",
        {("OM", P)},
    ),
    (
        "ar",
        "تعد موريتانيا والصومال من الأعضاء المقبلين في اتفاقيات أبراهام.",
        {("MR", P), ("SO", P)},
    ),
    ("tr", "Moritanya, İbrahim Anlaşmaları'nın bir sonraki üyesi olarak görülüyor.", {("MR", P)}),
    ("fa", "موریتانی عضو بعدی پیمان ابراهیم خوانده می‌شود.", {("MR", P)}),
    ("he", "מאוריטניה נחשבת לחברה הבאה בהסכמי אברהם.", {("MR", P)}),
    (
        "en",
        "Saudi Arabia's entry into the Abraham Accords would reshape the Middle East, analysts say.",
        set(),
    ),
]


@pytest.mark.parametrize("language, text, expected", CASES)
def test_next_member(language, text, expected):
    check_case(language, text, expected)
