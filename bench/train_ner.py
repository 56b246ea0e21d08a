"""Train the small CRF tagger shipped as ``humpro/monitoring/extract/data/ner_crf.json.gz``.

Usage::

    .venv/bin/pip install python-crfsuite   # training only; decoding is pure Python
    .venv/bin/python bench/train_ner.py [--data ../shared/data/ner/nergrit] [--c1 0.3 --c2 0.01]

Data: the NERGrit corpus (MIT, grit-id/nergrit-corpus) as distributed in IndoNLP/indonlu
(Apache-2.0), token-per-line BIO files with PERSON / PLACE / ORGANISATION. The corpus itself is
never copied into the project; only the trained weights are written. Features come from
``humpro.monitoring.extract.ner.features`` so training and decoding agree. The script trains on
train, reports entity-level P/R/F1 on valid and test, then retrains on train+valid and exports
the weights (L1-pruned) as gzipped JSON.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from humpro.monitoring.extract import ner  # noqa: E402


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    sents, toks, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if toks:
                sents.append((toks, tags))
            toks, tags = [], []
            continue
        parts = line.split()
        toks.append(parts[0])
        tags.append(parts[-1])
    if toks:
        sents.append((toks, tags))
    return sents


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    out, start, kind = set(), None, None
    for i, t in enumerate([*tags, "O"]):
        if t.startswith("I-") and kind == t[2:]:
            continue
        if start is not None:
            out.add((start, i, kind))
            start = kind = None
        if t != "O":
            start, kind = i, t[2:]
    return out


def train(sents, c1: float, c2: float, model_path: str, iters: int) -> None:
    import pycrfsuite

    tr = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        tr.append(ner.features(toks), tags)
    tr.set_params(
        {"c1": c1, "c2": c2, "max_iterations": iters, "feature.possible_transitions": True}
    )
    tr.train(model_path)


def score(model_path: str, sents, kinds=("PERSON", "ORGANISATION", "PLACE")) -> dict:
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(model_path)
    res = {}
    for kind in (*kinds, "ALL"):
        tp = npred = ngold = 0
        for toks, tags in sents:
            pred = entities(tg.tag(ner.features(toks)))
            gold = entities(tags)
            if kind != "ALL":
                pred = {e for e in pred if e[2] == kind}
                gold = {e for e in gold if e[2] == kind}
            tp += len(pred & gold)
            npred += len(pred)
            ngold += len(gold)
        p = tp / npred if npred else 0.0
        r = tp / ngold if ngold else 0.0
        res[kind] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return res


def common_words(sents, min_count: int = 2) -> list[str]:
    """Words seen in lower case at least ``min_count`` times and never inside a PERSON name:
    a capitalised run made of them ("Tokoh Adat", "Melangkah Pasti") is not a person."""
    lower: dict[str, int] = {}
    person: set[str] = set()
    for toks, tags in sents:
        for i, (w, t) in enumerate(zip(toks, tags, strict=True)):
            if t.endswith("PERSON"):
                person.add(w.lower())
            elif w.isalpha() and w.islower() and i > 0:
                lower[w] = lower.get(w, 0) + 1
    return sorted(w for w, c in lower.items() if c >= min_count and w not in person and len(w) > 2)


def export(model_path: str, out: Path, min_weight: float, common: list[str]) -> None:
    import pycrfsuite

    tg = pycrfsuite.Tagger()
    tg.open(model_path)
    info = tg.info()
    labels = sorted(info.labels)
    index = {lab: i for i, lab in enumerate(labels)}
    trans = [[0.0] * len(labels) for _ in labels]
    for (a, b), w in info.transitions.items():
        trans[index[a]][index[b]] = round(w, 3)
    state: dict[str, dict[str, float]] = {}
    for (attr, lab), w in info.state_features.items():
        if abs(w) >= min_weight:
            state.setdefault(attr, {})[str(index[lab])] = round(w, 3)
    data = {
        "_comment": (
            "CRF weights trained by bench/train_ner.py on NERGrit (MIT, grit-id/nergrit-corpus; "
            "distributed in IndoNLP/indonlu, Apache-2.0). Weights only, no corpus text."
        ),
        "labels": labels,
        "trans": trans,
        "state": state,
        "common": common,
    }
    with gzip.open(out, "wt", encoding="utf-8", compresslevel=9) as fh:
        json.dump(data, fh, ensure_ascii=False, separators=(",", ":"))
    print(f"wrote {out} ({out.stat().st_size / 1024:.0f} KiB, {len(state)} attributes)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ner" / "nergrit"))
    ap.add_argument("--c1", type=float, default=0.3)
    ap.add_argument("--c2", type=float, default=0.01)
    ap.add_argument("--iters", type=int, default=150)
    ap.add_argument("--min-weight", type=float, default=0.02)
    ap.add_argument("--out", default=str(ner.MODEL))
    args = ap.parse_args()
    data = Path(args.data)
    tr = read_conll(data / "train_preprocess.txt")
    va = read_conll(data / "valid_preprocess.txt")
    te = read_conll(data / "test_preprocess.txt")
    with tempfile.TemporaryDirectory() as tmp:
        path = str(Path(tmp) / "m.crfsuite")
        t0 = time.perf_counter()
        train(tr, args.c1, args.c2, path, args.iters)
        print(f"trained on {len(tr)} sentences in {time.perf_counter() - t0:.1f}s")
        for name, sents in (("valid", va), ("test", te)):
            for kind, (p, r, f) in score(path, sents).items():
                print(f"{name:5} {kind:12} P {p:.3f} R {r:.3f} F1 {f:.3f}")
        train(tr + va, args.c1, args.c2, path, args.iters)
        export(path, Path(args.out), args.min_weight, common_words(tr + va))


if __name__ == "__main__":
    main()
