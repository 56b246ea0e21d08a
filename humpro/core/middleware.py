from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from humpro.core.audit import reset_actor, set_actor


class AuditActorMiddleware:
    """Attribute audited writes made while serving a request to the logged-in user."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        token = set_actor(user if user is not None and user.is_authenticated else None)
        try:
            return self.get_response(request)
        finally:
            reset_actor(token)
