"""Who sees which request: PPID Utama sees the register, PPID Pelaksana only its dispositions.

A PPID Pelaksana is a user whose only PPID-relevant membership is role `ppid` with a
`Membership.unit`; the head, the leader, the admin and a PPID member without unit act as
PPID Utama.
"""

from __future__ import annotations

from typing import Any

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet

from humpro.orgs.models import Membership, Organization
from humpro.orgs.roles import Role
from humpro.ppid.models import Disposition, InformationRequest

FULL_VIEW_ROLES = {Role.HEAD, Role.LEADER, Role.ADMIN}


def pelaksana_unit_ids(user: Any, org: Organization) -> set[int] | None:
    """None when `user` sees every request of `org`; else the ids of their PPID Pelaksana units."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cache: dict[int, set[int] | None] = user.__dict__.setdefault("_ppid_units", {})
    if org.pk in cache:
        return cache[org.pk]
    memberships = list(
        Membership.objects.filter(user=user, organization=org).values_list("role", "unit_id")
    )
    roles = {role for role, _ in memberships}
    result: set[int] | None
    if roles & FULL_VIEW_ROLES or any(
        role == Role.PPID and unit is None for role, unit in memberships
    ):
        result = None
    else:
        result = {unit for role, unit in memberships if role == Role.PPID and unit is not None}
    cache[org.pk] = result
    return result


def is_utama(user: Any, org: Organization) -> bool:
    return pelaksana_unit_ids(user, org) is None


def require_utama(user: Any, org: Organization) -> None:
    if not is_utama(user, org):
        raise PermissionDenied("Hanya PPID Utama yang dapat melakukan tindakan ini.")


def visible_requests(user: Any, org: Organization) -> QuerySet[InformationRequest]:
    qs = InformationRequest.objects.for_org(org)
    units = pelaksana_unit_ids(user, org)
    if units is None:
        return qs
    return qs.filter(dispositions__unit_id__in=units).distinct()


def visible_dispositions(
    user: Any, org: Organization, request: InformationRequest
) -> QuerySet[Disposition]:
    qs = request.dispositions.select_related("unit", "answered_by")
    units = pelaksana_unit_ids(user, org)
    return qs if units is None else qs.filter(unit_id__in=units)


def can_answer(user: Any, org: Organization, disposition: Disposition) -> bool:
    units = pelaksana_unit_ids(user, org)
    return units is None or disposition.unit_id in units
