#!/usr/bin/env python
"""Take out of the extraction data files the cue phrases that add nothing: every key such a
phrase makes, another phrase already makes with the same entries (languages.redundant_cues).

    python scripts/prune_cues.py [--check]

A phrase left behind once a wider one covers it ("held (a |the |)round of talks" beside
"(held|began) (a |the |)(first |new |)(round|rounds) of talks") changes no reading, but the keys
the two share keep the wider one from being factored: it is written out key by key, and the
automata grow toward their budget (tests/extraction/test_fast_paths.py). --check lists them and
exits 1 (the extraction tests check it too).
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.extraction import languages  # noqa: E402
from scripts.format_data import layout  # noqa: E402


def main(argv=None):
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    found = 0
    for code in languages.SUPPORTED_LANGUAGES:
        path = languages.DATA_DIR / f"{code}.json"
        raw = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=languages._unique_keys)
        redundant = languages.redundant_cues(raw)
        for data_key, status, phrase in redundant:
            print(f"{code} {data_key}.{status}: {phrase}")
            raw[data_key][status].remove(phrase)
        found += len(redundant)
        if redundant and not check:
            path.write_text(layout(raw) + "\n", encoding="utf-8")
    print(f"{found} redundant cue phrases" + ("" if check else " taken out"))
    return 1 if check and found else 0


if __name__ == "__main__":
    sys.exit(main())
