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


class LanguageMiddleware:
    """Indonesian first: the UI language is Indonesian unless the user chose another one
    (language switcher → cookie). The browser's Accept-Language is deliberately ignored, since
    many office computers run an English browser."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.conf import settings
        from django.utils import translation

        language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, "")
        if language not in dict(settings.LANGUAGES):
            language = settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = language  # type: ignore[attr-defined]
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", language)
        return response


class ProxyClientAddressMiddleware:
    """Behind a reverse proxy (HUMPRO_BEHIND_PROXY=true), take the client address from the last
    X-Forwarded-For entry the proxy appended, so rate limits and lockouts see real clients.
    Without the setting the header is ignored (a client could forge it)."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded:
            request.META["REMOTE_ADDR"] = forwarded.split(",")[-1].strip()
        return self.get_response(request)
