"""The one place where humpro decides who may do what.

Every web view and API endpoint that touches an organization's non-public data
asks `has_perm(user, org, permission)`. The matrix below maps each permission to
the roles that hold it inside that organization; nothing else grants access
(Django superusers use the admin site, not these views).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone

from humpro.orgs.models import Membership, Organization
from humpro.orgs.roles import STAFF_ROLES, Role

R = Role
STAFF = STAFF_ROLES

PERMISSIONS: dict[str, frozenset[str]] = {
    # foundation
    "org.view_dashboard": STAFF,
    "org.manage_members": frozenset({R.ADMIN}),
    "org.settings": frozenset({R.ADMIN}),
    "audit.view": frozenset({R.ADMIN, R.HEAD}),
    "outbox.view": frozenset({R.ADMIN, R.HEAD}),
    "calendar.view": STAFF,
    "calendar.change": frozenset({R.ADMIN}),
    "officials.view": STAFF,
    "officials.change": frozenset({R.ADMIN, R.PROTOCOL, R.HEAD}),
    "officials.import": frozenset({R.ADMIN, R.PROTOCOL}),
    # --- agenda (issue 3) ---
    "agenda.view": STAFF,
    "agenda.change": frozenset({R.ADMIN, R.HEAD, R.PROTOCOL, R.AIDE}),
    "agenda.dispose": frozenset({R.HEAD, R.LEADER}),
    "agenda.feeds": frozenset({R.ADMIN, R.HEAD, R.PROTOCOL}),
    "agenda.settings": frozenset({R.ADMIN, R.HEAD}),
    # --- end agenda ---
    # --- protocol (issue 3) ---
    "protocol.view": STAFF,
    "protocol.change": frozenset({R.ADMIN, R.HEAD, R.PROTOCOL}),
    "protocol.configure": frozenset({R.ADMIN, R.HEAD}),
    # --- end protocol ---
    # --- newsroom (issue 4) ---
    "newsroom.view": STAFF,
    "newsroom.write": frozenset({R.REPORTER, R.EDITOR, R.HEAD, R.MEDIA_RELATIONS}),
    # may act in review (comment, return, approve); approval itself also needs a role the
    # organization chose in its newsroom settings (bawaan: kepala)
    "newsroom.review": frozenset({R.EDITOR, R.HEAD, R.LEADER, R.MEDIA_RELATIONS}),
    "newsroom.publish": frozenset({R.EDITOR, R.HEAD, R.MEDIA_RELATIONS}),
    "newsroom.distribute": frozenset({R.MEDIA_RELATIONS, R.HEAD, R.EDITOR}),
    "newsroom.media": frozenset({R.PHOTOGRAPHER, R.REPORTER, R.EDITOR, R.HEAD, R.MEDIA_RELATIONS}),
    "newsroom.coverage": frozenset({R.HEAD, R.EDITOR, R.PROTOCOL}),
    "newsroom.magazine": frozenset({R.EDITOR, R.HEAD}),
    "newsroom.settings": frozenset({R.HEAD, R.ADMIN}),
    # --- end newsroom ---
    # --- press (issue 5) ---
    "press.view": STAFF,
    "press.change": frozenset({R.ADMIN, R.HEAD, R.MEDIA_RELATIONS}),
    "press.import": frozenset({R.ADMIN, R.MEDIA_RELATIONS}),
    "press.contracts_view": frozenset({R.ADMIN, R.HEAD, R.LEADER, R.MEDIA_RELATIONS}),
    "press.contracts": frozenset({R.ADMIN, R.HEAD, R.MEDIA_RELATIONS}),
    "press.policy": frozenset({R.ADMIN, R.HEAD}),
    "press.verify": frozenset({R.HEAD, R.MEDIA_RELATIONS}),
    "press.submit_proof": frozenset({R.HEAD, R.MEDIA_RELATIONS, R.PARTNER_MEDIA}),
    "press.payments": frozenset({R.ADMIN, R.HEAD, R.MEDIA_RELATIONS}),
    "press.portal": frozenset({R.PARTNER_MEDIA}),
    # --- end press ---
    # --- monitoring (issue 6) ---
    "monitoring.view": STAFF,
    "monitoring.ingest": frozenset({R.ANALYST, R.MEDIA_RELATIONS, R.HEAD, R.ADMIN}),
    "monitoring.correct": frozenset({R.ANALYST, R.HEAD}),
    "monitoring.sources": frozenset({R.ANALYST, R.HEAD, R.ADMIN}),
    "monitoring.report": frozenset({R.ANALYST, R.HEAD, R.LEADER, R.MEDIA_RELATIONS}),
    "monitoring.configure": frozenset({R.HEAD, R.ADMIN}),
    # --- end monitoring ---
    # --- ppid (issue 7) ---
    # A PPID user with Membership.unit set is PPID Pelaksana: humpro.ppid.access limits them to
    # their unit's dispositions; PPID without unit (and the head) act as PPID Utama.
    "ppid.view": frozenset({R.PPID, R.HEAD, R.LEADER, R.ADMIN}),
    "ppid.manage": frozenset({R.PPID, R.HEAD}),
    "ppid.answer": frozenset({R.PPID, R.HEAD}),
    "ppid.identity": frozenset({R.PPID, R.HEAD}),
    "ppid.objection_decide": frozenset({R.HEAD, R.LEADER}),
    "ppid.dip": frozenset({R.PPID, R.HEAD}),
    "ppid.report": frozenset({R.PPID, R.HEAD, R.LEADER, R.ADMIN}),
    # --- end ppid ---
}


def roles_of(user: Any, org: Organization) -> set[str]:
    """The roles `user` holds in `org` (cached per request on the user object)."""
    if not getattr(user, "is_authenticated", False):
        return set()
    cache: dict[int, set[str]] = user.__dict__.setdefault("_humpro_roles", {})
    if org.pk not in cache:
        cache[org.pk] = set(
            Membership.objects.filter(user=user, organization=org).values_list("role", flat=True)
        )
    return cache[org.pk]


def has_perm(user: Any, org: Organization, permission: str) -> bool:
    if permission not in PERMISSIONS:
        raise KeyError(f"Unknown permission {permission!r}: add it to PERMISSIONS")
    return bool(roles_of(user, org) & PERMISSIONS[permission])


def roles_with(permission: str) -> frozenset[str]:
    return PERMISSIONS[permission]


def user_organizations(user: Any) -> list[Organization]:
    if not getattr(user, "is_authenticated", False):
        return []
    return list(Organization.objects.filter(memberships__user=user).distinct().order_by("name"))


def org_view(permission: str) -> Callable[[Callable[..., HttpResponse]], Callable[..., HttpResponse]]:
    """Decorate a view whose URL starts with /o/<org>/: loads the organization,
    sends anonymous users to the login page and refuses users without `permission`.

    The wrapped view receives `request.org` and is marked with the permission so
    the permission-walk test can find every organization view.
    """

    def decorator(view: Callable[..., HttpResponse]) -> Callable[..., HttpResponse]:
        @wraps(view)
        def wrapper(request: HttpRequest, org: str, *args: Any, **kwargs: Any) -> HttpResponse:
            organization = get_object_or_404(Organization, slug=org)
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if not has_perm(request.user, organization, permission):
                raise PermissionDenied("Anda tidak memiliki akses untuk halaman ini.")
            request.org = organization  # type: ignore[attr-defined]
            with timezone.override(organization.tz):
                return view(request, *args, **kwargs)

        wrapper.humpro_permission = permission  # type: ignore[attr-defined]
        return wrapper

    return decorator
