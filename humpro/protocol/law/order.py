"""Urutan Tata Tempat: order the attendees of one event by UU 9/2010 and PP 56/2019.

Bands, top to bottom (rules-id §1.1, §1.1.d, §1.2):

0. Pasal 9 ayat (1) people at a regional event (Pasal 10/11 ayat (2)), except anggota
   Lembaga Negara; this includes Ketua/Wakil Ketua Lembaga Negara (PP 56/2019 Pasal 6A).
1. the Gubernur (10.1.a), at provincial and regency/city events.
2. anggota Lembaga Negara (anggota DPR/DPD, BPK, hakim agung, ...): below the Gubernur
   (PP 56/2019 Pasal 6A).
3. the rest of the provincial list (at a regency/city event: lifted by Pasal 11 ayat (2));
   at a national event, the whole Pasal 9 list.
4. the regency/city list at a regency/city event.
9. unmapped: unrecognised titles, offices the event's lists do not name, and offices named
   only in an unconfirmed huruf; flagged for manual placement, never mixed with the mapped.

An office the event's own list names (by title or by its eselon wording) is placed on that
list; only offices the list does not name are lifted by Pasal 10/11 ayat (2), each by the
nearest higher list that names it. A representative is placed by their own position
(Pasal 15); a spouse right after the principal (Pasal 14; PP 39/2018 banquets).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from .recognize import Recognition, recognize, unrecognised_reason
from .tiers import ANGGOTA, LEVELS, NASIONAL, PIMPINAN, PROVINSI, TIERS, get_tier

BAND_UNMAPPED = 9
GUBERNUR = "10.1.a"
#: Pasal 9 tiers that mix Lembaga Negara members/leaders with other offices.
MIXED_LN_TIERS = frozenset({"9.1.m", "9.1.n"})
_OPTIONAL_TEXT = ("represents", "spouse_of", "tier", "lembaga_negara")


@dataclass
class Attendee:
    """One person present at the event, as the protocol officer entered them."""

    name: str
    position: str
    represents: str | None = None
    spouse_of: str | None = None
    tier: str | None = None
    lembaga_negara: str | None = None
    key: Any = None

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], index: int = 0) -> Attendee:
        """Build from ``{"name", "position", "represents"?, ...}``; ValueError if invalid."""
        where = f"Peserta ke-{index + 1}"
        if not isinstance(data, Mapping):
            raise ValueError(f"{where}: harus berupa objek JSON dengan 'name' dan 'position'")
        name = data.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where}: 'name' wajib diisi (teks)")
        where = f"{where} ({name.strip()})"
        position = data.get("position")
        if not isinstance(position, str):
            raise ValueError(f"{where}: 'position' wajib diisi (teks)")
        values: dict[str, str | None] = {}
        for field_name in _OPTIONAL_TEXT:
            value = data.get(field_name)
            if value is not None and not isinstance(value, str):
                raise ValueError(f"{where}: '{field_name}' harus berupa teks atau null")
            values[field_name] = (value.strip() or None) if isinstance(value, str) else None
        if not position.strip() and not values["spouse_of"]:
            raise ValueError(f"{where}: 'position' wajib diisi (teks)")
        if values["lembaga_negara"] not in (None, PIMPINAN, ANGGOTA):
            raise ValueError(f"{where}: 'lembaga_negara' harus 'pimpinan' atau 'anggota'")
        return cls(name.strip(), position.strip(), key=data.get("key"), **values)


@dataclass(frozen=True)
class Placed:
    """One attendee in precedence order, with the article that placed them."""

    name: str
    position: str
    tier: str | None
    tier_label: str
    basis: str
    unmapped: bool
    represents: str | None
    spouse_of: str | None
    announce: str
    rank: int
    #: Order for greetings and speeches: a representative is honoured at the rank of the
    #: official they represent (rules-id §1.2, §6.3 MC script), though seated by their own.
    honour_rank: int
    note: str = ""
    confirmed: bool = True
    key: Any = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class _Slot:
    sort: tuple[Any, ...]
    tier: str | None
    basis: str
    unmapped: bool
    note: str = ""
    confirmed: bool = True


def _article(code: str) -> str:
    """'Pasal 9 ayat (1) huruf n' for '9.1.n'."""
    return TIERS[code].basis.removeprefix("UU 9/2010 ")


def _manual(reason: str, sub: tuple[Any, ...], tier: str | None = None,
            note: str = "") -> _Slot:
    return _Slot((BAND_UNMAPPED, *sub), tier, f"{reason}; tempatkan manual", True, note)


def _slot(codes: Mapping[str, str], ln_role: str | None, level: str, note: str,
          home: str | None = None) -> _Slot:
    """Where an office with these per-list codes sits at an event of this level.

    ``home`` is the office's own tier, shown when no list of the event names it.
    """
    event_index = LEVELS.index(level)
    pasal = 9 + event_index
    if level in codes:
        tier = TIERS[codes[level]]
        if level == NASIONAL:
            band = 3
        elif level == PROVINSI:
            band = 1 if tier.code == GUBERNUR else 3
        else:
            band = 4
        if not tier.confirmed:
            note = (f"Isi {_article(tier.code)} belum terkonfirmasi (rules-id §7). " + note).strip()
        return _Slot((band, tier.rank), tier.code, tier.basis, False, note, tier.confirmed)
    higher = [lv for lv in LEVELS[:event_index] if lv in codes]
    home = home or next((codes[lv] for lv in reversed(LEVELS) if lv in codes), None)
    if not higher:
        home_text = f" (jabatan: {_article(home)})" if home else ""
        return _manual(f"Tidak tercantum dalam UU 9/2010 Pasal {pasal} ayat (1){home_text}",
                       (0, LEVELS.index(TIERS[home].list_level) if home else 3,
                        TIERS[home].rank if home else 0), home, note)
    tier = TIERS[codes[higher[-1]]]
    if not tier.confirmed:
        return _manual(f"Hanya tercantum pada {_article(tier.code)} yang belum terkonfirmasi "
                       f"(rules-id §7), sehingga Pasal {pasal} ayat (2) tidak diterapkan",
                       (0, 0, tier.rank), tier.code, note)
    lifted = f"UU 9/2010 Pasal {pasal} ayat (2) jo. {_article(tier.code)}"
    if tier.list_level == NASIONAL:
        if ln_role == ANGGOTA:
            return _Slot((2, tier.rank), tier.code,
                         f"PP 56/2019 Pasal 6A (anggota Lembaga Negara di bawah Gubernur); "
                         f"{tier.basis}", False, note)
        if ln_role == PIMPINAN:
            lifted = f"PP 56/2019 Pasal 6A (Ketua/Wakil Ketua Lembaga Negara); {lifted}"
        return _Slot((0, tier.rank), tier.code, lifted, False, note)
    band = 1 if tier.code == GUBERNUR else 3
    if band == 1:
        lifted += "; PP 56/2019 Pasal 6A"
    return _Slot((band, tier.rank), tier.code, lifted, False, note)


class _Context:
    def __init__(self, level: str, assume_level: str | None,
                 region_levels: Mapping[str, str] | None) -> None:
        self.level = level
        self.assume_level = assume_level
        self.region_levels = region_levels

    def recognize(self, title: str) -> Recognition | None:
        return recognize(title, assume_level=self.assume_level,
                         region_levels=self.region_levels)

    def place(self, att: Attendee) -> _Slot:
        recog = self.recognize(att.position) if att.position else None
        if att.tier:
            tier = get_tier(att.tier)
            if tier is None:
                raise ValueError(f"Peserta {att.name}: kode tier tidak dikenal: {att.tier!r}")
            if recog is not None and recog.codes.get(tier.list_level) == tier.code:
                return _slot(recog.codes, att.lembaga_negara or recog.lembaga_negara,
                             self.level, recog.note, tier.code)
            note = ""
            ln_role = att.lembaga_negara or tier.lembaga_negara
            if ln_role is None and tier.code in MIXED_LN_TIERS:
                note = ("Periksa: bila anggota Lembaga Negara, isi 'lembaga_negara' = "
                        "'anggota' (PP 56/2019 Pasal 6A: di bawah Gubernur).")
            return _slot({tier.list_level: tier.code}, ln_role, self.level, note)
        if recog is None:
            reason = unrecognised_reason(att.position, assume_level=self.assume_level,
                                         region_levels=self.region_levels)
            return _manual(reason or "Jabatan tidak dikenali", (1,))
        return _slot(recog.codes, att.lembaga_negara or recog.lembaga_negara, self.level,
                     recog.note, recog.home_code)

    def honour(self, att: Attendee, own: _Slot) -> tuple[Any, ...]:
        """Greeting/speech order key: the represented office when it is recognised."""
        if att.represents:
            recog = self.recognize(att.represents)
            if recog is not None:
                slot = _slot(recog.codes, recog.lembaga_negara, self.level, "")
                if not slot.unmapped:
                    return slot.sort
        return own.sort


def _norm_name(name: str) -> str:
    return " ".join(name.casefold().split())


def _as_attendees(items: Iterable[Attendee | Mapping[str, Any]]) -> list[Attendee]:
    out = []
    for index, item in enumerate(items):
        out.append(item if isinstance(item, Attendee) else Attendee.from_dict(item, index))
    return out


def order_attendees(
    attendees: Iterable[Attendee | Mapping[str, Any]],
    level: str,
    *,
    within_tier: Callable[[Attendee], Any] | None = None,
    assume_level: str | None = None,
    region_levels: Mapping[str, str] | None = None,
) -> list[Placed]:
    """Attendees in urutan Tata Tempat for an Acara Resmi of ``level``.

    ``within_tier`` is a sort key for people sharing a tier (the law gives no order inside a
    huruf); by default they keep their input order. Raises ValueError on invalid input.
    """
    if level not in LEVELS:
        raise ValueError(f"Tingkat acara tidak dikenal: {level!r} "
                         "(pilih nasional, provinsi atau kabupaten)")
    people = _as_attendees(attendees)
    ctx = _Context(level, assume_level, region_levels)
    by_name: dict[str, list[int]] = {}
    for i, att in enumerate(people):
        by_name.setdefault(_norm_name(att.name), []).append(i)

    spouses: dict[int, list[int]] = {}
    slots: dict[int, _Slot] = {}
    for i, att in enumerate(people):
        if att.spouse_of:
            targets = [j for j in by_name.get(_norm_name(att.spouse_of), []) if j != i]
            if len(targets) == 1 and not people[targets[0]].spouse_of:
                spouses.setdefault(targets[0], []).append(i)
                continue
            problem = ("tidak ditemukan di antara peserta" if not targets else
                       "ambigu (nama ganda)" if len(targets) > 1 else
                       "juga tercatat sebagai pasangan")
            slots[i] = _manual(f"Pasangan dari {att.spouse_of!r} {problem}", (1,))
            continue
        slots[i] = ctx.place(att)

    def sort_key(i: int) -> tuple[Any, ...]:
        extra = within_tier(people[i]) if within_tier is not None else 0
        return (*slots[i].sort, extra, i)

    principals = sorted(slots, key=sort_key)
    honour = {i: ctx.honour(people[i], slots[i]) for i in principals}
    position = {i: n for n, i in enumerate(principals)}
    honour_order = sorted(principals, key=lambda i: (honour[i], position[i]))
    honour_rank: dict[int, int] = {}
    for i in honour_order:
        honour_rank[i] = len(honour_rank) + 1
        for s in spouses.get(i, []):
            honour_rank[s] = len(honour_rank) + 1

    result: list[Placed] = []
    for i in principals:
        slot = slots[i]
        result.append(_make(people[i], slot, len(result) + 1, honour_rank[i]))
        for s in spouses.get(i, []):
            spouse_slot = _Slot(slot.sort, slot.tier, "UU 9/2010 Pasal 14 (pasangan)",
                                slot.unmapped, "", slot.confirmed)
            result.append(_make(people[s], spouse_slot, len(result) + 1, honour_rank[s]))
    return result


def _make(att: Attendee, slot: _Slot, rank: int, honour_rank: int) -> Placed:
    basis, announce = slot.basis, ""
    if att.represents and not att.spouse_of:
        announce = f"mewakili {att.represents}"
        basis = f"{basis}; UU 9/2010 Pasal 15 (mewakili {att.represents})"
    label = TIERS[slot.tier].label if slot.tier else ""
    return Placed(att.name, att.position, slot.tier, label, basis, slot.unmapped,
                  att.represents, att.spouse_of, announce, rank, honour_rank, slot.note,
                  slot.confirmed, att.key)
