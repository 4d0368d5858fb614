#!/usr/bin/env python
"""Speed and memory of the extraction, on one core.

    python scripts/bench_extraction.py [--seconds 3]

Prints articles per CPU-second (one core) for ~600-word articles with the language given and with
detection, peak RSS after loading every language, the time for a 1 MB input and for the worst
case (an unpunctuated run of claim words, 20 KB and 1 MB), the golden set's scores and, when the
real-news corpus is beside the project (`../shared/corpus`), its scores on the development part
and the held-out third with a calibration table.  Numbers only: no timing is asserted anywhere.
"""

import argparse
import datetime
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from accords.extraction import SUPPORTED_LANGUAGES, detect_language, extract  # noqa: E402
from accords.extraction.languages import get_language  # noqa: E402
from accords.extraction.scoring import claim_word_run, format_table, load_cases, score  # noqa: E402
from accords.extraction.text import collapse_repeated_paragraphs  # noqa: E402

ARTICLES = ROOT / "tests" / "fixtures" / "articles"
TARGET_WORDS = 600


def peak_rss_mb():
    # ru_maxrss is in kilobytes on Linux
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def corpus():
    """Golden articles grown to ~600 words by repeating their own paragraphs
    (after the first copy, so claims stay the same kind of work)."""
    items = []
    for case in load_cases(ARTICLES):
        text = collapse_repeated_paragraphs(case.text)
        words = len(text.split())
        grown = "\n\n".join([text] * max(1, round(TARGET_WORDS / max(words, 1))))
        items.append((grown, case.language, case.published))
    return items


def rate(items, seconds, *, with_language):
    """Articles per second of this process's CPU time: one core, and fair
    even when other processes share the machine."""
    done = 0
    started = time.process_time()
    while time.process_time() - started < seconds:
        for text, language, published in items:
            extract(text, language=language if with_language else None, published=published)
            done += 1
    return done / (time.process_time() - started)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time per measurement")
    args = parser.parse_args(argv)

    print(f"languages: {', '.join(SUPPORTED_LANGUAGES)}")
    before = peak_rss_mb()
    started = time.perf_counter()
    for code in SUPPORTED_LANGUAGES:
        get_language(code)
    print(f"load all language data: {time.perf_counter() - started:.2f} s")
    started = time.perf_counter()
    detect_language("Kazakhstan will join the Abraham Accords, the White House said on Thursday.")
    print(f"build language detector: {time.perf_counter() - started:.2f} s")

    items = corpus()
    words = sum(len(text.split()) for text, _, _ in items) / len(items)
    print(f"corpus: {len(items)} articles, {words:.0f} words on average")
    for text, _language, published in items:  # warm caches (date patterns, detector models)
        extract(text, language=None, published=published)
    given = rate(items, args.seconds, with_language=True)
    detected = rate(items, args.seconds, with_language=False)
    print(f"articles/s, language given:    {given:8.1f}   (goal >= 300)")
    print(f"articles/s, language detected: {detected:8.1f}   (goal >= 100)")
    print(
        f"peak RSS after loading every language: {peak_rss_mb():.0f} MB "
        f"(before loading: {before:.0f} MB; goal < 500)"
    )

    for language in ("en", "ar"):
        # one language's golden articles repeated up to 1 MB of text
        own = "\n\n".join(text for text, code, _ in items if code == language)
        big = (own * (1_000_000 // len(own) + 1))[:1_000_000]
        started = time.process_time()
        result = extract(big, language=language, published=datetime.date(2025, 11, 7))
        print(
            f"1 MB input ({language}): {time.process_time() - started:.2f} s CPU, "
            f"{len(result.claims)} claims (goal < 2 s)"
        )

    for size, goal in ((20_000, 2), (1_000_000, 20)):
        text = claim_word_run(size)
        started = time.process_time()
        result = extract(text, language="en")
        print(
            f"worst case, unpunctuated run of claim words, {size // 1000} KB: "
            f"{time.process_time() - started:.2f} s CPU, {len(result.claims)} claims (goal < {goal} s)"
        )
    print(f"peak RSS at the end: {peak_rss_mb():.0f} MB")

    print()
    print("golden set (the project's own articles)")
    print(format_table(score(ARTICLES)))

    sys.path.insert(0, str(ROOT / "scripts"))
    import score_corpus

    if (score_corpus.DEFAULT_CORPUS / "gold.jsonl").exists():
        for split in ("dev", "holdout"):
            print()
            print(f"real-news corpus, {split} part (language detected, no publication date)")
            print(score_corpus.run(score_corpus.DEFAULT_CORPUS.resolve(), split))
    else:
        print("\nno real-news corpus beside the project: corpus scores skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
