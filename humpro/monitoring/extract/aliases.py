"""Aliases of people inside one article: surnames, initials, nicknames and office titles."""

from __future__ import annotations

import re

from . import lexicon as lx
from .names import ADDRESS_FORMS, match_phrase, tokens
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
            parts = [w for word in words for w in word.split("-") if w]
            if len(parts) > len(words):  # "STY" for Shin Tae-yong: each part of a hyphenated name
                out.append((r"(?<![\w.])" + "".join(w[0].upper() for w in parts) + r"(?!\w)", idx, True))
    for w, owners in token_owner.items():
        if len(owners) == 1:
            out.append((re.escape(w), next(iter(owners)), True))
    heads: dict[str, set[int]] = {}
    for idx, p in enumerate(people):
        if not p.position:
            continue
        toks = tokens(p.position)
        start = lx.acting_prefix(toks)  # "Plt", "Penjabat (Pj)", "Pelaksana Tugas (Plt)"
        k = match_phrase(toks, start, lx.position_heads())
        if k:
            heads.setdefault(" ".join(toks[start : start + k]), set()).add(idx)
    # short forms of a unique office ("Wagub" for the Wakil Gubernur, "Kajari" for the Kepala
    # Kejaksaan Negeri), when exactly one person of the article holds it
    for short in lx.office_abbreviations():
        if (owner := office_holder(short.capitalize(), people)) is not None:
            out.append((r"(?<!Wakil )" + re.escape(short.capitalize()) + r"(?![\w.])", owner, True))
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


# a nickname first, then what it is: "Castro sapaan karibnya", "Bang Jon, panggilan akrabnya"
_NICKNAME_FIRST = re.compile(
    r"\b([A-Z][a-z]{2,})\s*,?\s+(?:yang\s+)?(?:(?:biasa|akrab)\s+)?(?:sapaan|panggilan|disapa)\s+"
    r"(?:akrab|karib)(?:nya)?\b"
)


def resolve_nicknames(people: list[Person], text: str) -> None:
    """Attach nicknames introduced by "akrab disapa X" to the person mentioned just before."""
    for m in re.finditer(
        r"(?:akra[bp]|biasa)\s+(?:di)?(?:sapa|panggil)(?:\s+dengan\s+panggilan)?\s+"
        r"(?:(" + "|".join(sorted(ADDRESS_FORMS)) + r")\s+)?([A-Z]\w+)",
        text,
    ):
        before = text[: m.start()]
        best = None
        for idx, p in enumerate(people):
            pos = max((before.rfind(a) for a in {p.name, *p.aliases}), default=-1)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, idx)
        if best:
            people[best[1]].aliases.add(m.group(2))
            if m.group(1):  # "kata Cek Ros": the form of address with the nickname
                people[best[1]].aliases.add(f"{m.group(1)} {m.group(2)}")
    for m in _NICKNAME_FIRST.finditer(text):  # "Castro sapaan karibnya mengatakan ..."
        nick = m.group(1)
        before = text[: m.start()]
        best = None
        for idx, p in enumerate(people):
            if p.name == nick:
                continue
            pos = max((before.rfind(a) for a in {p.name, *p.aliases}), default=-1)
            if pos >= 0 and (best is None or pos > best[0]):
                best = (pos, idx)
        if best:
            owner = people[best[1]]
            owner.aliases.add(nick)
            people[:] = [p for p in people if not (p.name == nick and not p.position)]
    for p in people:  # "Ahmad Junaidi alias Utuh Jun ... tutur Utuh"
        for m in lx.rx(re.escape(p.name) + r"\s+alias\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})").finditer(text):
            p.aliases.add(m.group(1))
            p.aliases.add(m.group(1).split()[0])
    _first_name_short_forms(people, text)
    for p in people:  # "Presiden Joko Widodo (Jokowi)"
        for m in lx.rx(re.escape(p.name) + r"\s*\(\s*([A-Z][\w-]{2,20})\s*\)").finditer(text):
            if m.group(1).lower() not in lx.org_words():
                p.aliases.add(m.group(1))


def _first_name_short_forms(people: list[Person], text: str) -> None:
    """"Rafa" for Rafael Duarte Monteiro: a capitalised word of the text that begins the first
    name of exactly one person (at least 4 letters, two thirds of the name) is that person."""
    firsts: dict[int, str] = {i: p.name.split()[0] for i, p in enumerate(people) if len(p.name.split()) >= 2}
    known = {w for p in people for a in (p.name, *p.aliases) for w in a.split()}
    for word in set(re.findall(r"(?<![\w.])[A-Z][a-z]{3,}(?![\w.])", text)) - known:
        if word.lower() in lx.not_names() or word.lower() in lx.org_words():
            continue
        owners = [i for i, f in firsts.items() if f.startswith(word) and len(word) * 3 >= 2 * len(f) and f != word]
        if len(owners) == 1:
            people[owners[0]].aliases.add(word)


def office_holder(office: str, people: list[Person]) -> int | None:
    """The one person of the article whose position starts with ``office`` ("Camat" → the
    Camat Merapi Barat), ignoring acting prefixes (Plt., Pj.); None when not exactly one."""
    words = [w.strip(",.") for w in office.split() if w[:1].isupper()]
    start = lx.acting_prefix(words)  # "Plt Wali Kota": the head after the acting prefix
    k = match_phrase(words, start, lx.position_heads())
    want = lx.office_words(" ".join(words[start : start + k] if k else words))
    hits = [
        i
        for i, p in enumerate(people)
        if want and lx.office_words(p.position or "")[: len(want)] == want
    ]
    return hits[0] if len(hits) == 1 else None
