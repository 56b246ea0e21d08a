from __future__ import annotations

import datetime as dt
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav
from humpro.core.models import AuditEntry, OutboxMessage, OutboxStatus
from humpro.core.workdays import calendar_for


def _calendar(request: HttpRequest) -> dict[str, Any]:
    cal = calendar_for(request.org)
    today = timezone.localdate()
    closures, day = [], today
    while len(closures) < 3 and day < today + dt.timedelta(days=400):
        day += dt.timedelta(days=1)
        reason = cal.closure_reason(day)
        if reason and day.weekday() < 5:
            closures.append((day, reason))
    return {"today": today, "today_working": cal.is_working_day(today),
            "today_reason": cal.closure_reason(today), "next_closures": closures}


def _outbox(request: HttpRequest) -> dict[str, Any]:
    qs = OutboxMessage.objects.filter(organization=request.org)
    return {
        "pending": qs.filter(status__in=[OutboxStatus.PENDING, OutboxStatus.SENDING]).count(),
        "failed": qs.filter(status=OutboxStatus.FAILED).count(),
        "sent": qs.filter(status=OutboxStatus.SENT, sent_at__gte=timezone.now() - dt.timedelta(days=1)).count(),
    }


def _audit(request: HttpRequest) -> dict[str, Any]:
    return {"entries": AuditEntry.objects.filter(organization=request.org)[:6]}


register_card(Card("calendar", "calendar.view", "orgs/_card_calendar.html", _calendar, order=90))
register_card(Card("outbox", "outbox.view", "orgs/_card_outbox.html", _outbox, order=95))
register_card(Card("audit", "audit.view", "orgs/_card_audit.html", _audit, order=99))
register_nav(NavItem(_("Kalender kerja"), "orgs:calendar", "calendar.view", order=90))
register_nav(NavItem(_("Audit"), "orgs:audit", "audit.view", order=95))
register_nav(NavItem(_("Kotak keluar"), "orgs:outbox", "outbox.view", order=96))
register_nav(NavItem(_("Anggota"), "orgs:members", "org.manage_members", order=99))
register_nav(NavItem(_("Pengaturan"), "orgs:settings", "org.settings", order=100))
