"""Saturday in Hebrew is also written "ביום שבת" or "ביום השבת" (the day of Shabbat), not only
"בשבת": a step said so is dated to the Saturday before publication, as the other weekdays are.
Own sentences, written for these tests."""

import pytest

from tests.extraction.found import found_dated

# the tests' publication day is Thursday 20 November 2025
CASES = [
    ("טראמפ הודיע ביום שבת כי קזחסטן תצטרף להסכמי אברהם.", {("KZ", "announced", "2025-11-15")}),
    ("טראמפ הודיע ביום השבת כי קזחסטן תצטרף להסכמי אברהם.", {("KZ", "announced", "2025-11-15")}),
    ("טראמפ הודיע בשבת כי קזחסטן תצטרף להסכמי אברהם.", {("KZ", "announced", "2025-11-15")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_saturday_written_as_the_day_of_shabbat(text, expected):
    assert found_dated(text, "he", ("KZ",)) == expected
