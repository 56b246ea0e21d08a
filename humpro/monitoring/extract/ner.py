"""A small linear-chain CRF person/organisation/place tagger, decoded in pure Python.

The weights (``data/ner_crf.json.gz``) were trained by ``bench/train_ner.py`` with CRFsuite on the
NERGrit corpus (MIT, grit-id/nergrit-corpus, as distributed in IndoNLP/indonlu). Only the
trained weights ship; decoding needs no third-party package. Used as a backstop for people that
the rule parser finds no anchor for ("... hadir pula Slamet Riyadi dan Wahyuni").
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache, lru_cache

from . import lexicon as lx

MODEL = lx.DATA_DIR / "ner_crf.json.gz"
TOKEN_RE = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")


def _shape(w: str) -> str:
    s = re.sub(r"[A-Z]", "X", w)
    s = re.sub(r"[a-z]", "x", s)
    s = re.sub(r"\d", "d", s)
    return re.sub(r"(.)\1+", r"\1\1", s)


@cache
def _gazetteer() -> dict[str, frozenset[str]]:
    heads = {p[0] for p in lx.position_heads()}
    ranks = {p[0] for p in lx.ranks()}
    return {
        "head": frozenset(heads),
        "rank": frozenset(ranks),
        "org": lx.org_words(),
        "notname": lx.not_names(),
    }


@lru_cache(maxsize=65536)
def _word_feats(w: str, prefix: str) -> tuple[str, ...]:
    return tuple(_word_feats_raw(w, prefix))


def _word_feats_raw(w: str, prefix: str) -> list[str]:
    lo = w.lower().rstrip(".")
    g = _gazetteer()
    out = [f"{prefix}w={lo}"]
    if w[:1].isupper():
        out.append(f"{prefix}title")
    if w.isupper() and len(w) > 1:
        out.append(f"{prefix}upper")
    if lo in g["head"]:
        out.append(f"{prefix}head")
    if lo in g["org"]:
        out.append(f"{prefix}org")
    if lo in g["rank"]:
        out.append(f"{prefix}rank")
    if lo in lx.honorifics() or w.rstrip(".") in lx.pre_degrees():
        out.append(f"{prefix}title_word")
    if lo in lx.post_degrees():
        out.append(f"{prefix}degree")
    if w[:1].isupper() and lx.is_known_place(w, districts=False):
        out.append(f"{prefix}place")
    return out


@lru_cache(maxsize=65536)
def _own_feats(w: str) -> tuple[str, ...]:
    lo = w.lower()
    f = ["bias", f"w={lo}", f"suf3={lo[-3:]}", f"pre3={lo[:3]}", f"shape={_shape(w)}"]
    if len(lo) > 4:
        f.append(f"suf2={lo[-2:]}")
    if w[:1].isupper():
        f.append("title")
    if w.isupper() and len(w) > 1:
        f.append("upper")
    if any(c.isdigit() for c in w):
        f.append("digit")
    if lo in _gazetteer()["notname"]:
        f.append("notname")
    f += [x for x in _word_feats(w, "") if not x.startswith("w=")]
    return tuple(f)


def features(toks: list[str]) -> list[list[str]]:
    """CRFsuite attribute names per token (shared by training and decoding)."""
    out = []
    n = len(toks)
    for i, w in enumerate(toks):
        f = list(_own_feats(w))
        lo = w.lower()
        if w[:1].isupper() and (i == 0 or toks[i - 1] in '."“”:'):
            f.append("title_at_start")
        for d in (-2, -1, 1, 2):
            j = i + d
            if 0 <= j < n:
                f += _word_feats(toks[j], f"{d}:")
            else:
                f.append(f"{d}:pad")
        if i > 0:
            f.append(f"bi-1={toks[i - 1].lower()}|{lo}")
        if i + 1 < n:
            f.append(f"bi+1={lo}|{toks[i + 1].lower()}")
        out.append(f)
    return out


@cache
def _model() -> dict | None:
    if not MODEL.exists():
        return None
    with gzip.open(MODEL, "rt", encoding="utf-8") as fh:
        data = json.load(fh)
    labels = data["labels"]
    state = {a: {int(k): v for k, v in ws.items()} for a, ws in data["state"].items()}
    return {
        "labels": labels,
        "trans": data["trans"],
        "state": state,
        "common": frozenset(data.get("common", ())),
    }


def common_words() -> frozenset[str]:
    """Lower-case words frequent in running text and never part of a person's name."""
    model = _model()
    return model["common"] if model else frozenset()


@cache
def person_word(word: str) -> bool:
    """Whether the tagger learnt ``word`` as a person's name word rather than a place ("Bambang" is
    also a village, but in running text mostly a given name)."""
    model = _model()
    if model is None:
        return False
    labels = model["labels"]
    ws = model["state"].get(f"w={word.lower()}", {})
    person = max((v for k, v in ws.items() if labels[k].endswith("PERSON")), default=0.0)
    place = max((v for k, v in ws.items() if labels[k].endswith("PLACE")), default=0.0)
    return person > 0 and person > place


def available() -> bool:
    return _model() is not None


def tag(toks: list[str]) -> list[str]:
    """Viterbi decoding of one token sequence; all-"O" when no model is shipped."""
    model = _model()
    if model is None or not toks:
        return ["O"] * len(toks)
    labels, trans, state = model["labels"], model["trans"], model["state"]
    L = len(labels)
    emis = []
    for f in features(toks):
        row = [0.0] * L
        for a in f:
            ws = state.get(a)
            if ws:
                for k, v in ws.items():
                    row[k] += v
        emis.append(row)
    score = emis[0][:]
    back: list[list[int]] = []
    for t in range(1, len(toks)):
        new, ptr = [0.0] * L, [0] * L
        for j in range(L):
            best_i, best = 0, score[0] + trans[0][j]
            for i in range(1, L):
                v = score[i] + trans[i][j]
                if v > best:
                    best_i, best = i, v
            new[j], ptr[j] = best + emis[t][j], best_i
        score = new
        back.append(ptr)
    j = max(range(L), key=lambda k: score[k])
    path = [j]
    for ptr in reversed(back):
        j = ptr[j]
        path.append(j)
    return [labels[k] for k in reversed(path)]


def spans(toks: list[str], kind: str = "PERSON") -> list[tuple[int, int]]:
    """(start, end) token spans of one entity type from BIO tags."""
    tags = tag(toks)
    out, start = [], None
    for i, t in enumerate([*tags, "O"]):
        inside = t == f"I-{kind}" and start is not None
        if inside:
            continue
        if start is not None:
            out.append((start, i))
            start = None
        if t in (f"B-{kind}", f"I-{kind}"):
            start = i
    return out


def person_names(text: str, skip: frozenset[str] = frozenset()) -> list[str]:
    """Person names the CRF finds in a text, as printed.

    Only windows around capitalised words that are not sentence-initial are tagged (the
    features look two tokens either side), which keeps decoding to a few ms per article.
    """
    if not available():
        return []
    names = []
    for sent in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])|\n+", text):
        toks = TOKEN_RE.findall(sent)
        n = len(toks)
        g = _gazetteer()
        hot = [
            i
            for i, w in enumerate(toks)
            if w[:1].isupper()
            and i > 0
            and not w.isupper()
            and w not in skip
            and (lo := w.lower()) not in g["notname"]
            and lo not in g["org"]
            and lo not in g["head"]
            and not lx.is_known_place(w)
        ]
        windows: list[list[int]] = []
        for i in hot:
            lo, hi = max(0, i - 4), min(n, i + 5)
            if windows and lo <= windows[-1][1]:
                windows[-1][1] = hi
            else:
                windows.append([lo, hi])
        for lo, hi in windows:
            part = toks[lo:hi]
            for a, b in spans(part):
                names.append(" ".join(part[a:b]))
    return names
