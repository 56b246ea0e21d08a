"""Reminders at working day 7, 9 and the due day, escalation when overdue (deduplicated),
berkala update reminders, the dashboard card figures and the scheduled jobs."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail

from humpro.core.models import OutboxMessage
from humpro.core.outbox import outbox_flush
from humpro.core.scheduler import JOBS
from humpro.orgs.models import Membership
from humpro.orgs.roles import Role
from humpro.ppid.models import RequestEvent
from humpro.ppid.reminders import berkala_reminders, deadline_reminders, overdue_requests
from humpro.ppid.selectors import dashboard_figures
from humpro.ppid.services import request_dispose
from humpro.ppid.tests.factories import make_dip, make_request, make_unit
from humpro.testing import make_org, make_user

pytestmark = pytest.mark.django_db
WIB = dt.timezone(dt.timedelta(hours=7))


def _now(y: int, m: int, d: int, h: int = 8) -> dt.datetime:
    return dt.datetime(y, m, d, h, tzinfo=WIB)


def test_reminders_day_7_day_9_due_day_and_escalation() -> None:
    org = make_org()
    utama = make_user(org=org, roles=[Role.PPID], email="utama@nusamakmur.test")
    head = make_user(org=org, roles=[Role.HEAD], email="kepala@nusamakmur.test")
    unit = make_unit(org, "Biro Humas")
    pelaksana = make_user(org=org, roles=[Role.PPID], email="humas@nusamakmur.test")
    Membership.objects.filter(user=pelaksana).update(unit=unit)
    req, _ = make_request(org, received_at=_now(2026, 7, 3, 9))  # due Fri 17 Jul
    request_dispose(request=req, units=[unit])
    base = OutboxMessage.objects.filter(purpose__in=["ppid.reminder", "ppid.escalation"])

    assert deadline_reminders(now=_now(2026, 7, 13)) == 0  # day 6
    assert deadline_reminders(now=_now(2026, 7, 14)) == 2  # day 7: PPID Utama + the unit
    assert set(base.values_list("recipient", flat=True)) == {utama.email, pelaksana.email}
    assert deadline_reminders(now=_now(2026, 7, 14, 15)) == 0  # same stage again: deduplicated
    assert deadline_reminders(now=_now(2026, 7, 16)) == 2  # day 9
    assert deadline_reminders(now=_now(2026, 7, 17)) == 2  # due day
    assert deadline_reminders(now=_now(2026, 7, 18)) == 1  # overdue → the head
    escalation = base.get(purpose="ppid.escalation")
    assert escalation.recipient == head.email and "TERLAMBAT" in escalation.subject
    assert deadline_reminders(now=_now(2026, 7, 21)) == 0  # escalated once per due date
    assert base.count() == 7
    assert RequestEvent.objects.filter(request=req, kind="pengingat", public=False).count() == 4
    assert list(overdue_requests(org, dt.date(2026, 7, 18))) == [req]
    figures = dashboard_figures(org, type(req).objects.for_org(org))
    assert figures["open"] == 1
    outbox_flush()
    assert any("Pengingat PPID" in m.subject for m in mail.outbox)


def test_objection_clock_reminds_the_atasan() -> None:
    from humpro.ppid.services import request_decide
    from humpro.ppid.services_objections import objection_file

    org = make_org()
    leader = make_user(org=org, roles=[Role.LEADER], email="sekda@nusamakmur.test")
    req, _ = make_request(org, received_at=_now(2026, 6, 1))
    request_decide(
        request=req,
        decision="ditolak",
        exemptions=["h"],
        consequence_test="Mengungkap rahasia pribadi pihak ketiga yang dilindungi.",
    )
    objection = objection_file(request=req, reasons=["a"], received_at=_now(2026, 7, 20))
    assert objection.due_on == dt.date(2026, 9, 2)
    assert deadline_reminders(now=_now(2026, 9, 2)) == 1
    assert OutboxMessage.objects.get(purpose="ppid.reminder").recipient == leader.email
    assert deadline_reminders(now=_now(2026, 9, 3)) == 1
    assert OutboxMessage.objects.filter(purpose="ppid.escalation").count() == 1


def test_berkala_reminder_every_six_months() -> None:
    org = make_org()
    unit = make_unit(org, "Badan Keuangan Daerah")
    owner = make_user(org=org, roles=[Role.PPID], email="bkad@nusamakmur.test")
    Membership.objects.filter(user=owner).update(unit=unit)
    info = make_dip(org, title="Laporan realisasi anggaran", last_updated_on=dt.date(2026, 1, 15))
    info.owner_unit = unit
    info.save()
    make_dip(org, title="Profil daerah", category="setiap_saat", last_updated_on=dt.date(2025, 1, 1))
    assert info.next_update_on == dt.date(2026, 7, 15)
    assert berkala_reminders(now=_now(2026, 6, 20)) == 0
    assert berkala_reminders(now=_now(2026, 7, 2)) == 1
    assert berkala_reminders(now=_now(2026, 7, 20)) == 0
    msg = OutboxMessage.objects.get(purpose="ppid.berkala")
    assert msg.recipient == owner.email and "Laporan realisasi anggaran" in msg.subject


def test_jobs_are_scheduled() -> None:
    assert "ppid.deadline_reminders" in JOBS and "ppid.berkala_reminders" in JOBS
    assert JOBS["ppid.deadline_reminders"].every == dt.timedelta(hours=1)
