"""Menu entry and dashboard card of media monitoring."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Count, Q
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav
from humpro.monitoring.models import Alert, Article, Source, Tone


def _context(request: HttpRequest) -> dict[str, Any]:
    since = timezone.now() - dt.timedelta(days=1)
    counts = (
        Article.objects.for_org(request.org)
        .filter(fetched_at__gte=since)
        .aggregate(total=Count("id"), negative=Count("id", filter=Q(tone=Tone.NEGATIVE)))
    )
    return {
        **counts,
        "unread": Alert.objects.for_org(request.org).filter(read_at__isnull=True).count(),
        "silent": Source.objects.for_org(request.org)
        .filter(active=True, silent_since__isnull=False)
        .count(),
    }


register_card(
    Card(
        key="monitoring",
        permission="monitoring.view",
        template="monitoring/_card.html",
        context=_context,
        order=60,
    )
)
register_nav(NavItem(_("Pemantauan"), "monitoring:list", "monitoring.view", order=60))
