"""A small in-process cache in front of Django for public, anonymous pages.

What a caching reverse proxy would do, built in so one small server stays fast: a GET/HEAD under
one of `prefixes`, without a session or messages cookie or an Authorization header, whose
response says `Cache-Control: public` (the view opts in) and sets no cookie, is kept for at most
`seconds` (default 10) and served again without running Django. Keys include the language
cookie. A published change therefore shows within `seconds` on every process.

`Vary: Cookie` is not a reason to skip: Django adds it whenever middleware looks at the (empty)
session of an anonymous visitor. A page that really differs per visitor either needs the
session (bypassed here), sets a cookie (CSRF token, messages: not cached) or must not declare
itself public.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]


class PublicMicroCache:
    def __init__(self, app: WSGIApp, *, seconds: float, max_entries: int = 2000,
                 prefixes: tuple[str, ...] = ("/publik/",)) -> None:
        self.app = app
        self.seconds = seconds
        self.max_entries = max_entries
        self.prefixes = prefixes
        self._store: OrderedDict[tuple[str, ...], tuple[float, str, list[tuple[str, str]], bytes]] = OrderedDict()
        self._lock = threading.Lock()

    def _key(self, environ: dict[str, Any]) -> tuple[str, ...] | None:
        if self.seconds <= 0 or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        path = environ.get("PATH_INFO", "")
        if not path.startswith(self.prefixes) or environ.get("HTTP_AUTHORIZATION"):
            return None
        cookies = environ.get("HTTP_COOKIE", "")
        if "sessionid=" in cookies or "messages=" in cookies:
            return None
        language = ""
        for part in cookies.split(";"):
            name, _, value = part.strip().partition("=")
            if name == "django_language":
                language = value
        return (environ.get("HTTP_HOST", ""), path, environ.get("QUERY_STRING", ""), language)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        key = self._key(environ)
        if key is None:
            return self.app(environ, start_response)
        now = time.monotonic()
        with self._lock:
            hit = self._store.get(key)
            if hit is not None and hit[0] <= now:
                del self._store[key]
                hit = None
        if hit is not None:
            _, status, headers, body = hit
            start_response(status, [*headers, ("X-Humpro-Cache", "hit")])
            return [] if environ["REQUEST_METHOD"] == "HEAD" else [body]
        captured: dict[str, Any] = {}

        def capture(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Callable[[bytes], Any]:
            captured["status"], captured["headers"] = status, headers
            return start_response(status, headers, exc_info) if exc_info else (lambda data: None)

        result = self.app(environ, capture)
        try:
            body = b"".join(result)
        finally:
            close = getattr(result, "close", None)
            if close:
                close()
        status, headers = captured["status"], captured["headers"]
        if self._cacheable(status, headers) and environ["REQUEST_METHOD"] == "GET":
            with self._lock:
                self._store[key] = (now + self.seconds, status, headers, body)
                self._store.move_to_end(key)
                while len(self._store) > self.max_entries:
                    self._store.popitem(last=False)
        start_response(status, headers)
        return [body]

    @staticmethod
    def _cacheable(status: str, headers: list[tuple[str, str]]) -> bool:
        if not status.startswith(("200", "410")):
            return False
        names = {name.lower(): value for name, value in headers}
        if "set-cookie" in names:
            return False
        control = names.get("cache-control", "").lower()
        return "public" in control and "private" not in control and "no-store" not in control
