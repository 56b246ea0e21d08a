"""The clash engine as pure functions (no database)."""

from __future__ import annotations

import datetime as dt
import zoneinfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humpro.agenda.clash import (
    BLOCK,
    PERSON,
    TRAVEL,
    VENUE,
    Entry,
    Person,
    Rules,
    find_clashes,
    haversine_km,
    span,
    zone,
)

WIB = zoneinfo.ZoneInfo("Asia/Jakarta")
WITA = zoneinfo.ZoneInfo("Asia/Makassar")
GUB = Person("official:1", "Gubernur")
WAGUB = Person("official:2", "Wakil Gubernur")
AJUDAN = Person("user:9", "Ajudan Rina")
# Fictional venues in Nusa Makmur (coordinates about 67 km apart).
KANTOR = {"venue": "Kantor Gubernur Nusa Makmur", "latitude": -2.9761, "longitude": 104.7754}
LAHAT = {"venue": "Pendopo Kabupaten Lembah Hijau", "latitude": -3.4300, "longitude": 104.3800}


def at(day: int, hour: int, minute: int = 0, tz: zoneinfo.ZoneInfo = WIB) -> dt.datetime:
    return dt.datetime(2026, 3, day, hour, minute, tzinfo=tz)


def entry(id_: int | None, title: str, start: dt.datetime, end: dt.datetime, people=(GUB,), **kw) -> Entry:
    return Entry(id=id_, title=title, start=start, end=end, people=tuple(people), **kw)


def test_person_overlap_explains_itself() -> None:
    old = entry(1, "Peresmian Jembatan", at(10, 10), at(10, 12), venue="Lembah Hijau")
    new = entry(None, "Rakor", at(10, 9), at(10, 11), venue="Palembang")
    [clash] = find_clashes(new, [old])
    assert clash.kind == PERSON and clash.other_id == 1
    assert clash.message == (
        "Gubernur: 09:00–11:00 Rakor di Palembang tumpang tindih dengan 10:00–12:00 Peresmian Jembatan di Lembah Hijau."
    )


def test_back_to_back_at_same_venue_is_not_a_clash() -> None:
    old = entry(1, "Rapat A", at(10, 8), at(10, 9), **KANTOR)
    new = entry(None, "Rapat B", at(10, 9), at(10, 10), **KANTOR)
    assert find_clashes(new, [old]) == []


def test_different_people_do_not_clash_but_share_the_venue() -> None:
    old = entry(1, "Rapat A", at(10, 8), at(10, 10), people=(WAGUB,), **KANTOR)
    new = entry(None, "Rapat B", at(10, 9), at(10, 11), **KANTOR)
    [clash] = find_clashes(new, [old])
    assert clash.kind == VENUE
    assert clash.message.startswith("Tempat Kantor Gubernur Nusa Makmur dipakai ganda")


def test_same_event_group_shares_venue_without_clash() -> None:
    old = entry(1, "HUT Provinsi", at(10, 8), at(10, 10), people=(WAGUB,), group="inv:5", **KANTOR)
    new = entry(None, "HUT Provinsi", at(10, 8), at(10, 10), group="inv:5", **KANTOR)
    assert find_clashes(new, [old]) == []


def test_aide_and_representative_are_people_too() -> None:
    old = entry(1, "Kunjungan", at(10, 8), at(10, 10), people=(WAGUB, AJUDAN))
    new = entry(None, "Audiensi", at(10, 9), at(10, 11), people=(GUB, AJUDAN))
    [clash] = find_clashes(new, [old])
    assert clash.person == "Ajudan Rina"


def test_cancelled_items_are_ignored() -> None:
    old = entry(1, "Batal", at(10, 8), at(10, 10), cancelled=True)
    new = entry(None, "Rakor", at(10, 9), at(10, 11))
    assert find_clashes(new, [old]) == []
    assert (
        find_clashes(
            entry(None, "X", at(10, 9), at(10, 11), cancelled=True),
            [entry(1, "Y", at(10, 8), at(10, 10))],
        )
        == []
    )


def test_editing_an_item_does_not_clash_with_itself() -> None:
    old = entry(7, "Rakor", at(10, 8), at(10, 10))
    assert find_clashes(entry(7, "Rakor", at(10, 9), at(10, 11)), [old]) == []


def test_travel_time_between_consecutive_venues() -> None:
    first = entry(1, "Rapat di kantor", at(10, 9), at(10, 11), **KANTOR)
    second = entry(None, "Peresmian", at(10, 11, 30), at(10, 13), **LAHAT)
    km = haversine_km(KANTOR["latitude"], KANTOR["longitude"], LAHAT["latitude"], LAHAT["longitude"])
    assert 66 < km < 68
    [clash] = find_clashes(second, [first], Rules(speed_kmh=40))
    assert clash.kind == TRAVEL and clash.details["gap"] == 30
    assert clash.message.endswith("jarak 67 km, waktu tempuh 101 menit, jeda hanya 30 menit.")
    assert clash.message.startswith("Gubernur: dari Rapat di kantor di Kantor Gubernur Nusa Makmur (selesai 11:00)")
    # faster travel or a longer gap removes the clash
    assert find_clashes(second, [first], Rules(speed_kmh=200)) == []
    later = entry(None, "Peresmian", at(10, 13), at(10, 14), **LAHAT)
    assert find_clashes(later, [first], Rules(speed_kmh=40)) == []


def test_travel_checks_the_following_item_too_and_only_the_nearest() -> None:
    new = entry(None, "Rapat di kantor", at(10, 9), at(10, 11), **KANTOR)
    nxt = entry(2, "Peresmian", at(10, 11, 20), at(10, 13), **LAHAT)
    far_later = entry(3, "Makan malam", at(10, 19), at(10, 21), **LAHAT)
    clashes = find_clashes(new, [far_later, nxt])
    assert [c.other_id for c in clashes] == [2]
    assert "jeda hanya 20 menit" in clashes[0].message


def test_minimum_buffer_without_coordinates() -> None:
    first = entry(1, "Rapat", at(10, 9), at(10, 10), venue="Aula A")
    second = entry(None, "Audiensi", at(10, 10, 5), at(10, 11), venue="Aula B")
    [clash] = find_clashes(second, [first], Rules(min_buffer_minutes=15))
    assert "jeda minimum 15 menit, jeda hanya 5 menit" in clash.message


def test_wib_wita_crossing() -> None:
    # 11:30–13:00 WITA is 10:30–12:00 WIB: overlaps 09:00–11:00 WIB.
    wib = entry(1, "Rakor", at(10, 9), at(10, 11), timezone="Asia/Jakarta")
    wita = entry(None, "Kunjungan", at(10, 11, 30, WITA), at(10, 13, 0, WITA), timezone="Asia/Makassar")
    [clash] = find_clashes(wita, [wib], display_tz="Asia/Jakarta")
    assert "11:30–13:00 WITA Kunjungan" in clash.message
    assert "09:00–11:00 Rakor" in clash.message
    # 12:00 WITA = 11:00 WIB: touching, no overlap
    wita_late = entry(None, "Kunjungan", at(10, 12, 0, WITA), at(10, 13, 0, WITA), timezone="Asia/Makassar")
    assert [c.kind for c in find_clashes(wita_late, [wib], Rules(min_buffer_minutes=0))] == []


def test_all_day_covers_the_whole_local_day() -> None:
    cuti = entry(1, "Kunjungan kerja luar daerah", at(10, 0), at(10, 0), all_day=True)
    late = entry(None, "Jamuan", at(10, 22), at(10, 23, 30))
    next_day = entry(None, "Rapat", at(11, 0, 30), at(11, 1))
    assert [c.kind for c in find_clashes(late, [cuti])] == [PERSON]
    assert "10/03 sepanjang hari" in find_clashes(late, [cuti])[0].message
    assert find_clashes(next_day, [cuti]) == []


def test_all_day_in_wita_seen_from_wib() -> None:
    # a whole day in WITA ends at 23:00 WIB
    day = entry(
        1,
        "Kunjungan",
        at(10, 0, tz=WITA),
        at(10, 0, tz=WITA),
        all_day=True,
        timezone="Asia/Makassar",
    )
    assert find_clashes(entry(None, "X", at(10, 22, 30), at(10, 23, 30)), [day])
    assert not find_clashes(entry(None, "X", at(10, 23, 0), at(10, 23, 30)), [day])


def test_multi_day_item() -> None:
    trip = entry(1, "Kunjungan kerja", at(10, 8), at(12, 17))
    assert find_clashes(entry(None, "Rapat", at(11, 9), at(11, 10)), [trip])
    assert (
        "10/03 08:00–12/03 17:00 Kunjungan kerja"
        in find_clashes(entry(None, "Rapat", at(11, 9), at(11, 10)), [trip])[0].message
    )
    assert not find_clashes(entry(None, "Rapat", at(12, 18), at(12, 19)), [trip], Rules(min_buffer_minutes=0))


def test_rules_choose_warn_or_block() -> None:
    old = entry(1, "A", at(10, 8), at(10, 10), **KANTOR)
    new = entry(None, "B", at(10, 9), at(10, 11), **KANTOR)
    clashes = find_clashes(new, [old], Rules(person=BLOCK, venue="warn"))
    assert {(c.kind, c.blocking) for c in clashes} == {(PERSON, True), (VENUE, False)}


def test_unknown_time_zone_is_refused_in_indonesian() -> None:
    with pytest.raises(ValueError, match="Zona waktu tidak dikenal"):
        zone("Mars/Olympus")


@given(st.integers(0, 23), st.integers(1, 300), st.integers(0, 23), st.integers(1, 300))
def test_overlap_is_symmetric(h1: int, d1: int, h2: int, d2: int) -> None:
    a = entry(1, "A", at(10, h1), at(10, h1) + dt.timedelta(minutes=d1))
    b = entry(2, "B", at(10, h2), at(10, h2) + dt.timedelta(minutes=d2))
    rules = Rules(min_buffer_minutes=0)
    ab = [c.kind for c in find_clashes(a, [b], rules)]
    ba = [c.kind for c in find_clashes(b, [a], rules)]
    assert ab == ba
    sa, ea = span(a)
    sb, eb = span(b)
    assert (PERSON in ab) == (sa < eb and sb < ea)
