"""Denah tempat duduk of an event: front rows by precedence, host, manual overrides, diagram."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from django.db import transaction

from humpro.protocol.law.order import Placed
from humpro.protocol.law.seating import Seat, arrange_rows, row_order
from humpro.protocol.models import Attendee, EventProtocol, SeatOverride
from humpro.protocol.services import ProtocolError, compute_precedence

MAX_SEATS_PER_ROW = 60
MAX_FRONT_ROWS = 20


def parse_seat_sizes(text: str) -> list[int]:
    """'5,7,9' -> [5, 7, 9]; ProtocolError with an Indonesian message when invalid."""
    parts = [p.strip() for p in (text or "").split(",") if p.strip()]
    if not parts:
        raise ProtocolError("Isi jumlah kursi per baris, mis. 7 atau 5,7,9.")
    sizes = []
    for part in parts:
        if not part.isdigit() or not 1 <= int(part) <= MAX_SEATS_PER_ROW:
            raise ProtocolError(f"Jumlah kursi per baris harus bilangan 1–{MAX_SEATS_PER_ROW} "
                                f"(diberikan: {part!r}).")
        sizes.append(int(part))
    return sizes


@dataclass
class SeatingPlan:
    rows: list[list[Seat]]
    #: Mapped people who did not fit into the front rows (in precedence order).
    overflow: list[Placed] = field(default_factory=list)
    #: Unmapped people: never seated automatically.
    unplaced: list[Placed] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    applied: list[SeatOverride] = field(default_factory=list)

    def seat_of(self, key: Any) -> tuple[int, int] | None:
        for r, row in enumerate(self.rows):
            for s in row:
                if s.person is not None and s.person.key == key:
                    return r, s.number
        return None


def _sizes(event: EventProtocol) -> list[int]:
    try:
        sizes = parse_seat_sizes(event.seats_per_row)
    except ProtocolError:
        sizes = [7]
    rows = max(1, min(event.front_rows, MAX_FRONT_ROWS))
    return (sizes + [sizes[-1]] * rows)[:rows]


def _move(plan: SeatingPlan, person: Placed, row: int, position: int) -> None:
    """Put ``person`` on rows[row][position]; the one sitting there takes the person's seat
    (or leaves the front rows when the person came from outside them)."""
    target = plan.rows[row][position].person
    origin = next(((r, s.position) for r, line in enumerate(plan.rows) for s in line
                   if s.person is not None and s.person.key == person.key), None)
    plan.rows[row][position] = replace(plan.rows[row][position], person=person)
    if origin is not None:
        r, pos = origin
        plan.rows[r][pos] = replace(plan.rows[r][pos], person=target)
        return
    plan.overflow = [p for p in plan.overflow if p.key != person.key]
    plan.unplaced = [p for p in plan.unplaced if p.key != person.key]
    if target is not None:
        plan.overflow.insert(0, target)


def seating_plan(event: EventProtocol, placed: list[Placed] | None = None) -> SeatingPlan:
    """Front rows filled by precedence (odd rows 3-1-2, even rows 4-2-1-3, seated view), the
    host beside the highest guest (UU 9/2010 Pasal 13), then the active overrides in order."""
    placed = placed if placed is not None else compute_precedence(event)
    mapped = [p for p in placed if not p.unmapped]
    plan = SeatingPlan(rows=[], unplaced=[p for p in placed if p.unmapped])
    sizes = _sizes(event)
    host = next((p for p in mapped if p.key == event.host_id), None) if event.host_id else None
    if event.host_id and host is None:
        plan.warnings.append("Tuan rumah belum memiliki tata tempat; ia tidak didudukkan "
                             "di samping tamu tertinggi.")
    capacity = sum(sizes)
    all_rows = arrange_rows(mapped, sizes, host=host) if mapped else []
    plan.rows = [list(r) for r in all_rows[:len(sizes)]]
    while len(plan.rows) < len(sizes):
        size = sizes[len(plan.rows)]
        plan.rows.append([Seat(len(plan.rows), pos, num) for pos, num in
                          enumerate(row_order(size))])
    seated = {s.person.key for row in plan.rows for s in row if s.person is not None}
    order = [p for row in all_rows[len(sizes):] for s in sorted(row, key=lambda s: s.number)
             if (p := s.person) is not None]
    plan.overflow = [p for p in order if p.key not in seated]
    if len(mapped) > capacity:
        plan.warnings.append(f"{len(mapped) - capacity} peserta tidak muat di baris depan.")
    by_key = {p.key: p for p in placed}
    for override in event.seat_overrides.filter(active=True).order_by("created_at", "id"):
        person = by_key.get(override.attendee_id)
        if person is None:
            continue
        if not 1 <= override.row <= len(plan.rows):
            plan.warnings.append(f"Penggantian kursi {person.name} (baris {override.row}) "
                                 "tidak berlaku: baris tidak ada.")
            continue
        line = plan.rows[override.row - 1]
        position = next((s.position for s in line if s.number == override.seat_number), None)
        if position is None:
            plan.warnings.append(f"Penggantian kursi {person.name} (kursi "
                                 f"{override.seat_number}) tidak berlaku: kursi tidak ada.")
            continue
        _move(plan, person, override.row - 1, position)
        plan.applied.append(override)
    return plan


@transaction.atomic
def seat_override_add(*, event: EventProtocol, attendee: Attendee, row: int, seat_number: int,
                      reason: str, user: Any = None) -> SeatOverride:
    """Record a manual seat (history row with who/when/why) after checking the seat exists."""
    if attendee.event_id != event.pk:
        raise ProtocolError("Peserta bukan peserta acara ini.")
    if not reason.strip():
        raise ProtocolError("Alasan perubahan kursi wajib diisi.")
    sizes = _sizes(event)
    if not 1 <= row <= len(sizes):
        raise ProtocolError(f"Baris {row} tidak ada (baris depan: 1–{len(sizes)}).")
    if not 1 <= seat_number <= sizes[row - 1]:
        raise ProtocolError(f"Kursi nomor {seat_number} tidak ada di baris {row} "
                            f"(1–{sizes[row - 1]}).")
    return SeatOverride.objects.create(
        organization=event.organization, event=event, attendee=attendee, row=row,
        seat_number=seat_number, reason=reason.strip()[:300],
        by=user if getattr(user, "is_authenticated", False) else None)


@transaction.atomic
def seat_overrides_clear(*, event: EventProtocol) -> int:
    """Withdraw every active override (history rows stay, marked inactive)."""
    return event.seat_overrides.filter(active=True).update(active=False)


# --- diagram --------------------------------------------------------------------------------

SEAT_W, SEAT_H, GAP, ROW_GAP, MARGIN = 120, 64, 8, 26, 20


def diagram(plan: SeatingPlan, *, audience: bool) -> dict[str, Any]:
    """Geometry for the SVG template: one box per seat, rows front first (top = stage side).

    ``audience=False``: left to right as the seated people see it; ``audience=True``: as seen
    from the stage/podium, facing the seated people (mirror image).
    """
    widest = max((len(r) for r in plan.rows), default=1)
    width = MARGIN * 2 + widest * SEAT_W + (widest - 1) * GAP
    boxes = []
    for r, row in enumerate(plan.rows):
        seats = list(reversed(row)) if audience else list(row)
        offset = (width - (len(seats) * SEAT_W + (len(seats) - 1) * GAP)) / 2
        y = MARGIN + 40 + r * (SEAT_H + ROW_GAP)
        for i, seat in enumerate(seats):
            p = seat.person
            boxes.append({
                "x": offset + i * (SEAT_W + GAP), "y": y, "number": seat.number,
                "row": r + 1, "name": p.name if p else "", "position": p.position if p else "",
                "represents": p.represents if p else "", "empty": p is None,
                "cx": offset + i * (SEAT_W + GAP) + SEAT_W / 2,
            })
    height = MARGIN * 2 + 40 + len(plan.rows) * (SEAT_H + ROW_GAP)
    return {"width": width, "height": height, "boxes": boxes, "seat_w": SEAT_W,
            "seat_h": SEAT_H, "audience": audience, "mid": width / 2}


def name_cards(plan: SeatingPlan) -> list[dict[str, Any]]:
    """One name card per seated person, front row first, by seat number."""
    cards = []
    for r, row in enumerate(plan.rows):
        for seat in sorted(row, key=lambda s: s.number):
            if seat.person is not None:
                p = seat.person
                cards.append({"name": p.name, "position": p.position,
                              "represents": p.represents or "", "row": r + 1,
                              "number": seat.number})
    return cards
