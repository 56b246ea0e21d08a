"""The REST API under /api/v1/: one more interface onto the same services and permission rules.

Errors are JSON `{"detail": "<pesan dalam bahasa Indonesia>"}` with the HTTP status
(401 not signed in, 403 no permission, 404 not found or another organization's, 422 invalid input).
"""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest
from django.shortcuts import get_object_or_404
from ninja import NinjaAPI
from ninja.errors import HttpError
from ninja.security import APIKeyHeader, HttpBearer, django_auth

from humpro.accounts.models import ApiToken
from humpro.core.audit import set_actor
from humpro.orgs.models import Organization
from humpro.orgs.permissions import has_perm


class TokenAuth(HttpBearer):
    """`Authorization: Bearer hp_…` with a personal API token."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        user = ApiToken.authenticate(token)
        if user is not None:
            request.user = user
            set_actor(user)
        return user


class TokenHeaderAuth(APIKeyHeader):
    """The same token in an `X-API-Key` header, for tools that cannot send Bearer."""

    param_name = "X-API-Key"

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        return TokenAuth().authenticate(request, key or "")


api = NinjaAPI(
    title="humpro API",
    version="1",
    description="API Humas dan Protokol. Autentikasi: token pribadi (Bearer) atau sesi login.",
    urls_namespace="api",
    auth=[TokenAuth(), TokenHeaderAuth(), django_auth],
    openapi_url="/openapi.json",
    docs_url="/docs",
)


def org_for(request: HttpRequest, org: str, permission: str) -> Organization:
    """Load the organization of the path and enforce `permission` (403) the same way the web UI does."""
    organization = get_object_or_404(Organization, slug=org)
    if not has_perm(request.user, organization, permission):
        raise HttpError(403, "Anda tidak memiliki akses untuk operasi ini.")
    return organization


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404) -> Any:
    return api.create_response(request, {"detail": "Tidak ditemukan."}, status=404)


API_MODULES = ["orgs", "officials", "agenda", "protocol", "newsroom", "press", "ppid", "monitoring"]


def register_routers() -> None:
    import importlib

    for name in API_MODULES:
        api.add_router("", importlib.import_module(f"humpro.{name}.api").router)


register_routers()
