#!/usr/bin/env python
"""Write the parser's measured accuracy for the public method page.

    python scripts/publish_accuracy.py          # writes accords/data/parser-accuracy.json

Scores the golden articles (tests/fixtures/articles) with the language given and with the
language detected, the same figures as scripts/score_extraction.py, and, when the real-news
corpus is beside the project (../shared/corpus, third-party text that is never copied here),
its development part and the third held out while the rules were written (the figures of
scripts/score_corpus.py).  Records the day they were measured; without the corpus the last
real-news figures are kept with their own date.  Run it after every change to the parser;
the method page (/method/) shows the file as it is.  Needs no Django.
"""

import datetime
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.extraction.scoring import score  # noqa: E402

TARGET = ROOT / "accords" / "data" / "parser-accuracy.json"
sys.path.insert(0, str(ROOT / "scripts"))

import score_corpus  # noqa: E402


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
    previous = json.loads(TARGET.read_text(encoding="utf-8")) if TARGET.exists() else {}
    corpus = score_corpus.DEFAULT_CORPUS
    if (corpus / "gold.jsonl").exists():
        data["real_news"] = {
            "measured": data["measured"],
            "development": score_corpus.figures(corpus, "dev"),
            "held_out": score_corpus.figures(corpus, "holdout"),
        }
    elif "real_news" in previous:
        data["real_news"] = previous["real_news"]
    TARGET.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(
        f"wrote {TARGET.relative_to(ROOT)}: F1 {data['overall']['f1']} over "
        f"{data['overall']['articles']} articles in {len(data['languages'])} languages"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
