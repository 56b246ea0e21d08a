"""The clash engine: pure functions, no database.

Given one new (or edited) agenda entry and the entries already in the agenda, it reports:
- a person clash: the same person (leader, representative, aide, assigned officer or crew)
  is in two overlapping entries;
- a venue clash: two overlapping entries of different events use the same venue;
- a travel clash: for a person, the gap between consecutive entries at different venues is
  shorter than the travel time (haversine distance / configured speed) or the minimum buffer.

All-day entries span whole local days in their own time zone; multi-day entries span every day
between start and end; entries in different time zones are compared on the UTC timeline;
cancelled entries are ignored. Each clash carries an Indonesian explanation and whether the
organization's rule for it is "warn" or "block".
"""

from __future__ import annotations

import datetime as dt
import math
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache

WARN, BLOCK = "warn", "block"
PERSON, VENUE, TRAVEL = "orang", "tempat", "tempuh"
TZ_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}
SAME_PLACE_KM = 0.1
EARTH_RADIUS_KM = 6371.0088
TRAVEL_REACH = dt.timedelta(hours=24)  # consecutive entries further apart never need a buffer


@dataclass(frozen=True)
class Person:
    key: str  # "official:12" or "user:7": identity across entries
    label: str  # how the person is named in messages ("Gubernur", "Ajudan Rina")
    role: str = ""  # their part when not the principal ("mewakili", "Ajudan")


@dataclass(frozen=True)
class Entry:
    id: int | None
    title: str
    start: dt.datetime  # aware
    end: dt.datetime  # aware
    timezone: str = "Asia/Jakarta"
    all_day: bool = False
    venue: str = ""
    latitude: float | None = None
    longitude: float | None = None
    people: tuple[Person, ...] = ()
    cancelled: bool = False
    group: str = ""  # entries of one event (same invitation) share a venue without clashing
    # occupied interval as UTC epoch seconds, computed once (fast filtering of large agendas)
    lo: float = field(init=False, repr=False, compare=False)
    hi: float = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        start, end = span(self)
        object.__setattr__(self, "lo", start.timestamp())
        object.__setattr__(self, "hi", end.timestamp())


@dataclass(frozen=True)
class Rules:
    person: str = WARN
    venue: str = WARN
    travel: str = WARN
    speed_kmh: float = 40.0
    min_buffer_minutes: int = 15


@dataclass(frozen=True)
class Clash:
    kind: str  # PERSON / VENUE / TRAVEL
    action: str  # WARN / BLOCK
    message: str
    other_id: int | None
    person: str = ""
    details: dict = field(default_factory=dict, compare=False)

    @property
    def blocking(self) -> bool:
        return self.action == BLOCK


@lru_cache(maxsize=64)
def zone(name: str) -> zoneinfo.ZoneInfo:
    """The ZoneInfo of an IANA name; raises ValueError with an Indonesian message if unknown."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise ValueError(f"Zona waktu tidak dikenal: {name!r}.") from exc


def span(entry: Entry) -> tuple[dt.datetime, dt.datetime]:
    """The occupied interval [start, end) in UTC. All-day entries cover whole local days."""
    if entry.all_day:
        tz = zone(entry.timezone)
        first = entry.start.astimezone(tz).date()
        last = max(entry.end.astimezone(tz).date(), first)
        start = dt.datetime.combine(first, dt.time.min, tzinfo=tz)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
        return start.astimezone(dt.UTC), end.astimezone(dt.UTC)
    start, end = entry.start.astimezone(dt.UTC), entry.end.astimezone(dt.UTC)
    if end <= start:  # a point in time still occupies a minute
        end = start + dt.timedelta(minutes=1)
    return start, end


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def travel_minutes(distance_km: float, speed_kmh: float) -> int:
    return math.ceil(distance_km / speed_kmh * 60) if speed_kmh > 0 else 0


def _venue_key(entry: Entry) -> str:
    return " ".join(entry.venue.lower().split())


def _distance(a: Entry, b: Entry) -> float | None:
    if None in (a.latitude, a.longitude, b.latitude, b.longitude):
        return None
    return haversine_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]


def same_place(a: Entry, b: Entry) -> bool:
    distance = _distance(a, b)
    if distance is not None:
        return distance <= SAME_PLACE_KM
    key = _venue_key(a)
    return bool(key) and key == _venue_key(b)


def describe_time(entry: Entry, display_tz: str) -> str:
    """ "09:00–11:00", "09:00–11:00 WITA", "12/03 08:00–14/03 17:00", "12/03 sepanjang hari"."""
    tz = zone(entry.timezone)
    start, end = entry.start.astimezone(tz), entry.end.astimezone(tz)
    suffix = "" if entry.timezone == display_tz else f" {TZ_ABBREVIATIONS.get(entry.timezone, entry.timezone)}"
    if entry.all_day:
        if start.date() == end.date():
            return f"{start:%d/%m} sepanjang hari"
        return f"{start:%d/%m}–{end:%d/%m} sepanjang hari"
    if start.date() == end.date():
        return f"{start:%H:%M}–{end:%H:%M}{suffix}"
    return f"{start:%d/%m %H:%M}–{end:%d/%m %H:%M}{suffix}"


def describe(entry: Entry, display_tz: str) -> str:
    where = f" di {entry.venue}" if entry.venue else ""
    return f"{describe_time(entry, display_tz)} {entry.title}{where}"


def _clock(moment: dt.datetime, entry: Entry) -> str:
    return f"{moment.astimezone(zone(entry.timezone)):%H:%M}"


def find_clashes(
    new: Entry,
    existing: Iterable[Entry],
    rules: Rules | None = None,
    display_tz: str = "Asia/Jakarta",
) -> list[Clash]:
    """Every clash between `new` and `existing` (entries with new.id are skipped)."""
    rules = rules or Rules()
    if new.cancelled:
        return []
    new_start, new_end = span(new)
    by_key = {p.key: p for p in new.people}
    new_venue = bool(_venue_key(new)) or new.latitude is not None
    clashes: list[Clash] = []
    # per person: the nearest entry ending before `new` starts and the nearest one
    # starting after it ends
    before: dict[str, tuple[dt.datetime, Entry]] = {}
    after: dict[str, tuple[dt.datetime, Entry]] = {}
    reach = TRAVEL_REACH.total_seconds()
    lo, hi = new.lo - reach, new.hi + reach
    for other in existing:
        if other.hi < lo or other.lo > hi or other.cancelled:
            continue  # too far in time to matter, or cancelled
        if new.id is not None and other.id == new.id:
            continue
        o_start, o_end = span(other)
        overlaps = o_start < new_end and new_start < o_end
        shared = [p for p in other.people if p.key in by_key] if by_key else []
        if overlaps:
            for theirs in shared:
                person = by_key[theirs.key]
                part = {"mewakili": "wakil"}.get(theirs.role, theirs.role.lower())
                role = f" (sebagai {part})" if part else ""
                clashes.append(
                    Clash(
                        PERSON,
                        rules.person,
                        f"{person.label}: {describe(new, display_tz)} tumpang tindih dengan "
                        f"{describe(other, display_tz)}{role}.",
                        other.id,
                        person.label,
                        {"person": theirs.key},
                    )
                )
            if new_venue and not (new.group and new.group == other.group) and same_place(new, other):
                venue = new.venue or other.venue or "lokasi yang sama"
                clashes.append(
                    Clash(
                        VENUE,
                        rules.venue,
                        f"Tempat {venue} dipakai ganda: "
                        f"{describe_time(new, display_tz)} {new.title} "
                        f"tumpang tindih dengan {describe(other, display_tz)}.",
                        other.id,
                    )
                )
            continue
        if new.all_day or other.all_day:
            continue  # no travel buffer around whole-day entries
        for theirs in shared:
            key = theirs.key
            if o_end <= new_start:
                if key not in before or before[key][0] < o_end:
                    before[key] = (o_end, other)
            elif key not in after or after[key][0] > o_start:
                after[key] = (o_start, other)
    for key, (_, prev) in before.items():
        clash = _travel_clash(by_key[key], prev, new, rules, display_tz, other_id=prev.id)
        if clash:
            clashes.append(clash)
    for key, (_, nxt) in after.items():
        clash = _travel_clash(by_key[key], new, nxt, rules, display_tz, other_id=nxt.id)
        if clash:
            clashes.append(clash)
    return clashes


def _travel_clash(
    person: Person, first: Entry, second: Entry, rules: Rules, display_tz: str, other_id: int | None
) -> Clash | None:
    """A clash if the gap from `first` to `second` is shorter than the travel time or the buffer."""
    gap = int((span(second)[0] - span(first)[1]).total_seconds() // 60)
    distance = _distance(first, second)
    if same_place(first, second):
        return None
    needed_travel = travel_minutes(distance, rules.speed_kmh) if distance is not None else 0
    needed = max(needed_travel, rules.min_buffer_minutes)
    if gap >= needed:
        return None
    route = (
        f"{person.label}: dari {first.title}{f' di {first.venue}' if first.venue else ''} "
        f"(selesai {_clock(span(first)[1], first)}) ke {second.title}"
        f"{f' di {second.venue}' if second.venue else ''} (mulai {_clock(span(second)[0], second)})"
    )
    if distance is not None and needed_travel >= rules.min_buffer_minutes:
        reason = f"jarak {distance:.0f} km, waktu tempuh {needed_travel} menit, jeda hanya {gap} menit"
    else:
        reason = f"jeda minimum {rules.min_buffer_minutes} menit, jeda hanya {gap} menit"
    return Clash(
        TRAVEL,
        rules.travel,
        f"{route}: {reason}.",
        other_id,
        person.label,
        {
            "person": person.key,
            "gap": gap,
            "needed": needed,
            "distance_km": round(distance, 1) if distance is not None else None,
        },
    )


def candidates_window(new: Entry, max_gap: dt.timedelta = TRAVEL_REACH) -> tuple[dt.datetime, dt.datetime]:
    """The UTC window a database query must cover to feed `find_clashes` for `new`."""
    start, end = span(new)
    return start - max_gap, end + max_gap
