"""The legal clock of UU 14/2008 on top of the shared working-day calendar (pure, no database).

- Day 1 is the first working day after the day of receipt; a request is due at the end of the
  10th working day (Pasal 22(7)), an extension moves it to the 7th working day after the original
  due date (Pasal 22(8)); an objection is answered within 30 working days of its receipt
  (Pasal 36(2)).
- Reminders to the handlers are due when 3 and 1 working days remain (day 7 and day 9 of the
  10-day clock) and on the due day; after the due day the request is overdue.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

REQUEST_DAYS = 10
EXTENSION_DAYS = 7
OBJECTION_DAYS = 30
REMINDER_DAYS_LEFT = (3, 1, 0)  # day 7, day 9 and the due day of a 10-day clock


class Calendar(Protocol):
    def is_working_day(self, day: dt.date) -> bool: ...

    def add_working_days(self, start: dt.date, n: int) -> dt.date: ...

    def working_days_between(self, start: dt.date, end: dt.date) -> int: ...


@dataclass(frozen=True)
class Deadline:
    received: dt.date
    due: dt.date
    extended_due: dt.date | None
    working_days: int

    @property
    def effective_due(self) -> dt.date:
        return self.extended_due or self.due

    def as_dict(self) -> dict[str, str | int | None]:
        return {
            "received": self.received.isoformat(),
            "due": self.due.isoformat(),
            "extended_due": self.extended_due.isoformat() if self.extended_due else None,
            "working_days": self.working_days,
        }


def request_due(cal: Calendar, received: dt.date) -> dt.date:
    """Due date of the written notice for a request received on `received`."""
    return cal.add_working_days(received, REQUEST_DAYS)


def extended_due(cal: Calendar, original_due: dt.date) -> dt.date:
    """Due date after the one extension allowed by Pasal 22(8)."""
    return cal.add_working_days(original_due, EXTENSION_DAYS)


def objection_due(cal: Calendar, received: dt.date) -> dt.date:
    """Due date of the Atasan PPID's response to an objection received on `received`."""
    return cal.add_working_days(received, OBJECTION_DAYS)


def request_deadline(cal: Calendar, received: dt.date, *, extended: bool = False) -> Deadline:
    """The request clock; `working_days` is 10, or 17 with the extension."""
    due = request_due(cal, received)
    ext = extended_due(cal, due) if extended else None
    return Deadline(received, due, ext, REQUEST_DAYS + (EXTENSION_DAYS if extended else 0))


def objection_deadline(cal: Calendar, received: dt.date) -> Deadline:
    return Deadline(received, objection_due(cal, received), None, OBJECTION_DAYS)


def working_day_number(cal: Calendar, received: dt.date, today: dt.date) -> int:
    """Which working day of the clock `today` is (0 on the day of receipt)."""
    return cal.working_days_between(received, today)


def days_left(cal: Calendar, today: dt.date, due: dt.date) -> int:
    """Working days left until the end of `due` (0 on the due day, negative once overdue)."""
    if today <= due:
        return cal.working_days_between(today, due)
    return -cal.working_days_between(due, today) or -1


def is_overdue(today: dt.date, due: dt.date) -> bool:
    return today > due


def reminder_stage(cal: Calendar, today: dt.date, due: dt.date) -> str | None:
    """ "sisa-3" / "sisa-1" / "jatuh-tempo" on a working day when a reminder is due,
    "terlambat" once overdue, else None."""
    if is_overdue(today, due):
        return "terlambat"
    if not cal.is_working_day(today):
        return None
    left = days_left(cal, today, due)
    if left == 0:
        return "jatuh-tempo"
    if left in REMINDER_DAYS_LEFT:
        return f"sisa-{left}"
    return None


def countdown_label(left: int) -> str:
    """Indonesian text for the visible countdown."""
    if left > 1:
        return f"sisa {left} hari kerja"
    if left == 1:
        return "sisa 1 hari kerja (besok jatuh tempo)"
    if left == 0:
        return "jatuh tempo hari ini"
    return f"terlambat {-left} hari kerja"
