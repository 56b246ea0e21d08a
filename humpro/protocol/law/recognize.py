"""Map a written position title to the tiers where UU 9/2010 names that office.

``recognize("Kapolda Sumatera Selatan")`` gives ``codes={"provinsi": "10.1.g"}``;
``recognize("Bupati Banyuasin")`` gives ``{"provinsi": "10.1.j", "kabupaten": "11.1.a"}``:
the bupati's home tier is 11.1.a, and the provincial list names the office at 10.1.j, which
is where ``order.order_attendees`` places a bupati at a provincial event.

An unrecognised title returns None: it is never silently placed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache

from .rules import RULES, Rule
from .text import detect_level, normalize, normalize_regions, split_acting
from .tiers import LEVELS, NASIONAL, TIERS


@dataclass(frozen=True)
class Recognition:
    """What a title means for precedence."""

    #: Tier code per list level that names the office, e.g. {"provinsi": "10.1.j", ...}.
    codes: dict[str, str]
    #: The office as the law words it.
    label: str
    #: Name of the rule that matched (for audit and tests).
    matched_rule: str
    #: The level of the office itself (its own list).
    home_level: str
    #: "pimpinan" / "anggota" of a Lembaga Negara (PP 56/2019 Pasal 6A), else None.
    lembaga_negara: str | None = None
    #: A caution for the protocol officer, in Indonesian (may be empty).
    note: str = ""
    #: True for Pj./Plt. holders, who are placed at the office they hold.
    acting: bool = False
    normalized: str = field(default="", compare=False)

    @property
    def home_code(self) -> str | None:
        """The tier on the office's own list (or the only list naming it)."""
        if self.home_level in self.codes:
            return self.codes[self.home_level]
        for level in LEVELS:
            if level in self.codes:
                return self.codes[level]
        return None

    def code_for(self, level: str) -> str | None:
        return self.codes.get(level)


@dataclass(frozen=True)
class _Outcome:
    recognition: Recognition | None
    reason: str


def _apply(rule: Rule, text: str, acting: bool, assume_level: str | None,
           regions: tuple[tuple[str, str], ...]) -> _Outcome:
    if rule.reject:
        return _Outcome(None, rule.reject)
    if rule.fixed is not None:
        codes, home = dict(rule.fixed), rule.home or ""
    else:
        assert rule.by_level is not None
        level = detect_level(text, hints=rule.hints, regions=regions) or assume_level
        if level is None or level not in rule.by_level:
            return _Outcome(None, f"Jabatan dikenali sebagai {rule.label}, tetapi tingkatnya "
                                  "(Provinsi/Kabupaten/Kota) tidak dapat ditentukan")
        codes, home = dict(rule.by_level[level]), level
    note = rule.note
    if acting:
        note = ("Pj./Plt. ditempatkan pada jabatan yang diembannya. " + note).strip()
    ln_role = rule.lembaga_negara
    national = codes.get(NASIONAL)
    if ln_role is None and national is not None:
        ln_role = TIERS[national].lembaga_negara
    return _Outcome(Recognition(codes, rule.label, rule.name, home, ln_role, note, acting,
                                text), "")


@lru_cache(maxsize=4096)
def _analyse(title: str, assume_level: str | None,
             regions: tuple[tuple[str, str], ...]) -> _Outcome:
    text, acting = split_acting(normalize(title))
    if not text:
        return _Outcome(None, "Jabatan kosong")
    for rule in RULES:
        if rule.pattern.search(text):
            return _apply(rule, text, acting, assume_level, regions)
    return _Outcome(None, "Jabatan tidak dikenali")


def _check_level(assume_level: str | None) -> None:
    if assume_level is not None and assume_level not in LEVELS:
        raise ValueError(f"Tingkat tidak dikenal: {assume_level!r}")


def recognize(
    title: str,
    *,
    assume_level: str | None = None,
    region_levels: Mapping[str, str] | None = None,
) -> Recognition | None:
    """Recognise a position title, or None when the law gives it no tier we can identify.

    ``assume_level`` is used only when the title names no level (e.g. "Kepala Dinas
    Kesehatan" in a provincial office); ``region_levels`` maps local region names to
    "provinsi"/"kabupaten" so that "Ketua DPRD Nusa Makmur" can be read.
    """
    _check_level(assume_level)
    if not isinstance(title, str):
        return None
    return _analyse(title, assume_level, normalize_regions(region_levels)).recognition


def unrecognised_reason(
    title: str,
    *,
    assume_level: str | None = None,
    region_levels: Mapping[str, str] | None = None,
) -> str:
    """Why ``recognize`` returns None for this title (empty string when it does not)."""
    _check_level(assume_level)
    if not isinstance(title, str):
        return "Jabatan bukan teks"
    return _analyse(title, assume_level, normalize_regions(region_levels)).reason
