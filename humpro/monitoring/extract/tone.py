"""Tone toward the government, for body and headline, explained by the cue words that decided it.

A transparent lexicon scorer (own word list in ``data/tone.json``):

* every sentence is scanned for positive and negative cue patterns; a negator just before a cue
  ("tidak", "belum", ...) flips it; a "resolution" word (diperbaiki, rampung, ...) in the same
  sentence cancels the problem words of that sentence (a problem shown through the fix);
* items with no government actor, or clearly about a foreign government, are neutral;
* the label comes from the balance of the two sums (thresholds in ``decide``).
"""

from __future__ import annotations

import re
from functools import cache

from .lexicon import load_json
from .text import split_sentences

TONES = ("positive", "neutral", "negative")


def _compile(words: dict[str, int] | list[str]) -> list[tuple[re.Pattern[str], str, int]]:
    items = words.items() if isinstance(words, dict) else ((w, 1) for w in words)
    out = []
    for word, weight in items:
        body = re.escape(word).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
        out.append((re.compile(r"(?<![\w-])" + body + r"(?![\w-])", re.I), word, int(weight)))
    return out


@cache
def _lexicon() -> dict:
    data = load_json("tone.json")
    return {
        "pos": _compile(data["positive"]),
        "neg": _compile(data["negative"]),
        "res": _compile(data["resolution"]),
        "gov": _compile(data["government"]),
        "foreign": _compile(data["foreign"]),
        "hpos": _compile(data["headline_positive"]),
        "hneg": _compile(data["headline_negative"]),
        "negators": re.compile(
            r"(?:\b(?:" + "|".join(map(re.escape, data["negators"])) + r")\s+(?:\w+\s+)?)$", re.I
        ),
    }


def _hits(sentence: str, patterns, negators) -> list[tuple[str, int, bool, int]]:
    found = []
    taken: list[tuple[int, int]] = []
    for rx, _word, weight in patterns:
        for m in rx.finditer(sentence):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            negated = bool(negators.search(sentence[max(0, m.start() - 25) : m.start()]))
            found.append((m.group(0), weight, negated, m.start()))
    return found


def score_text(text: str, *, headline: bool = False) -> dict:
    """Positive/negative sums and the cues behind them for one text."""
    lex = _lexicon()
    pos_pats = lex["hpos"] + lex["pos"] if headline else lex["pos"]
    neg_pats = lex["hneg"] + lex["neg"] if headline else lex["neg"]
    pos = neg = 0.0
    cues: list[dict] = []
    for a, b in split_sentences(text) or [(0, len(text))]:
        sent = text[a:b]
        resolved = not re.search(r"\b(?:tidak|tak|belum|bukan|tanpa)\b", sent, re.I) and any(
            rx.search(sent) for rx, _w, _n in lex["res"]
        )
        for word, weight, negated, _at in _hits(sent, pos_pats, lex["negators"]):
            pol = "negative" if negated else "positive"
            if negated:
                neg += weight * 0.5
            else:
                pos += weight
            cues.append(
                {"cue": word, "polarity": pol, "weight": weight, "sentence": sent.strip()[:300]}
            )
        for word, weight, negated, _at in _hits(sent, neg_pats, lex["negators"]):
            if negated or resolved:
                cues.append(
                    {
                        "cue": word,
                        "polarity": "neutral",
                        "weight": 0,
                        "sentence": sent.strip()[:300],
                        "reason": "negated" if negated else "resolved in the same sentence",
                    }
                )
                continue
            neg += weight
            cues.append(
                {
                    "cue": word,
                    "polarity": "negative",
                    "weight": weight,
                    "sentence": sent.strip()[:300],
                }
            )
    gov = sum(len(rx.findall(text)) for rx, _w, _n in lex["gov"])
    foreign = sum(len(rx.findall(text)) for rx, _w, _n in lex["foreign"])
    return {
        "positive": pos,
        "negative": neg,
        "government_mentions": gov,
        "foreign_mentions": foreign,
        "cues": cues,
    }


def decide(s: dict, *, headline: bool = False, n_sentences: int = 1) -> str:
    pos, neg = s["positive"], s["negative"]
    if headline:
        if neg >= 2 and neg >= pos:
            return "negative"
        if pos >= 2 and pos > neg:
            return "positive"
        return "neutral"
    if s["government_mentions"] == 0 or s["foreign_mentions"] > s["government_mentions"]:
        return "neutral"
    scale = max(1.0, n_sentences / 8)
    if neg >= 4 * scale and neg >= 0.8 * pos:
        return "negative"
    if pos >= 4 * scale and pos >= 1.6 * neg:
        return "positive"
    return "neutral"


def analyse_tone(title: str, paragraphs: list[str]) -> dict:
    """Return tone, headline_tone and an explanation (cues and sums)."""
    body = "\n".join(paragraphs)
    n_sent = sum(len(split_sentences(p)) for p in paragraphs) or 1
    body_score = score_text(body)
    head_score = score_text(title, headline=True)
    # a headline with no cue of its own leans on the lead paragraph only when the body is clear-cut
    tone = decide(body_score, n_sentences=n_sent)
    headline_tone = decide(head_score, headline=True)

    def top(cues: list[dict], pol: str) -> list[dict]:
        sel = [c for c in cues if c["polarity"] == pol]
        return sorted(sel, key=lambda c: -c["weight"])[:8]

    explain = {
        "body": {
            "tone": tone,
            "positive_score": body_score["positive"],
            "negative_score": body_score["negative"],
            "government_mentions": body_score["government_mentions"],
            "positive_cues": top(body_score["cues"], "positive"),
            "negative_cues": top(body_score["cues"], "negative"),
            "neutralised_cues": top(body_score["cues"], "neutral"),
        },
        "headline": {
            "tone": headline_tone,
            "positive_score": head_score["positive"],
            "negative_score": head_score["negative"],
            "cues": [{"cue": c["cue"], "polarity": c["polarity"]} for c in head_score["cues"]],
        },
    }
    return {"tone": tone, "headline_tone": headline_tone, "explain": explain}
