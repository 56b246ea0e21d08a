"""Seating (rules-id §1.5): 3-1-2 / 4-2-1-3 rows from the seated view, host placement."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from humpro.protocol.law.order import order_attendees
from humpro.protocol.law.seating import (
    apply_override,
    arrange_rows,
    audience_view,
    host_sequence,
    row_order,
    row_order_text,
)


@pytest.fixture(autouse=True)
def _test_settings():
    """Shadow the root conftest's Django settings fixture: this engine runs without Django."""


@pytest.mark.parametrize(("n", "expected"), [
    (1, "1"),
    (2, "2-1"),
    (3, "3-1-2"),
    (4, "4-2-1-3"),
    (5, "5-3-1-2-4"),
    (6, "6-4-2-1-3-5"),
    (7, "7-5-3-1-2-4-6"),
    (8, "8-6-4-2-1-3-5-7"),
])
def test_row_order(n, expected):
    assert row_order_text(n) == expected
    assert row_order(n) == [int(x) for x in expected.split("-")]


def test_row_order_sides():
    # seated view, left to right: no. 2 is at no. 1's right (higher index), no. 3 at its left
    row = row_order(3)
    assert row.index(2) == row.index(1) + 1 and row.index(3) == row.index(1) - 1
    row = row_order(4)  # even: 1 just right of the centre line, 2 just left of it
    assert row.index(1) == 2 and row.index(2) == 1
    assert row_order(0) == []
    with pytest.raises(ValueError):
        row_order(-1)


@given(st.integers(min_value=1, max_value=60))
def test_row_order_is_centre_out(n):
    row = row_order(n)
    assert sorted(row) == list(range(1, n + 1))
    centre = (n - 1) / 2
    distance = [abs(row.index(k) - centre) for k in range(1, n + 1)]
    assert distance == sorted(distance)


def people(count):
    titles = ["Gubernur Nusa Makmur", "Wakil Gubernur Nusa Makmur",
              "Sekda Provinsi Nusa Makmur", "Kapolda Nusa Makmur", "Bupati Banyuasin"]
    items = [{"name": f"P{i}", "position": titles[i] if i < len(titles)
              else "Kepala Dinas Sosial Provinsi Nusa Makmur"} for i in range(count)]
    return order_attendees(items, "provinsi")


def test_arrange_rows_front_first():
    rows = arrange_rows(people(8), 5)
    assert len(rows) == 2
    assert [s.number for s in rows[0]] == [5, 3, 1, 2, 4]
    assert [s.person.name for s in rows[0]] == ["P4", "P2", "P0", "P1", "P3"]
    # a partly filled row keeps the centre-out order: 1 centre, 2 right, 3 left
    assert [s.person.name if s.person else None for s in rows[1]] == [
        None, "P7", "P5", "P6", None]
    assert all(s.row == 1 for s in rows[1]) and [s.position for s in rows[1]] == [0, 1, 2, 3, 4]


def test_arrange_rows_with_row_sizes_list():
    rows = arrange_rows(people(9), [3, 4])
    assert [len(r) for r in rows] == [3, 4, 4]
    assert [s.person.name for s in rows[0]] == ["P2", "P0", "P1"]
    with pytest.raises(ValueError):
        arrange_rows(people(2), [0])


def test_host_sits_next_to_highest_guest():
    placed = order_attendees([
        {"name": "Bupati", "position": "Bupati Banyuasin"},
        {"name": "Menteri", "position": "Menteri Sosial"},
        {"name": "Ny. Menteri", "position": "", "spouse_of": "Menteri"},
        {"name": "Gubernur", "position": "Gubernur Nusa Makmur"},
        {"name": "Kapolda", "position": "Kapolda Nusa Makmur"},
    ], "provinsi")
    assert [p.name for p in placed] == ["Menteri", "Ny. Menteri", "Gubernur", "Kapolda",
                                        "Bupati"]
    sequence = host_sequence(placed, "Bupati")
    assert [p.name for p in sequence] == ["Menteri", "Bupati", "Ny. Menteri", "Gubernur",
                                          "Kapolda"]
    row = arrange_rows(placed, 5, host="Bupati")[0]
    by_number = {s.number: s.person.name for s in row}
    assert by_number[1] == "Menteri" and by_number[2] == "Bupati"
    assert by_number[3] == "Ny. Menteri"  # the guest's spouse on the other side
    # the host is already the highest: nothing moves
    assert host_sequence(placed, "Menteri") == placed
    with pytest.raises(ValueError):
        host_sequence(placed, "Tidak Ada")


def test_audience_view_flips():
    row = arrange_rows(people(5), 5)[0]
    assert [s.number for s in audience_view(row)] == [4, 2, 1, 3, 5]


def test_apply_override_swaps_and_keeps_original():
    rows = arrange_rows(people(6), 3)
    new = apply_override(rows, "P5", 0, 1)  # P5 into the centre of the front row
    assert new[0][1].person.name == "P5" and new[0][1].number == 1
    moved_from = [s for s in new[1] if s.person and s.person.name == "P0"]
    assert len(moved_from) == 1
    assert rows[0][1].person.name == "P0"  # input unchanged
    with pytest.raises(ValueError):
        apply_override(rows, "P5", 5, 0)
    with pytest.raises(ValueError):
        apply_override(rows, "Nobody", 0, 0)
