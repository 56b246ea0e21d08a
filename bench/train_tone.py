"""Train the shipped tone model (``extract/data/tone_model.json.gz``) and report k-fold CV.

Usage::

    .venv/bin/python bench/train_tone.py [--data DIR] [--cv-only] [--k 5] [--l2 1.0]

Training data: the news-dev TUNE split (never the HOLDOUT ids of ``bench/eval_extract.py``), the
project's invented fixtures (``humpro/monitoring/tests/fixtures/news_gold``), the TUNE halves (odd
numbers) of the blind sets ``news_blind`` and ``news_blind2`` and the invented examples of
``extract/data/tone_examples.json``. Only weights are written, no text.

The honest estimate while developing is the k-fold CV on the tune split (the fixtures and the
invented examples always stay in the training part of every fold).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from eval_extract import split_of  # noqa: E402

from humpro.monitoring.extract import extract_file  # noqa: E402
from humpro.monitoring.extract.lexicon import DATA_DIR  # noqa: E402
from humpro.monitoring.extract.tone_model import (  # noqa: E402
    MODEL_FILE,
    Example,
    TrainConfig,
    cross_validate,
    train,
)

FIXTURES = ROOT / "humpro" / "monitoring" / "tests" / "fixtures" / "news_gold"
BLIND = ROOT / "humpro" / "monitoring" / "tests" / "fixtures" / "news_blind"
BLIND2 = ROOT / "humpro" / "monitoring" / "tests" / "fixtures" / "news_blind2"


def gold_examples(folder: Path, *, tune_only: bool = False) -> list[Example]:
    """Examples from a folder in the news-dev schema (text as the extractor sees it); with
    ``tune_only`` the HOLDOUT items of ``bench/eval_extract.py`` are left out."""
    out = []
    for jf in sorted(folder.glob("*.json")):
        gold = json.loads(jf.read_text(encoding="utf-8"))
        if not isinstance(gold, dict) or "raw_file" not in gold:
            continue
        if tune_only and split_of(gold["id"]) == "holdout":
            continue
        res = extract_file(folder / gold["raw_file"])
        paragraphs = [p for p in (res.get("text") or "").split("\n\n") if p]
        out.append(Example(res.get("title") or "", paragraphs, gold["tone"], gold["headline_tone"]))
    return out


def invented_examples() -> list[Example]:
    path = DATA_DIR / "tone_examples.json"
    if not path.exists():
        return []
    rows = json.loads(path.read_text(encoding="utf-8"))["examples"]
    return [
        Example(r["title"], [p for p in r["text"].split("\n\n") if p], r["tone"], r["headline_tone"])
        for r in rows
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "news-dev"))
    ap.add_argument("--k", type=int, default=5)
    ap.add_argument("--l2", type=float, default=TrainConfig.l2)
    ap.add_argument("--min-df", type=int, default=TrainConfig.min_df)
    ap.add_argument("--exclude", default="", help="comma-separated feature prefixes to leave out")
    ap.add_argument("--cv-only", action="store_true")
    args = ap.parse_args()
    exclude = tuple(p for p in args.exclude.split(",") if p)
    cfg = TrainConfig(l2=args.l2, min_df=args.min_df, exclude=exclude)
    tune = gold_examples(Path(args.data), tune_only=True)
    own = (
        gold_examples(FIXTURES)
        + gold_examples(BLIND, tune_only=True)
        + gold_examples(BLIND2, tune_only=True)
        + invented_examples()
    )
    print(f"tune items {len(tune)}, own fixtures/examples {len(own)}")
    for seed in (0, 1, 2):
        cv = cross_validate(tune, k=args.k, config=cfg, fixed=own, seed=seed)
        print(
            f"{cv['k']}-fold CV on tune (seed {seed}): "
            f"body macro-F1 {cv['body']['macro_f1']:.3f} (lexicon {cv['body']['lexicon_macro_f1']:.3f}), "
            f"headline macro-F1 {cv['headline']['macro_f1']:.3f} "
            f"(lexicon {cv['headline']['lexicon_macro_f1']:.3f})"
        )
    if args.cv_only:
        return
    model = train(tune + own, config=cfg, meta={"trained_on": "news-dev tune + own fixtures + blind tune halves"})
    model.save(DATA_DIR / MODEL_FILE)
    print(
        f"wrote {DATA_DIR / MODEL_FILE}: {len(model.body.features)} body / "
        f"{len(model.headline.features)} headline features"
    )


if __name__ == "__main__":
    main()
