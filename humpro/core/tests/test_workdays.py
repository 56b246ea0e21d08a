from __future__ import annotations

import datetime as dt

import pytest

from humpro.core.models import CalendarAdjustment
from humpro.core.workdays import WorkCalendar, calendar_for, cuti_bersama, national_holidays
from humpro.testing import make_org

D = dt.date


def test_2026_lists_match_the_skb() -> None:
    # SKB 3 Menteri 1497/2025: 17 libur nasional + 8 cuti bersama (rules-id §5.1)
    assert len(national_holidays(2026)) == 17
    assert sorted(cuti_bersama(2026)) == [D(2026, 2, 16), D(2026, 3, 18), D(2026, 3, 20), D(2026, 3, 23),
                                          D(2026, 3, 24), D(2026, 5, 15), D(2026, 5, 28), D(2026, 12, 24)]


def test_ten_working_days_across_idul_fitri_and_cuti_bersama() -> None:
    # rules-id §5.2: 10 working days after Mon 16 Mar 2026 is Tue 7 Apr 2026
    assert WorkCalendar().add_working_days(D(2026, 3, 16), 10) == D(2026, 4, 7)


def test_cuti_bersama_setting_switches_the_count() -> None:
    closed = WorkCalendar(cuti_bersama_is_workday=False)
    open_ = WorkCalendar(cuti_bersama_is_workday=True)
    assert not closed.is_working_day(D(2026, 12, 24))
    assert open_.is_working_day(D(2026, 12, 24))
    assert not open_.is_working_day(D(2026, 12, 25))  # Natal stays a holiday
    assert closed.add_working_days(D(2026, 3, 16), 10) != open_.add_working_days(D(2026, 3, 16), 10)


def test_across_the_year_end() -> None:
    # Wed 23 Dec 2026: 24 cuti bersama, 25 Natal, weekend, 1 Jan holiday
    cal = WorkCalendar()
    assert cal.add_working_days(D(2026, 12, 23), 1) == D(2026, 12, 28)
    assert cal.add_working_days(D(2026, 12, 23), 4) == D(2026, 12, 31)
    assert cal.add_working_days(D(2026, 12, 23), 5) == D(2027, 1, 4)
    assert cal.working_days_between(D(2026, 12, 23), D(2027, 1, 4)) == 5


def test_closure_reason_names_the_day() -> None:
    cal = WorkCalendar(closed={D(2026, 7, 1): "HUT Provinsi"})
    assert cal.closure_reason(D(2026, 7, 1)) == "HUT Provinsi"
    assert cal.closure_reason(D(2026, 7, 4)) == "Sabtu"
    assert cal.closure_reason(D(2026, 7, 2)) is None
    assert "Natal" in cal.closure_reason(D(2026, 12, 25))


@pytest.mark.django_db
def test_organization_and_national_adjustments() -> None:
    org, other = make_org(), make_org(cuti_bersama_is_workday=True)
    CalendarAdjustment.objects.create(organization=org, date=D(2026, 7, 1), kind="closed", reason="HUT Provinsi")
    CalendarAdjustment.objects.create(organization=None, date=D(2026, 7, 2), kind="closed", reason="Libur pemilu")
    CalendarAdjustment.objects.create(organization=org, date=D(2026, 12, 25), kind="open", reason="uji")
    cal, cal_other = calendar_for(org), calendar_for(other)
    assert not cal.is_working_day(D(2026, 7, 1)) and cal_other.is_working_day(D(2026, 7, 1))
    assert not cal.is_working_day(D(2026, 7, 2)) and not cal_other.is_working_day(D(2026, 7, 2))
    assert cal.is_working_day(D(2026, 12, 25))
    assert cal_other.is_working_day(D(2026, 12, 24)) and not cal.is_working_day(D(2026, 12, 24))
    # the organization's own row overrides a national one for the same day
    CalendarAdjustment.objects.create(organization=org, date=D(2026, 7, 2), kind="open", reason="tetap masuk")
    assert calendar_for(org).is_working_day(D(2026, 7, 2))
