#!/usr/bin/env python
"""Score the parser on the real-news corpus, on the development part and the held-out third.

    python scripts/score_corpus.py [--corpus ../shared/corpus] [--split dev|holdout|all|both]
                                   [--langs en,fr] [--errors]

The corpus is third-party text and is not part of the project: this script reads it at run time
when it is there (by default `../shared/corpus` beside the project) and runs the corpus's own
scorer (`score.py --pred`) on the parser's output. `scripts/corpus_holdout.txt` lists the ids of
the third kept apart while rules are written.
"""

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HOLDOUT_FILE = ROOT / "scripts" / "corpus_holdout.txt"
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def holdout_ids():
    return {
        line.strip()
        for line in HOLDOUT_FILE.read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }


def predictions(corpus, ids):
    """One JSON line per article, as `manage.py extract --format json` writes them."""
    sys.path.insert(0, str(ROOT))
    from accords.extraction import extract  # pure: no Django
    from accords.extraction.text import collapse_repeated_paragraphs

    lines = []
    for aid in sorted(ids):
        # As the corpus's scorer runs `manage.py extract`: language detected, no publication date.
        path = corpus / "articles" / f"{aid}.txt"
        result = extract(collapse_repeated_paragraphs(path.read_text(encoding="utf-8")))
        lines.append(
            json.dumps(
                {
                    "file": str(path),
                    "language": result.language,
                    "claims": [c.as_json() for c in result.claims],
                }
            )
        )
    return "\n".join(lines) + "\n"


# The scorer's coarse statuses: a claim is right when the gold has its country with the same one.
COARSE = {
    "prospective": "candidate",
    "negotiating": "candidate",
    "announced": "announced",
    "signed": "member",
    "ratified": "member",
    "declined": "declined",
    "suspended": "lapsed",
    "withdrawn": "lapsed",
}
BANDS = ((0.9, 1.01), (0.8, 0.9), (0.7, 0.8), (0.6, 0.7), (0.0, 0.6))


def calibration(corpus, ids, pred_lines):
    """Claims by confidence band and how many of them the gold holds: [(low, high, claims, right)]."""
    gold = {}
    for line in (corpus / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            row = json.loads(line)
            gold[row["id"]] = {(c["country"].upper(), COARSE[c["status"]]) for c in row["claims"]}
    rows = [[low, high, 0, 0] for low, high in BANDS]
    for line in pred_lines.splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        aid = Path(row["file"]).stem
        if aid not in ids:
            continue
        for claim in row["claims"]:
            band = next(r for r in rows if r[0] <= claim["confidence"] < r[1])
            band[2] += 1
            band[3] += (claim["country"], COARSE[claim["status"]]) in gold.get(aid, set())
    return [tuple(r) for r in rows]


def format_calibration(rows):
    lines = ["confidence   claims  right  precision"]
    for low, high, claims, right in rows:
        label = f"{low:.1f}-{min(high, 1.0):.1f}"
        precision = f"{right / claims:.2f}" if claims else "-"
        lines.append(f"{label:<12} {claims:>6} {right:>6}  {precision:>9}")
    return "\n".join(lines)


def subset_folder(corpus, ids, where):
    """A folder laid out like the corpus holding only `ids` (symlinked articles)."""
    folder = Path(where)
    (folder / "articles").mkdir(parents=True)
    for name in ("articles.jsonl", "gold.jsonl"):
        rows = [
            line
            for line in (corpus / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line)["id"] in ids
        ]
        (folder / name).write_text("\n".join(rows) + "\n", encoding="utf-8")
    for aid in ids:
        (folder / "articles" / f"{aid}.txt").symlink_to(corpus / "articles" / f"{aid}.txt")
    return folder


def run(corpus, split, langs="", errors=False):
    all_ids = {
        json.loads(line)["id"]
        for line in (corpus / "gold.jsonl").read_text().splitlines()
        if line.strip()
    }
    held = holdout_ids() & all_ids
    ids = {"dev": all_ids - held, "holdout": held, "all": all_ids}[split]
    with tempfile.TemporaryDirectory() as tmp:
        folder = subset_folder(corpus, ids, Path(tmp) / "set")
        pred = Path(tmp) / "pred.jsonl"
        lines = predictions(folder, ids)
        pred.write_text(lines, encoding="utf-8")
        cmd = [sys.executable, str(corpus / "score.py"), "--pred", str(pred), "--set", str(folder)]
        if langs:
            cmd += ["--langs", langs]
        if errors:
            cmd.append("--show-errors")
        report = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
        return report + "\n" + format_calibration(calibration(corpus, ids, lines)) + "\n"


def _corpus_scorer(corpus):
    """The corpus's own score.py as a module (read at run time, never copied here)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("corpus_score", corpus / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def figures(corpus, split):
    """The split's scores as data: {"articles", "overall": {...}, "languages": {code: {...}},
    "dates": [right, found], "top_band": [right, claims]} (coarse country-status pairs)."""
    corpus = Path(corpus).resolve()
    scorer = _corpus_scorer(corpus)
    all_ids = {
        json.loads(line)["id"]
        for line in (corpus / "gold.jsonl").read_text().splitlines()
        if line.strip()
    }
    held = holdout_ids() & all_ids
    ids = {"dev": all_ids - held, "holdout": held, "all": all_ids}[split]
    lines = predictions(corpus, ids)
    preds = {Path(row["file"]).stem: row["claims"] for row in scorer.parse_predictions(lines)}
    meta = {m["id"]: m for m in scorer.load_jsonl(corpus / "articles.jsonl")}
    gold = [g for g in scorer.load_jsonl(corpus / "gold.jsonl") if g["id"] in ids]
    result = scorer.score(preds, gold, meta)

    def entry(tp, fp, fn, articles):
        p, r, f = scorer.prf(tp, fp, fn)
        return {
            "articles": articles,
            "precision": round(p, 3),
            "recall": round(r, 3),
            "f1": round(f, 3),
            "true_positives": tp,
            "false_positives": fp,
            "false_negatives": fn,
        }

    per_language = {}
    for g in gold:
        code = meta.get(g["id"], {}).get("language", "?")
        per_language[code] = per_language.get(code, 0) + 1
    top = calibration(corpus, ids, lines)[0]
    return {
        "articles": len(gold),
        "overall": entry(*result["tot"]["coarse"], len(gold)),
        "languages": {
            code: entry(*counts, per_language[code])
            for code, counts in sorted(result["by_lang"].items())
        },
        "dates": list(result["dates"]),
        "top_band": [top[3], top[2]],
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--split", choices=["dev", "holdout", "all", "both"], default="dev")
    parser.add_argument("--langs", default="")
    parser.add_argument("--errors", action="store_true")
    args = parser.parse_args(argv)
    if not (args.corpus / "gold.jsonl").exists():
        print(f"no corpus at {args.corpus}: nothing to score")
        return 0
    splits = ["dev", "holdout"] if args.split == "both" else [args.split]
    for split in splits:
        print(f"== corpus, {split}")
        print(run(args.corpus.resolve(), split, args.langs, args.errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
