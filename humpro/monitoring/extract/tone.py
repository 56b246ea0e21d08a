"""Tone toward the government, for body and headline, explained by the cue words that decided it.

A transparent lexicon scorer (own word list in ``data/tone.json``):

* every sentence is scanned for positive and negative cue patterns; a negator just before a cue
  ("tidak", "belum", ...) flips it; a "resolution" word (diperbaiki, rampung, ...) in the same
  sentence cancels the problem words of that sentence (a problem shown through the fix);
* items with no government actor, or clearly about a foreign government, are neutral;
* the lexicon label comes from the balance of the two sums (thresholds in ``decide``);
* the final label comes from the trained classifier of ``tone_model.py`` (the lexicon evidence
  plus stemmed words as features); the lexicon label only when no model file is available.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from .lexicon import load_json
from .text import split_sentences

if TYPE_CHECKING:
    from .tone_model import ToneModel

TONES = ("positive", "neutral", "negative")


class _Alternation:
    """All cue patterns of one kind as a single regex (longest first); ``lastgroup`` names the
    cue. One scan per sentence instead of one per cue word."""

    def __init__(self, words: dict[str, int] | list[str]) -> None:
        items = list(words.items() if isinstance(words, dict) else ((w, 1) for w in words))
        items.sort(key=lambda kv: -len(kv[0]))
        by_first: dict[str, list[str]] = {}
        self.cues = []
        for i, (word, weight) in enumerate(items):
            body = re.escape(word).replace(r"\*", r"\w*").replace(r"\ ", r"\s+")
            first = word[0].lower() if word[:1].isalpha() else ""
            by_first.setdefault(first, []).append(f"(?P<c{i}>{body})")
            self.cues.append((word, int(weight)))
        # one branch per first letter, entered through a one-character lookahead: the engine tries
        # only the cues that can start here (same order within a letter, so the same cue wins)
        branches = [
            (f"(?={re.escape(first)})" if first else "") + "(?:" + "|".join(parts) + ")"
            for first, parts in by_first.items()
        ]
        self.rx = re.compile(r"(?<![\w-])(?:" + "|".join(branches) + r")(?![\w-])", re.I)

    def finditer(self, text: str):
        for m in self.rx.finditer(text):
            word, weight = self.cues[int(m.lastgroup[1:])]
            yield m, word, weight

    def search(self, text: str) -> bool:
        return self.rx.search(text) is not None

    def count(self, text: str) -> int:
        return sum(1 for _ in self.rx.finditer(text))


@cache
def _lexicon() -> dict:
    data = load_json("tone.json")
    return {
        "pos": _Alternation(data["positive"]),
        "neg": _Alternation(data["negative"]),
        "crime": _Alternation(data["crime"]),
        "res": _Alternation(data["resolution"]),
        "gov": _Alternation(data["government"]),
        "foreign": _Alternation(data["foreign"]),
        "official": _Alternation(data["official_suspects"]),
        "case": _Alternation(data["case_markers"]),
        "corruption": _Alternation(data.get("corruption", [])),
        "negated_after": re.compile(
            r"^\W{0,3}(?:\w+\s+){0,2}(?:"
            + "|".join(map(re.escape, data["negated_after"]))
            + r")\b",
            re.I,
        ),
        "hpos": _Alternation({**data["positive"], **data["headline_positive"]}),
        "hneg": _Alternation({**data["negative"], **data["crime"], **data["headline_negative"]}),
        "negators": re.compile(
            r"(?:\b(?:" + "|".join(map(re.escape, data["negators"])) + r")\s+(?:\w+\s+)?)$", re.I
        ),
        "negated_words": re.compile(
            r"(?:" + "|".join(map(re.escape, data["negated_words"])) + r")$", re.I
        ),
    }


def _hits(sentence: str, patterns: _Alternation, lex: dict) -> list[tuple[str, int, bool, int]]:
    found = []
    for m, _word, weight in patterns.finditer(sentence):
        left = sentence[max(0, m.start() - 25) : m.start()]
        right = sentence[m.end() : m.end() + 40]
        negated = bool(
            lex["negators"].search(left)
            or lex["negated_words"].search(left)
            or lex["negated_after"].search(right)
        )
        found.append((m.group(0), weight, negated, m.start()))
    return found


_ENFORCER_AFTER = re.compile(
    r"^\W{0,3}(?:[\w.]+\s+){0,2}?(?:humas|pol\b|polres|polresta|polda|polsek|polri|reskrim|satreskrim|"
    r"satresnarkoba|resnarkoba|narkoba|pidsus|pidum|intelijen|kejari|kejati|kejaksaan|kpk|bnn|bnnk|bnnp|"
    r"penuntut|pengadilan|tipikor|majelis|ketua majelis)",
    re.I,
)


def _official_at_fault(sentence: str, lex: dict) -> bool:
    """An official who could be at fault in the sentence: not the police, prosecution or court
    officer who reports the case ("Kasi Humas Polres ...", "jaksa penuntut umum")."""
    return any(
        m.group(0).lower().startswith(("oknum", "anggota", "mantan"))  # "oknum polisi": at fault
        or not _ENFORCER_AFTER.search(sentence[m.end() : m.end() + 40])
        for m, _w, _g in lex["official"].finditer(sentence)
    )


_ANTI = re.compile(
    r"(?:\banti|pencegahan|mencegah|cegah|pemberantasan|memberantas|berantas|melawan|lawan|menolak|tolak|"
    r"bebas|zona integritas|sosialisasi|bahaya)\W{0,2}$",
    re.I,
)


def _corruption_by_official(text: str, lex: dict) -> bool:
    """A corruption case (case words, not an anti-corruption campaign) in an article that names an
    official: misconduct even when the office and the charge stand in different sentences."""
    hits = [
        not _ANTI.search(text[max(0, m.start() - 25) : m.start()])
        for m, _w, _g in lex["corruption"].finditer(text)
    ]
    return (
        sum(hits) * 2 > len(hits)  # mostly a case, not an anti-corruption campaign
        and lex["case"].search(text)
        and lex["official"].search(text)
    )


def score_text(text: str, *, headline: bool = False, misconduct: bool | None = None) -> dict:
    """Positive/negative sums and the cues behind them for one text.

    Crime and law-enforcement words ("tersangka", "ditangkap") count against the government only
    when the text shows misconduct by an official ("kepala desa", "pejabat", "hakim agung" in a
    sentence with such a word); otherwise the item is routine law enforcement and they are
    neutral.
    """
    lex = _lexicon()
    pos_pats = lex["hpos"] if headline else lex["pos"]
    neg_pats = lex["hneg"] if headline else lex["neg"]
    pos = neg = 0.0
    cues: list[dict] = []
    sentences = [text[a:b] for a, b in (split_sentences(text) or [(0, len(text))])]
    if misconduct is None:
        misconduct = _corruption_by_official(text, lex) or any(
            lex["case"].search(s) and _official_at_fault(s, lex) for s in sentences
        )
    crime_rx = lex["crime"].rx
    for sent in sentences:
        resolved = not re.search(r"\b(?:tidak|tak|belum|bukan|tanpa)\b", sent, re.I) and (
            lex["res"].search(sent)
        )
        for word, weight, negated, _at in _hits(sent, pos_pats, lex):
            pol = "negative" if negated else "positive"
            if negated:
                neg += weight * 0.5
            else:
                pos += weight
            cues.append(
                {"cue": word, "polarity": pol, "weight": weight, "sentence": sent.strip()[:300]}
            )
        if headline:
            hits = [(h, bool(crime_rx.fullmatch(h[0]))) for h in _hits(sent, neg_pats, lex)]
        else:
            hits = [(h, False) for h in _hits(sent, neg_pats, lex)]
            hits += [(h, True) for h in _hits(sent, lex["crime"], lex)]
        for (word, weight, negated, _at), crime in hits:
            if negated or resolved or (crime and not misconduct):
                reason = (
                    "negated"
                    if negated
                    else "resolved in the same sentence"
                    if resolved
                    else "law enforcement, no official at fault"
                )
                cues.append(
                    {
                        "cue": word,
                        "polarity": "neutral",
                        "weight": 0,
                        "sentence": sent.strip()[:300],
                        "reason": reason,
                        "crime": crime,
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
                    "crime": crime,
                }
            )
    return {
        "positive": pos,
        "negative": neg,
        "government_mentions": lex["gov"].count(text),
        "foreign_mentions": lex["foreign"].count(text),
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
    gov = s["government_mentions"]
    about_gov = gov > 0 and s["foreign_mentions"] <= gov and gov / max(1, n_sentences) >= 0.15
    if not about_gov and not (neg >= 6 and neg >= 2 * pos and s["foreign_mentions"] <= gov):
        return "neutral"  # not about the government (public-service complaints excepted)
    scale = max(1.0, (n_sentences / 8) ** 0.5)
    if neg >= 4 * scale and neg >= 0.8 * pos:
        return "negative"
    if pos >= 4 * scale and pos >= 1.6 * neg:
        return "positive"
    return "neutral"


def analyse_tone(title: str, paragraphs: list[str], *, model: ToneModel | None = None) -> dict:
    """Return tone, headline_tone and an explanation (lexicon cues and sums, model features).

    ``model`` is a ``tone_model.ToneModel`` (e.g. an organization's retrained model); by default
    the shipped base model is used, and the plain lexicon decision when no model is available.
    """
    from .tone_model import base_model, lexicon_evidence

    ev = lexicon_evidence(title, paragraphs)
    body_score, head_score = ev.body, ev.headline
    tone, headline_tone = ev.tone, ev.headline_tone
    clf = model if model is not None else base_model()
    pred = clf.predict_evidence(ev) if clf is not None else None
    if pred:
        tone, headline_tone = pred["body"]["tone"], pred["headline"]["tone"]

    def top(cues: list[dict], pol: str) -> list[dict]:
        sel = [c for c in cues if c["polarity"] == pol]
        return sorted(sel, key=lambda c: -c["weight"])[:8]

    explain = {
        "body": {
            "tone": tone,
            "lexicon_tone": ev.tone,
            "positive_score": body_score["positive"],
            "negative_score": body_score["negative"],
            "government_mentions": body_score["government_mentions"],
            "positive_cues": top(body_score["cues"], "positive"),
            "negative_cues": top(body_score["cues"], "negative"),
            "neutralised_cues": top(body_score["cues"], "neutral"),
        },
        "headline": {
            "tone": headline_tone,
            "lexicon_tone": ev.headline_tone,
            "positive_score": head_score["positive"],
            "negative_score": head_score["negative"],
            "cues": [{"cue": c["cue"], "polarity": c["polarity"]} for c in head_score["cues"]],
        },
    }
    if pred:
        explain["body"]["model"] = pred["body"]
        explain["headline"]["model"] = pred["headline"]
        explain["tone_model"] = str(clf.meta.get("name") or "base")
    return {"tone": tone, "headline_tone": headline_tone, "explain": explain}
