#!/usr/bin/env python
"""Precision, recall and F1 of the extraction on the golden articles.

    python scripts/score_extraction.py [--json] [--errors] [--detect] [--root tests/fixtures/articles]

Needs no Django: it imports only the pure extraction package.
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.extraction.scoring import format_table, score  # noqa: E402


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--errors", action="store_true", help="list every miss and false claim")
    parser.add_argument(
        "--detect", action="store_true", help="detect each article's language instead of giving it"
    )
    parser.add_argument("--root", default=str(ROOT / "tests" / "fixtures" / "articles"))
    args = parser.parse_args(argv)
    scores = score(args.root, detect=args.detect)
    if args.json:
        print(
            json.dumps(
                {
                    "overall": scores["overall"].as_json(),
                    "languages": {
                        code: tally.as_json() for code, tally in scores["languages"].items()
                    },
                },
                indent=2,
            )
        )
    else:
        print(format_table(scores))
        if args.errors:
            for error in scores["overall"].errors:
                print("  " + error)
    return 0


if __name__ == "__main__":
    sys.exit(main())
