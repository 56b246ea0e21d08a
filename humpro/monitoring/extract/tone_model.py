"""Trainable tone classifier: multinomial logistic regression (L2) in plain numpy.

Two heads, one for the body tone and one for the headline tone. Features are

* the lexicon's own evidence (``tone.score_text``): positive/negative sums, sums per sentence,
  government and foreign mentions, misconduct and resolution flags, the lexicon's own label,
  every cue word found (``cue+:``, ``cue-:``, ``cue0:`` for neutralised ones);
* stemmed word unigrams and bigrams (``w:``/``b:``; headline words also as ``t:``), binary and
  L2-normalised per block so long and short texts weigh the same.

Features are *named* (no hashing) so that every prediction can be explained by the features that
pushed it. Training is deterministic (full-batch L-BFGS from zero or from a prior model). A retrain
starts from a prior model and regularises towards its weights (``l2 * ||W - W_prior||²``), so a few
analyst corrections shift the model without forgetting the base training.

The model is JSON-serialisable (``to_json`` / ``from_json``, gzipped on disk).
"""

from __future__ import annotations

import gzip
import json
import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import numpy as np

from humpro.monitoring.stemmer import TOKEN_RE, stem

from .lexicon import DATA_DIR
from .text import split_sentences
from .tone import TONES, decide, score_text

MODEL_FILE = "tone_model.json.gz"
FORMAT = 1
HEADS = ("body", "headline")


@dataclass
class Example:
    """One labelled article (either label may be None: that head does not learn from it)."""

    title: str
    paragraphs: list[str]
    tone: str | None = None
    headline_tone: str | None = None
    weight: float = 1.0

    def label(self, head: str) -> str | None:
        return self.tone if head == "body" else self.headline_tone


# ---------------------------------------------------------------- features


def _words(text: str) -> list[str]:
    return [stem(t.lower()) for t in TOKEN_RE.findall(text) if len(t) > 2 and not t.isdigit()]


def _ngram_block(words: list[str], prefix: str, bigrams: bool = True) -> dict[str, float]:
    keys = {f"{prefix}:{w}" for w in words}
    if bigrams:
        keys |= {f"{prefix}2:{a}_{b}" for a, b in zip(words, words[1:], strict=False)}
    if not keys:
        return {}
    v = 1.0 / math.sqrt(len(keys))
    return dict.fromkeys(keys, v)


def _cue_block(cues: list[dict], prefix: str = "") -> dict[str, float]:
    out: dict[str, float] = {}
    for c in cues:
        mark = {"positive": "+", "negative": "-"}.get(c["polarity"], "0")
        key = f"{prefix}cue{mark}:{' '.join(c['cue'].lower().split())}"
        out[key] = min(3.0, out.get(key, 0.0) + 1.0)
    return {k: math.log1p(v) for k, v in out.items()}


@dataclass
class Evidence:
    """The lexicon's analysis of one article, shared by the lexicon result and the features."""

    body: dict
    headline: dict
    n_sentences: int
    tone: str
    headline_tone: str
    body_features: dict[str, float] = field(default_factory=dict)
    headline_features: dict[str, float] = field(default_factory=dict)


def lexicon_evidence(title: str, paragraphs: Sequence[str]) -> Evidence:
    """Lexicon scores and decisions for body and headline (the scorer of ``tone.py``)."""
    text = "\n".join(paragraphs)
    n_sent = sum(len(split_sentences(p)) for p in paragraphs) or 1
    body = score_text(text)
    misconduct = any(c["polarity"] == "negative" for c in body["cues"] if c.get("crime")) or not any(
        c.get("crime") for c in body["cues"]
    )
    head = score_text(title, headline=True, misconduct=misconduct)
    body["government_mentions"] += head["government_mentions"]
    body["negative"] += head["negative"]  # a problem headline counts once more in the body
    ev = Evidence(
        body=body,
        headline=head,
        n_sentences=n_sent,
        tone=decide(body, n_sentences=n_sent),
        headline_tone=decide(head, headline=True),
    )
    ev.body_features = _body_features(ev, title, text, misconduct)
    ev.headline_features = _headline_features(ev, title)
    return ev


def _body_features(ev: Evidence, title: str, text: str, misconduct: bool) -> dict[str, float]:
    b, h, n = ev.body, ev.headline, ev.n_sentences
    gov = b["government_mentions"]
    reasons = [c.get("reason", "") for c in b["cues"] if c["polarity"] == "neutral"]
    f = {
        "lex:positive": math.log1p(b["positive"]),
        "lex:negative": math.log1p(b["negative"]),
        "lex:positive_rate": min(3.0, b["positive"] / n),
        "lex:negative_rate": min(3.0, b["negative"] / n),
        "lex:balance": (b["positive"] - b["negative"]) / (b["positive"] + b["negative"] + 2.0),
        "lex:government": math.log1p(gov),
        "lex:government_rate": min(2.0, gov / n),
        "lex:foreign": math.log1p(b["foreign_mentions"]),
        "lex:no_government": float(gov == 0),
        "lex:misconduct": float(
            misconduct and any(c.get("crime") and c["polarity"] == "negative" for c in b["cues"])
        ),
        "lex:resolved": math.log1p(sum(r.startswith("resolved") for r in reasons)),
        "lex:negated": math.log1p(sum(r == "negated" for r in reasons)),
        "lex:routine_crime": math.log1p(sum(r.startswith("law") for r in reasons)),
        "lex:headline_positive": math.log1p(h["positive"]),
        "lex:headline_negative": math.log1p(h["negative"]),
        f"lex:body={ev.tone}": 1.0,
        f"lex:headline={ev.headline_tone}": 1.0,
    }
    f.update(_cue_block(b["cues"]))
    f.update(_ngram_block(_words(text), "w"))
    f.update({k: 0.5 * v for k, v in _ngram_block(_words(title), "t", bigrams=False).items()})
    return f


def _headline_features(ev: Evidence, title: str) -> dict[str, float]:
    h = ev.headline
    f = {
        "lex:headline_positive": math.log1p(h["positive"]),
        "lex:headline_negative": math.log1p(h["negative"]),
        "lex:headline_government": float(h["government_mentions"] > 0),
        f"lex:headline={ev.headline_tone}": 1.0,
        f"lex:body={ev.tone}": 0.5,
    }
    f.update(_cue_block(h["cues"]))
    f.update(_ngram_block(_words(title), "t"))
    return f


def features_of(ev: Evidence, head: str) -> dict[str, float]:
    return ev.body_features if head == "body" else ev.headline_features


# ---------------------------------------------------------------- model


@dataclass
class Head:
    """One multinomial logistic regression over named features (classes = ``TONES``)."""

    features: list[str]
    weights: np.ndarray  # (n_features, 3)
    bias: np.ndarray  # (3,)

    def __post_init__(self) -> None:
        self.index = {name: i for i, name in enumerate(self.features)}

    def _vector(self, feats: dict[str, float]) -> tuple[np.ndarray, np.ndarray]:
        idx, val = [], []
        for k, v in sorted(feats.items()):  # a fixed order: ties in the explanation stay put
            i = self.index.get(k)
            if i is not None and v:
                idx.append(i)
                val.append(v)
        return np.asarray(idx, dtype=np.int64), np.asarray(val, dtype=np.float64)

    def predict(self, feats: dict[str, float], top: int = 8) -> dict:
        idx, val = self._vector(feats)
        logits = self.bias + (val[:, None] * self.weights[idx]).sum(axis=0)
        p = np.exp(logits - logits.max())
        p /= p.sum()
        k = int(np.argmax(p))
        # contribution of each feature to the chosen class against the mean of the classes
        w = self.weights[idx]
        contrib = val * (w[:, k] - w.mean(axis=1))
        order = np.argsort(-contrib, kind="stable")[:top]
        return {
            "tone": TONES[k],
            "probabilities": {t: round(float(x), 3) for t, x in zip(TONES, p, strict=True)},
            "features": [
                {"feature": self.features[idx[j]], "weight": round(float(contrib[j]), 3)}
                for j in order
                if contrib[j] > 0
            ],
        }

    def to_json(self) -> dict:
        return {
            "features": self.features,
            "weights": [[round(float(x), 5) for x in row] for row in self.weights],
            "bias": [round(float(x), 5) for x in self.bias],
        }

    @classmethod
    def from_json(cls, data: dict) -> Head:
        w = np.asarray(data["weights"], dtype=np.float64).reshape(-1, len(TONES))
        return cls(list(data["features"]), w, np.asarray(data["bias"], dtype=np.float64))


@dataclass
class ToneModel:
    body: Head
    headline: Head
    meta: dict = field(default_factory=dict)

    def head(self, name: str) -> Head:
        return self.body if name == "body" else self.headline

    def predict(self, title: str, paragraphs: Sequence[str]) -> dict:
        """Labels, probabilities and top features for body and headline."""
        ev = lexicon_evidence(title, paragraphs)
        return self.predict_evidence(ev)

    def predict_evidence(self, ev: Evidence) -> dict:
        return {h: self.head(h).predict(features_of(ev, h)) for h in HEADS}

    def to_json(self) -> dict:
        return {
            "format": FORMAT,
            "classes": list(TONES),
            "meta": self.meta,
            "body": self.body.to_json(),
            "headline": self.headline.to_json(),
        }

    @classmethod
    def from_json(cls, data: dict) -> ToneModel:
        if data.get("format") != FORMAT or list(data.get("classes", [])) != list(TONES):
            raise ValueError("unsupported tone model format")
        return cls(Head.from_json(data["body"]), Head.from_json(data["headline"]), data["meta"])

    def save(self, path: str | Path) -> None:
        raw = json.dumps(self.to_json(), ensure_ascii=False, separators=(",", ":"))
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as fh:
            fh.write(raw)

    @classmethod
    def load(cls, path: str | Path) -> ToneModel:
        with gzip.open(path, "rt", encoding="utf-8") as fh:
            return cls.from_json(json.load(fh))


@cache
def base_model() -> ToneModel | None:
    """The shipped model (``data/tone_model.json.gz``), or None when it is missing."""
    path = DATA_DIR / MODEL_FILE
    return ToneModel.load(path) if path.exists() else None


# ---------------------------------------------------------------- training


@dataclass
class TrainConfig:
    l2: float = 1.0  # strength of the pull towards zero (base) or the prior weights (retrain)
    min_df: int = 2  # a word feature must occur in this many training articles
    balance: bool = True  # weight classes by inverse frequency (macro-F1 is the target)
    iterations: int = 300
    prior_lexicon_l2: float = 10.0  # extra pull of ``lex:`` features towards the prior
    exclude: tuple[str, ...] = ()  # feature-name prefixes left out (for ablations)


def _design(rows: list[dict[str, float]], index: dict[str, int]):
    r, c, v = [], [], []
    for i, feats in enumerate(rows):
        for k, x in feats.items():
            j = index.get(k)
            if j is not None and x:
                r.append(i)
                c.append(j)
                v.append(x)
    return (
        np.asarray(r, dtype=np.int64),
        np.asarray(c, dtype=np.int64),
        np.asarray(v, dtype=np.float64),
    )


def _lbfgs(fun, x0: np.ndarray, iterations: int, memory: int = 10) -> np.ndarray:
    """Minimise ``fun(x) -> (value, gradient)`` with L-BFGS and Armijo backtracking."""
    x = x0.copy()
    f, g = fun(x)
    s_hist: list[np.ndarray] = []
    y_hist: list[np.ndarray] = []
    for _ in range(iterations):
        q = g.copy()
        alphas = []
        for s, y in zip(reversed(s_hist), reversed(y_hist), strict=True):
            a = s @ q / (y @ s)
            alphas.append(a)
            q -= a * y
        if s_hist:
            q *= (s_hist[-1] @ y_hist[-1]) / (y_hist[-1] @ y_hist[-1])
        for (s, y), a in zip(zip(s_hist, y_hist, strict=True), reversed(alphas), strict=True):
            b = y @ q / (y @ s)
            q += s * (a - b)
        d = -q
        if g @ d >= 0:  # not a descent direction: restart from the gradient
            d, s_hist, y_hist = -g, [], []
        step = 1.0 if s_hist else 1.0 / max(1.0, float(np.linalg.norm(g)))
        while True:
            x_new = x + step * d
            f_new, g_new = fun(x_new)
            if f_new <= f + 1e-4 * step * (g @ d) or step < 1e-10:
                break
            step *= 0.5
        s, y = x_new - x, g_new - g
        x, f_prev, f, g = x_new, f, f_new, g_new
        if y @ s > 1e-12:
            s_hist.append(s)
            y_hist.append(y)
            if len(s_hist) > memory:
                s_hist.pop(0)
                y_hist.pop(0)
        if abs(f_prev - f) <= 1e-9 * max(1.0, abs(f)) or float(np.abs(g).max()) < 1e-6:
            break
    return x


def _train_head(
    rows: list[dict[str, float]],
    labels: list[str],
    weights: list[float],
    cfg: TrainConfig,
    prior: Head | None,
    extra_min_df: int,
) -> Head:
    df: dict[str, int] = {}
    for feats in rows:
        for k in feats:
            df[k] = df.get(k, 0) + 1
    names = set(prior.features) if prior else set()
    names |= {k for k, n in df.items() if n >= (extra_min_df if prior else cfg.min_df)}
    names |= {k for k in df if k.startswith("lex:")}
    if cfg.exclude:
        names = {k for k in names if not k.startswith(cfg.exclude)}
    features = sorted(names)
    index = {k: i for i, k in enumerate(features)}
    n, d, m = len(rows), len(features), len(TONES)
    r, c, v = _design(rows, index)
    y = np.asarray([TONES.index(label) for label in labels], dtype=np.int64)
    sw = np.asarray(weights, dtype=np.float64)
    if cfg.balance:
        counts = np.bincount(y, weights=sw, minlength=m)
        present = counts > 0
        cw = np.where(present, sw.sum() / (present.sum() * np.maximum(counts, 1e-9)), 0.0)
        sw = sw * cw[y]
    sw = sw / sw.sum() * n
    w0 = np.zeros((d, m))
    b0 = np.zeros(m)
    if prior is not None:
        for name, i in prior.index.items():
            w0[index[name]] = prior.weights[i]
        b0 = prior.bias.copy()
    # per-feature strength: a retrain moves the dense lexicon features (present in every
    # article) ten times less, so corrections are learnt mostly through their words and cues
    lam = np.full((d, 1), cfg.l2)
    if prior is not None:
        lam[[i for i, k in enumerate(features) if k.startswith("lex:")]] *= cfg.prior_lexicon_l2
    onehot = np.zeros((n, m))
    onehot[np.arange(n), y] = 1.0

    def fun(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w = theta[: d * m].reshape(d, m)
        b = theta[d * m :]
        logits = np.tile(b, (n, 1))
        for k in range(m):
            logits[:, k] += np.bincount(r, weights=v * w[c, k], minlength=n)
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        loss = -(sw * np.log(p[np.arange(n), y] + 1e-12)).sum()
        diff = w - w0
        loss += 0.5 * float((lam * diff * diff).sum())
        gl = (p - onehot) * sw[:, None]
        gw = np.empty((d, m))
        for k in range(m):
            gw[:, k] = np.bincount(c, weights=v * gl[r, k], minlength=d)
        gw += lam * diff
        gb = gl.sum(axis=0)
        if prior is not None:  # a retrain also keeps the class balance of the prior
            loss += 0.5 * cfg.l2 * float(((b - b0) ** 2).sum())
            gb = gb + cfg.l2 * (b - b0)
        return float(loss), np.concatenate([gw.ravel(), gb])

    theta = _lbfgs(fun, np.concatenate([w0.ravel(), b0]), cfg.iterations)
    return Head(features, theta[: d * m].reshape(d, m), theta[d * m :])


def train(
    examples: Iterable[Example],
    *,
    config: TrainConfig | None = None,
    prior: ToneModel | None = None,
    meta: dict | None = None,
) -> ToneModel:
    """Train both heads on labelled examples (deterministic). With ``prior`` the weights are
    pulled towards the prior model's instead of towards zero, and new word features need to occur
    only once."""
    cfg = config or TrainConfig()
    examples = list(examples)
    evidence = [lexicon_evidence(e.title, e.paragraphs) for e in examples]
    heads = {}
    counts = {}
    for h in HEADS:
        sel = [(ev, e) for ev, e in zip(evidence, examples, strict=True) if e.label(h) in TONES]
        counts[h] = {t: sum(1 for _, e in sel if e.label(h) == t) for t in TONES}
        heads[h] = _train_head(
            [features_of(ev, h) for ev, _ in sel],
            [str(e.label(h)) for _, e in sel],
            [e.weight for _, e in sel],
            cfg,
            prior.head(h) if prior else None,
            extra_min_df=1,
        )
    info = {
        "n_examples": len(examples),
        "labels": counts,
        "l2": cfg.l2,
        "min_df": cfg.min_df,
        "exclude": list(cfg.exclude),
    }
    info.update(meta or {})
    return ToneModel(heads["body"], heads["headline"], info)


# ---------------------------------------------------------------- evaluation


def macro_f1(gold: Sequence[str], pred: Sequence[str]) -> float:
    fs = []
    for c in TONES:
        tp = sum(g == c and p == c for g, p in zip(gold, pred, strict=True))
        n_pred = sum(p == c for p in pred)
        n_gold = sum(g == c for g in gold)
        pr = tp / n_pred if n_pred else 0.0
        rc = tp / n_gold if n_gold else 0.0
        fs.append(2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    return sum(fs) / len(fs)


def folds(n: int, k: int, seed: int = 0) -> list[list[int]]:
    """k folds of ``range(n)``, shuffled with a fixed seed (deterministic)."""
    order = list(range(n))
    random.Random(seed).shuffle(order)
    return [sorted(order[i::k]) for i in range(k)]


def cross_validate(
    examples: Sequence[Example],
    *,
    k: int = 5,
    config: TrainConfig | None = None,
    prior: ToneModel | None = None,
    fixed: Sequence[Example] = (),
    seed: int = 0,
) -> dict:
    """k-fold CV over ``examples`` (``fixed`` examples are always in the training part).
    Returns per head the macro-F1 and accuracy of the model and of the plain lexicon."""
    examples = list(examples)
    k = max(2, min(k, len(examples)))
    gold: dict[str, list[str]] = {h: [] for h in HEADS}
    pred: dict[str, list[str]] = {h: [] for h in HEADS}
    lex: dict[str, list[str]] = {h: [] for h in HEADS}
    for fold in folds(len(examples), k, seed):
        test = set(fold)
        model = train(
            [e for i, e in enumerate(examples) if i not in test] + list(fixed),
            config=config,
            prior=prior,
        )
        for i in fold:
            e = examples[i]
            ev = lexicon_evidence(e.title, e.paragraphs)
            out = model.predict_evidence(ev)
            for h in HEADS:
                if e.label(h) in TONES:
                    gold[h].append(str(e.label(h)))
                    pred[h].append(out[h]["tone"])
                    lex[h].append(ev.tone if h == "body" else ev.headline_tone)
    result: dict = {"k": k, "n": len(examples)}
    for h in HEADS:
        n = len(gold[h])
        result[h] = {
            "n": n,
            "macro_f1": round(macro_f1(gold[h], pred[h]), 3) if n else None,
            "accuracy": round(sum(a == b for a, b in zip(gold[h], pred[h], strict=True)) / n, 3)
            if n
            else None,
            "lexicon_macro_f1": round(macro_f1(gold[h], lex[h]), 3) if n else None,
        }
    return result
