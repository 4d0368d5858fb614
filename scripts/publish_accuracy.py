#!/usr/bin/env python
"""Write the parser's measured accuracy for the public method page.

    python scripts/publish_accuracy.py          # writes accords/data/parser-accuracy.json

Scores the golden articles (tests/fixtures/articles) with the language given and with the
language detected, the same figures as scripts/score_extraction.py, and records the day
they were measured.  Run it after every change to the parser; the method page (/method/)
shows the file as it is.  Needs no Django.
"""

import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.extraction.scoring import score  # noqa: E402

TARGET = ROOT / "accords" / "data" / "parser-accuracy.json"


def main():
    given = score(ROOT / "tests" / "fixtures" / "articles")
    detected = score(ROOT / "tests" / "fixtures" / "articles", detect=True)
    data = {
        "measured": datetime.date.today().isoformat(),
        "golden_set": "tests/fixtures/articles",
        "overall": given["overall"].as_json(),
        "overall_detected": detected["overall"].as_json(),
        "languages": {code: tally.as_json() for code, tally in sorted(given["languages"].items())},
    }
    TARGET.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}: F1 {data['overall']['f1']} over "
          f"{data['overall']['articles']} articles in {len(data['languages'])} languages")
    return 0


if __name__ == "__main__":
    sys.exit(main())
