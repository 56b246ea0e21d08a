"""One person written several ways (short forms, misspellings, given names) merged into one."""

from __future__ import annotations

from rapidfuzz import fuzz

from .. import lexicon as lx
from ..names import (
    name_key,
)
from .common import Person
from .mentions import _NAME_PREFIXES

_NAMED_THINGS = frozenset(
    ["operasi", "program", "gerakan", "festival", "piala", "lomba", "jalan", "jl", "gedung", "masjid", "gereja",
     "pondok", "stadion", "taman", "pasar", "bandara", "pelabuhan", "kapal", "km", "kri", "rawat", "wisma",
     "sakit", "rs", "rsu", "rsia", "klinik", "yayasan", "madrasah", "ponpes", "pesantren", "panti", "sekolah",
     "pantai", "aula", "kawasan", "rute", "terminal", "halte", "rusun", "rusunawa"]
)


_TITLE_WORDS = frozenset(["nabi", "santo", "sang", "raja", "ratu", "sultan", "pangeran", "syekh"])


def _similar(a: str, b: str) -> bool:
    """Spelling variants of one name ("Sudrajad" / "Sudrajat Dimyati")."""
    return len(a) >= 8 and len(b) >= 8 and fuzz.ratio(a, b) >= 90


def _misspelt_part(word: str, people: list[Person]) -> Person | None:
    """The one multi-word person with a name word spelt almost like ``word`` ("Hendrick" for
    Hendrik Sitompul); None when zero or several. The bar (ratio 88) keeps apart different
    names that differ by one letter in the middle, such as Wahyudi and Wahyuni (86)."""
    w = word.lower()
    if len(w) < 6:
        return None
    hits = [
        q
        for q in people
        if len(name_key(q.name)) >= 2
        and any(v[:3] == w[:3] and v != w and fuzz.ratio(v, w) >= 88 for v in name_key(q.name))
    ]
    return hits[0] if len(hits) == 1 else None


def _misspelt_short_form(words: list[str], people: list[Person]) -> Person | None:
    """ "Maria Gorety" after "Maria Goretti Sulastri": the first name, then a misspelt second one."""
    hits = [
        q
        for q in people
        if len(k := name_key(q.name)) >= 3
        and k[0] == words[0]
        and words[1] != k[1]
        and fuzz.ratio(words[1], k[1]) >= 75
    ]
    return hits[0] if len(hits) == 1 else None


def _short_first_and_last(words: list[str], people: list[Person]) -> Person | None:
    """ "Frans Parera" after "Fransiskus Xaverius Parera": the short given name and the family name
    of one person named earlier."""
    if len(words[0]) < 3:
        return None
    hits = [
        q
        for q in people
        if len(k := name_key(q.name)) >= 2
        and k[-1] == words[1]
        and k[0] != words[0]
        and k[0].startswith(words[0])
    ]
    return hits[0] if len(hits) == 1 else None


def _short_given_name(word: str, people: list[Person]) -> Person | None:
    """The one person named earlier whose first name starts with ``word`` ("Frans" for Fransiskus
    Xaverius Laoli); None when zero or several."""
    if len(word) < 4:
        return None
    hits = [
        q
        for q in people
        if len(key := name_key(q.name)) >= 2 and (given := _given_word(key)) != word and given.startswith(word)
    ]
    return hits[0] if len(hits) == 1 else None


def _given_word(key: list[str]) -> str:
    """The given name after the prefixes that open many names ("Lalu Habiburahman", "I Gede Susana")."""
    return next((w for w in key if w not in _NAME_PREFIXES | {"lalu", "baiq"}), key[0])


def merge_variants(people: list[Person]) -> list[Person]:
    """Merge spelling variants and well-known nicknames of one person."""
    nick = lx.nicknames()
    out: list[Person] = []
    for p in people:
        key = " ".join(name_key(p.name))
        full = nick.get(key)
        target = next(
            (
                q
                for q in out
                if (len(key.split()) >= 2 and _similar(" ".join(name_key(q.name)), key))
                or (full and full == " ".join(name_key(q.name)))
                or nick.get(" ".join(name_key(q.name))) == key
            ),
            None,
        )
        if target is None and len(key.split()) == 1 and not (p.position or p.degrees or p.rank):
            target = _misspelt_part(key, out) or _short_given_name(key, out)
        if target is None and len(key.split()) == 2 and not p.position:
            target = _misspelt_short_form(key.split(), out) or _short_first_and_last(key.split(), out)
        if target is None:
            out.append(p)
            continue
        if nick.get(" ".join(name_key(target.name))) == key:  # "Jokowi" came first
            target.aliases.add(target.name)
            target.name = p.name
        else:
            target.aliases.add(p.name)
        target.aliases |= p.aliases
        target.position = target.position or p.position
        target.rank = target.rank or p.rank
        target.degrees += [d for d in p.degrees if d not in target.degrees]
        target.honorifics += [h for h in p.honorifics if h not in target.honorifics]
        target.note = target.note or p.note
    return out
