"""A key written twice in one object of a data file is refused when the file is read: JSON keeps
the last copy silently, so an older list left behind (by a merge, by a copy) would undo the newer
one without any test noticing."""

import json

import pytest

from accords.extraction import languages


@pytest.mark.parametrize("code", languages.SUPPORTED_LANGUAGES)
def test_no_data_file_writes_a_key_twice(code):
    languages.read_raw.cache_clear()
    assert languages.read_raw(code)["code"] == code


def test_a_key_written_twice_is_refused():
    text = '{"cues": {"joined": ["a"], "joined": ["b"]}}'
    with pytest.raises(ValueError, match="joined"):
        json.loads(text, object_pairs_hook=languages._unique_keys)
    assert json.loads(
        '{"cues": {"joined": ["a"]}, "joined": 1}', object_pairs_hook=languages._unique_keys
    )


@pytest.mark.parametrize("code", languages.SUPPORTED_LANGUAGES)
def test_no_cue_phrase_is_wholly_made_by_the_others(code):
    """A cue phrase every key of which another phrase already makes adds nothing, and keeps
    the wider phrase from being factored: `python scripts/prune_cues.py` takes it out."""
    assert languages.redundant_cues(languages.read_raw(code)) == []


def test_a_phrase_a_wider_one_covers_is_found_and_the_wider_one_kept():
    raw = {
        "code": "xx",
        "cues": {
            "negotiating": [
                "(held|began) (a |the |)(first |new |)(round|rounds) of talks",
                "held (a |the |)round of talks",
            ],
            "prospective": ["held a round"],
            "declined": ["refused (to join|joining)", "refused to join the accords"],
        },
        "generic_cues": {"negotiating": ["talks with"], "announced": ["talks with"]},
    }
    assert languages.redundant_cues(raw) == [
        ("cues", "negotiating", "held (a |the |)round of talks")
    ]
    # the same phrase for another status, a longer phrase and a generic cue of another
    # status make keys or entries of their own
