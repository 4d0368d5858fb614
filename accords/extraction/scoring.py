"""Scoring the extraction against the golden articles.

tests/fixtures/articles/<lang>/<case>.txt with <case>.json next to it:
{"language", "published": "YYYY-MM-DD" | null, "claims": [{"country", "status", "date", "date_precision"}]}

Precision, recall and F1 count (country, status) pairs per article; date
accuracy is the share of correctly found pairs whose date and precision also
match.
"""

import datetime
import json
from dataclasses import dataclass, field
from pathlib import Path

from . import detect_language, extract
from .text import collapse_repeated_paragraphs


@dataclass
class Case:
    path: Path
    language: str
    published: datetime.date | None
    expected: list
    text: str


@dataclass
class Tally:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    dates_right: int = 0
    dates_checked: int = 0
    articles: int = 0
    detected_right: int = 0
    errors: list = field(default_factory=list)

    def add(self, other):
        for name in (
            "true_positives",
            "false_positives",
            "false_negatives",
            "dates_right",
            "dates_checked",
            "articles",
            "detected_right",
        ):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.errors += other.errors

    @property
    def precision(self):
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self):
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def date_accuracy(self):
        return self.dates_right / self.dates_checked if self.dates_checked else 1.0

    def as_json(self):
        return {
            "articles": self.articles,
            "precision": round(self.precision, 3),
            "recall": round(self.recall, 3),
            "f1": round(self.f1, 3),
            "date_accuracy": round(self.date_accuracy, 3),
            "detection_accuracy": round(self.detected_right / self.articles, 3)
            if self.articles
            else 1.0,
            "true_positives": self.true_positives,
            "false_positives": self.false_positives,
            "false_negatives": self.false_negatives,
        }


def load_cases(root):
    cases = []
    for expected_path in sorted(Path(root).glob("*/*.json")):
        text_path = expected_path.with_suffix(".txt")
        if not text_path.exists():
            continue
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        published = expected.get("published")
        cases.append(
            Case(
                path=text_path,
                language=expected["language"],
                published=datetime.date.fromisoformat(published) if published else None,
                expected=expected["claims"],
                text=text_path.read_text(encoding="utf-8"),
            )
        )
    return cases


def score_case(case, *, detect=False):
    """detect: let extract() detect the language instead of giving it."""
    tally = Tally(articles=1)
    text = collapse_repeated_paragraphs(case.text)
    tally.detected_right = int(detect_language(text) == case.language)
    result = extract(text, language=None if detect else case.language, published=case.published)
    found = {}
    for claim in result.claims:
        found.setdefault((claim.country, claim.status), []).append(
            (claim.date, claim.date_precision)
        )
    expected = {}
    for claim in case.expected:
        expected.setdefault((claim["country"], claim["status"]), []).append(
            (claim.get("date"), claim.get("date_precision"))
        )
    for pair in found:
        if pair in expected:
            tally.true_positives += 1
            tally.dates_checked += 1
            if set(found[pair]) & set(expected[pair]):
                tally.dates_right += 1
            else:
                tally.errors.append(
                    f"{case.path.name}: date {pair} found {found[pair]} expected {expected[pair]}"
                )
        else:
            tally.false_positives += 1
            tally.errors.append(f"{case.path.name}: unexpected {pair} {found[pair]}")
    for pair in expected:
        if pair not in found:
            tally.false_negatives += 1
            tally.errors.append(f"{case.path.name}: missing {pair} {expected[pair]}")
    return tally


def score(root, *, detect=False):
    """{"overall": Tally, "languages": {code: Tally}} over every golden case."""
    overall = Tally()
    languages = {}
    for case in load_cases(root):
        tally = score_case(case, detect=detect)
        languages.setdefault(case.language, Tally()).add(tally)
        overall.add(tally)
    return {"overall": overall, "languages": dict(sorted(languages.items()))}


def format_table(scores):
    lines = [f"{'language':<10}{'articles':>9}{'P':>7}{'R':>7}{'F1':>7}{'dates':>7}{'detect':>8}"]
    rows = list(scores["languages"].items()) + [("overall", scores["overall"])]
    for name, tally in rows:
        data = tally.as_json()
        lines.append(
            f"{name:<10}{data['articles']:>9}{data['precision']:>7.2f}{data['recall']:>7.2f}"
            f"{data['f1']:>7.2f}{data['date_accuracy']:>7.2f}{data['detection_accuracy']:>8.2f}"
        )
    return "\n".join(lines)


WORST_CASE_WORDS = "Kazakhstan joined the Abraham Accords signed on 2025 March".split()


def claim_word_run(length, seed=7):
    """The parser's worst case: an unpunctuated run of claim words in random
    order, `length` characters long (for the benchmark and the complexity test)."""
    import random

    chooser = random.Random(seed)
    pieces, size = [], 0
    while size < length:
        word = chooser.choice(WORST_CASE_WORDS)
        pieces.append(word)
        size += len(word) + 1
    return " ".join(pieces)[:length]
