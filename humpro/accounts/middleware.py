from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

from humpro.accounts.services import requires_2fa

EXEMPT_PREFIXES = ("/akun/", "/static/", "/media/", "/i18n/", "/api/")


class TwoFactorMiddleware:
    """Send heads and admins of organizations that require 2FA to the set-up page until they enable it."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if (
            user is not None
            and user.is_authenticated
            and not user.totp_enabled
            and not request.path.startswith(EXEMPT_PREFIXES)
            and requires_2fa(user=user)
        ):
            return redirect(reverse("accounts:two_factor") + "?wajib=1")
        return self.get_response(request)
