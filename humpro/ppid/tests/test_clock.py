"""The legal clock of UU 14/2008 (clock.py) over the shared calendar; dates checked by hand
against the SKB lists in rules-id §5 (2025–2027)."""

from __future__ import annotations

import datetime as dt

import pytest

from humpro.core.models import CalendarAdjustment
from humpro.core.workdays import WorkCalendar, calendar_for
from humpro.ppid import clock
from humpro.testing import make_org

D = dt.date
NATIONAL = WorkCalendar()
CUTI_COUNTS = WorkCalendar(cuti_bersama_is_workday=True)


def test_day_one_is_the_first_working_day_after_receipt() -> None:
    # received on Friday: Monday is day 1; a request received on Saturday starts the same way
    assert clock.working_day_number(NATIONAL, D(2026, 7, 3), D(2026, 7, 6)) == 1
    assert clock.request_due(NATIONAL, D(2026, 7, 3)) == D(2026, 7, 17)
    assert clock.request_due(NATIONAL, D(2026, 7, 4)) == D(2026, 7, 17)


def test_idul_fitri_2026_with_cuti_bersama_closed() -> None:
    # 18 cuti, 19 Nyepi, 20 cuti, 21-22 Idul Fitri, 23-24 cuti, 3 Apr Wafat Yesus Kristus
    d = clock.request_deadline(NATIONAL, D(2026, 3, 16), extended=True)
    assert d.due == D(2026, 4, 7)
    assert d.extended_due == D(2026, 4, 16)
    assert d.working_days == 17


def test_idul_fitri_2026_with_the_setting_switched() -> None:
    # cuti bersama counted as working days: 17,18,20,23,24,25,26,27,30,31 March
    assert clock.request_due(CUTI_COUNTS, D(2026, 3, 16)) == D(2026, 3, 31)
    assert clock.extended_due(CUTI_COUNTS, D(2026, 3, 31)) == D(2026, 4, 10)


def test_idul_fitri_2025_week() -> None:
    # 28 Mar cuti, 31 Mar-1 Apr Idul Fitri, 2-4 and 7 Apr cuti, 18 Apr Wafat Yesus Kristus
    assert clock.request_due(NATIONAL, D(2025, 3, 27)) == D(2025, 4, 22)
    assert clock.request_due(CUTI_COUNTS, D(2025, 3, 27)) == D(2025, 4, 14)


def test_across_the_year_end_2026_2027() -> None:
    # 24 Dec cuti, 25 Natal, 1 Jan, 5 Jan 2027 Isra Mikraj
    d = clock.request_deadline(NATIONAL, D(2026, 12, 18), extended=True)
    assert (d.due, d.extended_due) == (D(2027, 1, 7), D(2027, 1, 18))
    assert d.as_dict() == {
        "received": "2026-12-18",
        "due": "2027-01-07",
        "extended_due": "2027-01-18",
        "working_days": 17,
    }


def test_across_the_year_end_2025_2026_and_setting() -> None:
    # 25 Natal, 26 cuti, 1 Jan; extension crosses 16 Jan 2026 Isra Mikraj
    assert clock.request_due(NATIONAL, D(2025, 12, 22)) == D(2026, 1, 8)
    assert clock.extended_due(NATIONAL, D(2026, 1, 8)) == D(2026, 1, 20)
    assert clock.request_due(CUTI_COUNTS, D(2025, 12, 22)) == D(2026, 1, 7)


def test_objection_clock_is_thirty_working_days() -> None:
    d = clock.objection_deadline(NATIONAL, D(2026, 3, 2))
    assert d.due == D(2026, 4, 21) and d.extended_due is None and d.working_days == 30


def test_organization_closure_moves_the_due_date() -> None:
    closed = WorkCalendar(closed={D(2026, 7, 15): "HUT Provinsi Nusa Makmur"})
    assert clock.request_due(NATIONAL, D(2026, 7, 3)) == D(2026, 7, 17)
    assert clock.request_due(closed, D(2026, 7, 3)) == D(2026, 7, 20)


@pytest.mark.django_db
def test_calendar_for_org_closures_and_setting() -> None:
    org = make_org(slug="nusa-makmur")
    other = make_org(cuti_bersama_is_workday=True)
    CalendarAdjustment.objects.create(
        organization=org, date=D(2026, 7, 15), kind="closed", reason="HUT Provinsi Nusa Makmur"
    )
    CalendarAdjustment.objects.create(organization=None, date=D(2026, 7, 16), kind="closed", reason="Libur pilkada")
    assert clock.request_due(calendar_for(org), D(2026, 7, 3)) == D(2026, 7, 21)
    assert clock.request_due(calendar_for(other), D(2026, 7, 3)) == D(2026, 7, 20)
    assert clock.request_due(calendar_for(other), D(2026, 3, 16)) == D(2026, 3, 31)
    assert clock.request_due(calendar_for(org), D(2026, 3, 16)) == D(2026, 4, 7)


def test_days_left_and_reminder_stages_on_a_ten_day_clock() -> None:
    received = D(2026, 7, 3)
    due = clock.request_due(NATIONAL, received)  # Fri 17 Jul
    stages = {}
    day = received
    while day <= D(2026, 7, 22):
        stages[day] = clock.reminder_stage(NATIONAL, day, due)
        day += dt.timedelta(days=1)
    reminded = {d: s for d, s in stages.items() if s and s != "terlambat"}
    # working day 7 = Tue 14 Jul, day 9 = Thu 16 Jul, due day = Fri 17 Jul
    assert reminded == {
        D(2026, 7, 14): "sisa-3",
        D(2026, 7, 16): "sisa-1",
        D(2026, 7, 17): "jatuh-tempo",
    }
    assert clock.working_day_number(NATIONAL, received, D(2026, 7, 14)) == 7
    assert stages[D(2026, 7, 18)] == "terlambat"
    assert clock.days_left(NATIONAL, D(2026, 7, 18), due) == -1  # Saturday after the due day
    assert clock.days_left(NATIONAL, D(2026, 7, 21), due) == -2
    assert clock.days_left(NATIONAL, D(2026, 7, 6), due) == 9


def test_countdown_labels() -> None:
    assert clock.countdown_label(5) == "sisa 5 hari kerja"
    assert clock.countdown_label(0) == "jatuh tempo hari ini"
    assert clock.countdown_label(-3) == "terlambat 3 hari kerja"
