"""Every key a language data file may hold is named in the key tables of
accords/extraction/README.md, so that a newcomer reading a data file finds what
each key does (the schema itself is languages.check_schema)."""

import re
from pathlib import Path

from accords.extraction import languages

README = Path(languages.__file__).with_name("README.md")
SCHEMA_GROUPS = (
    "WORD_LISTS",
    "CONTEXT_LISTS",
    "TEXTS",
    "FLAGS",
    "NUMBERS",
    "PHRASES",
    "PHRASES_BY_KEY",
    "SOURCES",
    "NAME_FORMS",
    "WORD_GROUPS",
    "OFFSETS",
)
# named by the README in prose, not as a row of the tables
SELF_EVIDENT = {"code", "name", "lingua"}


def test_every_data_key_is_in_the_readme():
    documented = set(re.findall(r"`([a-z_]+)`", README.read_text(encoding="utf-8")))
    keys = {key for group in SCHEMA_GROUPS for key in getattr(languages, group)}
    assert sorted(keys - documented - SELF_EVIDENT) == []
