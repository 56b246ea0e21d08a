"""Dashboard card (today's agenda) and menu item of the agenda module."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from humpro.agenda.models import Invitation, InvitationStatus
from humpro.agenda.sharing import daily_agenda, time_text
from humpro.core.dashboard import Card, NavItem, register_card, register_nav
from humpro.core.dates import long_date


def _context(request: HttpRequest) -> dict[str, Any]:
    org = request.org
    today = timezone.localdate()
    groups = daily_agenda(organization=org, day=today)
    return {
        "today_text": long_date(today),
        "rows": [(g.label, item, time_text(item, org)) for g in groups for item in g.items],
        "awaiting": Invitation.objects.for_org(org).filter(status=InvitationStatus.AWAITING).count(),
    }


register_card(
    Card(
        key="agenda_today",
        permission="agenda.view",
        template="agenda/_card_today.html",
        context=_context,
        order=10,
    )
)
register_nav(NavItem(_("Agenda"), "agenda:calendar", "agenda.view", order=10))
