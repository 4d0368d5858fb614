#!/usr/bin/env python
"""Rewrite the known misses of tests/extraction/test_golden.py from today's parser.

    python scripts/golden_misses.py

Keeps the reason of every miss already listed; a new miss gets a default reason by its kind, to
be read and corrected by hand before committing (`git diff` shows what changed).
"""

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.extraction.scoring import load_cases, score_case  # noqa: E402

TEST = ROOT / "tests" / "extraction" / "test_golden.py"
ARTICLES = ROOT / "tests" / "fixtures" / "articles"


def default_reason(error):
    if any(f"unexpected ('{code}', 'signed')" in error for code in ("AE", "BH", "MA", "SD")):
        return "a first signatory named in passing is a background member; the label predates that rule"
    if " date (" in error:
        if "expected [(None, None)]" in error:
            return "date of a neighbouring clause taken for an undated claim"
        if "found [(None, None)]" in error:
            return "date in another clause or sentence than the claim's"
        return "nearest date in the sentence is not the claim's"
    if "missing" in error:
        return "subject or cue outside what the rules reach (pronoun, another sentence, unlisted phrasing)"
    return "claim read from a sentence that makes none (hedge, mention or other agreement)"


def main():
    source = TEST.read_text(encoding="utf-8")
    start = source.index("KNOWN_MISSES = [")
    end = source.index("\n]\n", start) + 3
    listed = ast.literal_eval(source[start + len("KNOWN_MISSES = ") : end - 1])
    reasons = {(article, error): reason for article, error, reason in listed}
    rows = []
    for case in load_cases(ARTICLES):
        name = f"{case.language}/{case.path.name}"
        for error in score_case(case).errors:
            rows.append((name, error, reasons.get((name, error), default_reason(error))))
    block = (
        "KNOWN_MISSES = [\n"
        + "".join(f"    ({a!r},\n     {e!r},\n     {r!r}),\n" for a, e, r in rows)
        + "]\n"
    )
    TEST.write_text(source[:start] + block + source[end:], encoding="utf-8")
    new = len([row for row in rows if (row[0], row[1]) not in reasons])
    print(f"{len(rows)} known misses ({new} new, {len(listed) - (len(rows) - new)} fixed)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
