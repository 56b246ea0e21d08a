from __future__ import annotations

from typing import Any

from django.http import HttpRequest

from humpro.orgs.permissions import PERMISSIONS, roles_of, user_organizations


def current_org(request: HttpRequest) -> dict[str, Any]:
    """Expose the current organization, the user's organizations and a `can` lookup to templates."""
    org = getattr(request, "org", None)
    can: dict[str, bool] = {}
    if org is not None:
        roles = roles_of(request.user, org)
        can = {perm.replace(".", "_"): bool(roles & allowed) for perm, allowed in PERMISSIONS.items()}
    from humpro.core.dashboard import nav_for

    return {
        "nav": nav_for(request) if org is not None else [],
        "org": org,
        "can": can,
        "my_orgs": user_organizations(request.user) if request.user.is_authenticated else [],
    }
