from __future__ import annotations

from django.db.models import Prefetch, QuerySet

from humpro.officials.models import Office, Official
from humpro.orgs.models import Organization


def officials_list(*, organization: Organization, q: str = "", level: str = "", tier: str = "") -> QuerySet[Official]:
    """Officials of an organization with their current office prefetched (no N+1)."""
    qs = Official.objects.for_org(organization).search(q)
    if level:
        qs = qs.filter(offices__level=level).distinct()
    if tier == "-":
        qs = qs.filter(offices__tier="").distinct()
    elif tier:
        qs = qs.filter(offices__tier=tier).distinct()
    return qs.prefetch_related(
        Prefetch("offices", queryset=Office.objects.current(), to_attr="current_offices")
    )
