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
