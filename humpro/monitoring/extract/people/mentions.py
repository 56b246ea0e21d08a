"""One text's mentions of people: the rule families tried in order at every token."""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon as lx
from .. import ner
from ..names import (
    CUE_ROOTS,
    acronym_word,
    bare,
    ends_sentence,
    is_cap,
    is_pre_title,
    join_tokens,
    match_phrase,
    name_tok,
    parse_name,
    tokens,
    valid_name,
)
from .common import _PASSIVE, Mention, _lower_starts
from .name_first import _name_first, _passive_agent, _role_word, _titled_name
from .office_first import _office_first


def parse_mentions(
    text: str, extra_places: frozenset[str] = frozenset(), cue_names: frozenset[str] = frozenset()
) -> list[Mention]:
    """Person mentions anchored by an office, a title/degree/rank, a role word or a speech verb.

    At each token the rule families of ``_RULES`` are tried in order; the first that claims the
    token gives its mentions (possibly none) and the index where the scan goes on. ``cue_names``
    are given names the article uses on their own ("kata Tonny", see ``cue_names``).
    """
    toks = tokens(text)
    out: list[Mention] = []
    starts = _lower_starts()
    i = 0
    while i < len(toks):
        tok = toks[i]
        if tok[:1].islower() and bare(tok) not in starts and not _PASSIVE.match(tok) and not is_pre_title(tok):
            i += 1  # no rule family opens at a plain lower-case word (speed: most tokens are such)
            continue
        for rule in _RULES:
            hit = rule(toks, i, extra_places)
            if hit is not None:
                found, start, i = hit[0], i, hit[1]
                if cue_names:
                    found = [_recut_at_cue_name(toks, start, m, cue_names) for m in found]
                out.extend(found)
                break
        else:
            i += 1
    return [
        m
        for m in out
        if m.sure
        or (
            valid_name(m.name)
            and m.name.lower() not in extra_places
            and m.name.split()[0] not in _head_first_words()  # ("Pendamping Lokal": an office's words)
        )
    ]


_NAME_PREFIXES = frozenset(
    ["i", "ni", "gede", "made", "nyoman", "ketut", "putu", "kadek", "komang", "wayan", "gusti", "ngurah", "anak",
     "agung", "ida", "bagus", "ayu", "cokorda", "tjokorda", "andi", "teuku", "cut", "raden", "muhammad", "mohammad",
     "muh", "moh", "abdul", "siti", "sri"]
)


_CUE_NAME = re.compile(r"\b(?:" + CUE_ROOTS + r"|[Mm]enurut)\s+([A-Z][a-z]{2,})(?=\s*[,.;!?]|\s+[a-z]|\s*$)")


@cache
def _head_first_words() -> frozenset[str]:
    """First words of the offices of two words or more ("Pendamping" of "Pendamping Desa"): no name
    starts with them (except words that are also given names or titles)."""
    words = {h.split()[0] for h in lx.offices()["position_heads"] if len(h.split()) > 1}
    return frozenset(words - {"Datuk", "Hakim", "Pranata", "Pastor"})


def cue_names(texts: list[str]) -> frozenset[str]:
    """Given names the article uses on their own after a speech cue ("kata Tonny", "ujar Rina.",
    "Menurut Joni,"): where an office's unknown words run into a name, such a word starts it."""
    out = set()
    for text in texts:
        for m in _CUE_NAME.finditer(text):
            w = m.group(1)
            if not (
                bare(w) in lx.org_words()
                or bare(w) in lx.not_names()
                or w.lower() in lx.honorifics()
                or (lx.is_known_place(w) and not ner.person_word(w))  # ("Bambang" is also a village)
                or match_phrase([w], 0, lx.position_heads())
            ):
                out.add(w)
    return frozenset(out)


def _recut_at_cue_name(toks: list[str], i: int, m: Mention, cues: frozenset[str]) -> Mention:
    """ "Rektor Universitas Sam Ratulangi Tonny H. Wangania ... kata Tonny": the office's unknown
    words ran into the name; the given name the article uses alone starts it (a middle initial
    such as "H." is then part of the name, not the honorific Haji)."""
    if not m.position:
        return m
    pos = tokens(m.position)
    n = len(toks)
    if [bare(t) for t in toks[i : i + len(pos)]] != [bare(t) for t in pos]:
        return m
    old_name = m.name.split()
    start = i + len(pos) + (i + len(pos) < n and toks[i + len(pos)] == ",")
    # past the name only when that "name" holds a body's word ("Policy PT Maju Digital Indonesia")
    suspect = any(bare(w) in lx.org_words() or acronym_word(w) for w in old_name)
    # "Direktur BUMDes Ngesti Makmur Agus Widodo ... ujar Agus": four words or more, the cue name
    # third or later, the words before it no name prefixes ("I Gede Ngurah Swajaya ... kata Ngurah")
    at = old_name.index(next((w for w in old_name if w in cues), old_name[0]))
    long_run = len(old_name) >= 4 and at >= 2 and not any(bare(w) in _NAME_PREFIXES for w in old_name[:at])
    limit = min(n, start + (len(old_name) + 6 if suspect else len(old_name) if long_run else 0))
    t = i + 1
    while (
        t < limit
        and toks[t] not in cues
        and (is_cap(toks[t]) or toks[t] in ("of", "&"))
        and not (ends_sentence(toks[t]) or is_pre_title(toks[t]) or match_phrase(toks, t, lx.ranks()))
    ):
        t += 1
    if not (t < limit and toks[t] in cues) or (start <= t < start + len(old_name) and not suspect and not long_run):
        return m
    hons, name, degrees, rank, end = parse_name(toks, t)
    if name == [toks[t]] and end + 1 < n and re.fullmatch(r"[A-Z]\.", toks[end]) and name_tok(toks[end + 1]):
        initial = toks[end]  # "Tonny H. Wangania": a middle initial
        _h, rest, degrees, _r, end = parse_name(toks, end + 1)
        name = [*name, initial, *rest]
    if not (len(name) >= 2 and valid_name(" ".join(name))):
        return m  # ("Manajer Kirana, Tommy Halim": the manager of Kirana)
    return Mention(" ".join(name), join_tokens(toks[i:t]), degrees, hons, rank or m.rank, note=m.note, strong=m.strong)


_RULES = (_office_first, _role_word, _titled_name, _passive_agent, _name_first)
