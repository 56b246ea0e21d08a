"""Keyword topics from a configurable taxonomy (default: ``data/topics.json``)."""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load_json


def default_taxonomy() -> dict[str, list[str]]:
    return {k: list(v) for k, v in load_json("topics.json").items() if not k.startswith("_")}


@lru_cache(maxsize=64)
def _compiled(items: tuple[tuple[str, tuple[str, ...]], ...]) -> list[tuple[str, re.Pattern[str]]]:
    out = []
    for topic, words in items:
        alts = [
            re.escape(w.lower()).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
            for w in words
            if w.strip()
        ]
        if alts:
            out.append((topic, re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)))
    return out


def classify_topics(
    title: str,
    body: str,
    taxonomy: dict[str, list[str]] | None = None,
    *,
    max_topics: int = 3,
    min_score: int = 2,
) -> list[str]:
    """Topics ranked by keyword hits (title hits count double); at most ``max_topics``."""
    tax = taxonomy if taxonomy is not None else default_taxonomy()
    key = tuple(sorted((t, tuple(ws)) for t, ws in tax.items() if not t.startswith("_")))
    scores = []
    for topic, rx in _compiled(key):
        score = 2 * len(rx.findall(title)) + len(rx.findall(body))
        if score:
            scores.append((score, topic))
    scores.sort(key=lambda x: (-x[0], x[1]))
    chosen = [t for s, t in scores if s >= min_score][:max_topics]
    if not chosen and scores:
        chosen = [scores[0][1]]
    return chosen
