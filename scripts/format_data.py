#!/usr/bin/env python
"""Write the extraction data files in their one layout: one key per line, a nested object's keys one
per line, each value's list on its key's line.

    python scripts/format_data.py [--check]

The layout keeps every list on its own line, so two branches that add phrases to different keys
merge line by line, and a diff shows which key changed. --check lists the files out of layout and
exits 1 (the extraction tests check it too).
"""

import json
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "accords" / "extraction" / "data"


def layout(data, depth=1):
    pad = " " * depth
    rows = []
    for key, value in data.items():
        name = json.dumps(key, ensure_ascii=False)
        if isinstance(value, dict) and value:
            rows.append(f"{pad}{name}: {layout(value, depth + 1)}")
        else:
            rows.append(f"{pad}{name}: {json.dumps(value, ensure_ascii=False)}")
    return "{\n" + ",\n".join(rows) + "\n" + " " * (depth - 1) + "}"


def formatted(text):
    return layout(json.loads(text)) + "\n"


def main(argv=None):
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    wrong = []
    for path in sorted(DATA_DIR.glob("*.json")):
        text = path.read_text(encoding="utf-8")
        if formatted(text) != text:
            wrong.append(path.name)
            if not check:
                path.write_text(formatted(text), encoding="utf-8")
    for name in wrong:
        print(("out of layout: " if check else "formatted: ") + name)
    return 1 if check and wrong else 0


if __name__ == "__main__":
    sys.exit(main())
