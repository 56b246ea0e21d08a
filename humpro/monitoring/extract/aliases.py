"""Aliases of people inside one article: surnames, initials, nicknames and office titles."""

from __future__ import annotations

import re

from . import lexicon as lx
from .names import bare, match_phrase, tokens
from .people import Person


def alias_patterns(people: list[Person], text: str) -> list[tuple[str, int, bool]]:
    """Surface strings that refer to each person: (pattern, person index, case_sensitive)."""
    out: list[tuple[str, int, bool]] = []
    token_owner: dict[str, set[int]] = {}
    for idx, p in enumerate(people):
        for name in {p.name, *p.aliases}:
            out.append((re.escape(name), idx, True))
            for w in name.split():
                w = w.rstrip(".")
                if len(w) >= 3 and w.lower() not in lx.not_names() and not w.isupper():
                    token_owner.setdefault(w, set()).add(idx)
        words = [w for w in p.name.split() if w[0].isupper()]
        if len(words) >= 2:
            out.append((r"(?<![\w.])" + "".join(w[0] for w in words) + r"(?!\w)", idx, True))
    for w, owners in token_owner.items():
        if len(owners) == 1:
            out.append((re.escape(w), next(iter(owners)), True))
    heads: dict[str, set[int]] = {}
    for idx, p in enumerate(people):
        if not p.position:
            continue
        toks = tokens(p.position)
        start = 1 if toks and bare(toks[0]) in ("plt", "plh", "pj") else 0
        k = match_phrase(toks, start, lx.position_heads())
        if k:
            heads.setdefault(" ".join(toks[start : start + k]), set()).add(idx)
    for head, owners in heads.items():
        if len(owners) == 1 and head.lower() not in (
            "kepala",
            "ketua",
            "anggota",
            "direktur",
            "sekretaris",
            "plt",
            "pj",
        ):
            out.append(
                (
                    r"(?<!Wakil )(?<!wakil )" + re.escape(head[:1].upper() + head[1:]),
                    next(iter(owners)),
                    True,
                )
            )
    return out


def resolve_nicknames(people: list[Person], text: str) -> None:
    """Attach nicknames introduced by "akrab disapa X" to the person mentioned just before."""
    for m in re.finditer(
        r"(?:akra[bp]|biasa)\s+(?:di)?(?:sapa|panggil)(?:\s+dengan\s+panggilan)?\s+(?:Bang|Pak|Bu|Mas|Mbak|Kak)?\s*([A-Z]\w+)",
        text,
    ):
        before = text[: m.start()]
        best = None
        for idx, p in enumerate(people):
            pos = max((before.rfind(a) for a in {p.name, *p.aliases}), default=-1)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, idx)
        if best:
            people[best[1]].aliases.add(m.group(1))
    for p in people:  # "Presiden Joko Widodo (Jokowi)"
        for m in re.finditer(re.escape(p.name) + r"\s*\(\s*([A-Z][\w-]{2,20})\s*\)", text):
            if m.group(1).lower() not in lx.org_words():
                p.aliases.add(m.group(1))
