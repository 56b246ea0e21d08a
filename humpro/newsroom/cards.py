from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import gettext_lazy as _

from humpro.core.dashboard import Card, NavItem, register_card, register_nav
from humpro.newsroom.models import CoverageAssignment, Release, ReleaseStatus


def _context(request: HttpRequest) -> dict[str, Any]:
    releases = Release.objects.for_org(request.org)
    return {
        "review": releases.filter(status=ReleaseStatus.REVIEW).count(),
        "scheduled": releases.filter(status=ReleaseStatus.SCHEDULED).count(),
        "published": releases.public().count(),
        "my_jobs": CoverageAssignment.objects.filter(
            organization=request.org, user=request.user, plan__agenda_item__end__gte=_now()
        ).count(),
    }


def _now() -> Any:
    from django.utils import timezone

    return timezone.now()


register_card(
    Card(
        key="newsroom",
        permission="newsroom.view",
        template="newsroom/_card.html",
        context=_context,
        order=40,
    )
)
register_nav(NavItem(_("Berita"), "newsroom:list", "newsroom.view", order=40))
