"""Denah tempat duduk: seat order in a row, rows filled by precedence, host placement.

Convention (rules-id §1.5): right is more honoured than left, taken from the SEATED
person's viewpoint (facing the audience). Rows are listed left to right **from the seated
person's view**; position 0 is the seat at the seated people's far left, which is the
audience's far right. ``audience_view`` flips a row for a stage diagram.

- odd rows ("3-1-2"): no. 1 in the centre, no. 2 at no. 1's right, no. 3 at its left, then
  alternating outwards: 5 seats = ``5-3-1-2-4``.
- even rows ("4-2-1-3"): the centre line falls between no. 1 (just right of it) and no. 2
  (just left of it), then alternating: 4 seats = ``4-2-1-3``, 6 = ``6-4-2-1-3-5``.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from .order import Placed


@dataclass(frozen=True)
class Seat:
    row: int  # 0 = front row
    position: int  # 0 = leftmost seat from the seated person's view
    number: int  # precedence number of the seat within its row (1 = most honoured)
    person: Placed | None = None


def row_order(n: int) -> list[int]:
    """Precedence numbers of a row of ``n`` seats, left to right from the seated view."""
    if n < 0:
        raise ValueError("Jumlah kursi tidak boleh negatif")
    seats = [0] * n
    if n % 2:
        centre = n // 2
        indices = [centre]
        for k in range(1, centre + 1):
            indices += [centre + k, centre - k]
    else:
        right, left = n // 2, n // 2 - 1
        indices = []
        for k in range(n // 2):
            indices += [right + k, left - k]
    for number, index in enumerate(indices, start=1):
        seats[index] = number
    return seats


def row_order_text(n: int) -> str:
    """``row_order`` as protocol notation, e.g. ``"5-3-1-2-4"``."""
    return "-".join(str(x) for x in row_order(n))


def _row_sizes(seats_per_row: Sequence[int] | int) -> Iterator[int]:
    sizes = [seats_per_row] if isinstance(seats_per_row, int) else list(seats_per_row)
    if not sizes or any(not isinstance(s, int) or s < 1 for s in sizes):
        raise ValueError("Jumlah kursi per baris harus bilangan bulat >= 1")
    yield from sizes
    yield from itertools.repeat(sizes[-1])


def _find(sequence: Sequence[Placed], who: str | Placed) -> int:
    if isinstance(who, Placed):
        for i, p in enumerate(sequence):
            if p is who or p == who:
                return i
        who = who.name
    wanted = " ".join(who.casefold().split())
    matches = [i for i, p in enumerate(sequence) if " ".join(p.name.casefold().split()) == wanted]
    if len(matches) != 1:
        raise ValueError(f"Tuan rumah/peserta {who!r} tidak ditemukan atau namanya ganda")
    return matches[0]


def _with_spouses(sequence: Sequence[Placed], index: int) -> list[int]:
    """Indices of a principal and the spouses placed right after them."""
    out = [index]
    principal = sequence[index].name
    j = index + 1
    while j < len(sequence) and sequence[j].spouse_of == principal:
        out.append(j)
        j += 1
    return out


def host_sequence(placed: Sequence[Placed], host: str | Placed) -> list[Placed]:
    """Precedence order with the host moved beside the highest guest (UU 9/2010 Pasal 13).

    When the host is not the highest, the host takes no. 2 (next to no. 1); the highest
    guest's spouse follows as no. 3 (at no. 1's other side) and the host's spouse after.
    """
    sequence = list(placed)
    h = _find(sequence, host)
    if h == 0 or not sequence:
        return sequence
    top = _with_spouses(sequence, 0)
    if h in top:  # the host is the top guest's spouse: nothing to move
        return sequence
    host_group = _with_spouses(sequence, h)
    moved = set(top) | set(host_group)
    head = [sequence[top[0]], sequence[host_group[0]]]
    head += [sequence[i] for i in top[1:]] + [sequence[i] for i in host_group[1:]]
    return head + [p for i, p in enumerate(sequence) if i not in moved]


def arrange_rows(
    placed: Sequence[Placed],
    seats_per_row: Sequence[int] | int,
    *,
    host: str | Placed | None = None,
) -> list[list[Seat]]:
    """Seat people front row first, in precedence order, each row by ``row_order``.

    ``seats_per_row`` is one size for all rows or a list (the last size repeats when more
    rows are needed). Empty seats of the last row are ``Seat(person=None)``.
    """
    sequence = host_sequence(placed, host) if host is not None else list(placed)
    rows: list[list[Seat]] = []
    start = 0
    sizes = _row_sizes(seats_per_row)
    while start < len(sequence):
        size = next(sizes)
        chunk = sequence[start:start + size]
        numbers = row_order(size)
        rows.append([
            Seat(len(rows), pos, num, chunk[num - 1] if num <= len(chunk) else None)
            for pos, num in enumerate(numbers)
        ])
        start += size
    return rows


def audience_view(row: Sequence[Seat]) -> list[Seat]:
    """The row as the audience sees it (left to right from the audience)."""
    return list(reversed(row))


def apply_override(
    rows: Sequence[Sequence[Seat]], person: str | Placed, row: int, seat: int
) -> list[list[Seat]]:
    """New rows with ``person`` moved to ``rows[row][seat]`` (positions 0-based).

    Whoever sat there takes the person's old seat; seat numbers stay with the seats.
    """
    if not 0 <= row < len(rows) or not 0 <= seat < len(rows[row]):
        raise ValueError(f"Kursi baris {row + 1} nomor urut {seat + 1} tidak ada")
    located = [(r, s.position, s.person) for r, line in enumerate(rows) for s in line
               if s.person is not None]
    index = _find([p for _, _, p in located if p is not None], person)
    from_row, from_seat, who = located[index]
    target = rows[row][seat].person
    new_rows = [list(line) for line in rows]
    new_rows[row][seat] = replace(new_rows[row][seat], person=who)
    new_rows[from_row][from_seat] = replace(new_rows[from_row][from_seat], person=target)
    return new_rows
