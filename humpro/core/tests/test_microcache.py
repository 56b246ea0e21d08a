from __future__ import annotations

from wsgiref.util import setup_testing_defaults

import pytest

from humpro.core.microcache import PublicMicroCache


class App:
    def __init__(self, headers: list[tuple[str, str]], status: str = "200 OK") -> None:
        self.calls = 0
        self.headers, self.status = headers, status

    def __call__(self, environ, start_response):  # type: ignore[no-untyped-def]
        self.calls += 1
        start_response(self.status, self.headers)
        return [f"isi {self.calls}".encode()]


def _get(app, path: str = "/publik/nm/berita/artikel/a/", **extra):  # type: ignore[no-untyped-def]
    environ: dict = {"PATH_INFO": path, **extra}
    setup_testing_defaults(environ)
    seen = {}

    def start_response(status, headers, exc_info=None):  # type: ignore[no-untyped-def]
        seen["status"], seen["headers"] = status, dict(headers)

    body = b"".join(app(environ, start_response))
    return seen["status"], seen["headers"], body


def test_public_pages_are_served_from_cache_until_they_expire(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clock = [100.0]
    monkeypatch.setattr("humpro.core.microcache.time.monotonic", lambda: clock[0])
    inner = App([("Cache-Control", "public, max-age=60"), ("Content-Type", "text/html")])
    app = PublicMicroCache(inner, seconds=10)
    assert _get(app)[2] == b"isi 1"
    status, headers, body = _get(app)
    assert body == b"isi 1" and headers["X-Humpro-Cache"] == "hit" and inner.calls == 1
    clock[0] += 11
    assert _get(app)[2] == b"isi 2"


def test_private_or_personal_responses_are_never_cached() -> None:
    for headers in ([("Content-Type", "text/html")],
                    [("Cache-Control", "public"), ("Set-Cookie", "csrftoken=x")],
                    [("Cache-Control", "private")]):
        inner = App(headers)
        app = PublicMicroCache(inner, seconds=10)
        _get(app)
        _get(app)
        assert inner.calls == 2, headers


def test_requests_that_carry_identity_or_are_not_public_bypass_the_cache() -> None:
    inner = App([("Cache-Control", "public")])
    app = PublicMicroCache(inner, seconds=10)
    _get(app, HTTP_COOKIE="sessionid=abc")
    _get(app, HTTP_COOKIE="sessionid=abc")
    _get(app, HTTP_AUTHORIZATION="Bearer x")
    _get(app, HTTP_COOKIE="messages=abc")
    _get(app, path="/o/nm/")
    _get(app, path="/o/nm/")
    _get(app, REQUEST_METHOD="POST")
    assert inner.calls == 7


def test_language_is_part_of_the_key() -> None:
    inner = App([("Cache-Control", "public")])
    app = PublicMicroCache(inner, seconds=10)
    _get(app, HTTP_COOKIE="django_language=en")
    _get(app)
    _get(app, HTTP_COOKIE="django_language=en")
    assert inner.calls == 2


@pytest.mark.django_db(transaction=True)  # the WSGI handler closes connections after a request
def test_the_real_app_serves_a_published_article_from_cache() -> None:
    from humpro.config.wsgi import application
    from humpro.newsroom.models import ReleaseStatus
    from humpro.newsroom.tests.factories import make_release
    from humpro.testing import make_org

    org = make_org()
    release = make_release(org, status=ReleaseStatus.PUBLISHED, title="Gubernur Tanam Mangrove")
    path = f"/publik/{org.slug}/berita/artikel/{release.slug}/"
    first = _get(application, path=path)
    second = _get(application, path=path)
    assert first[0].startswith("200") and "X-Humpro-Cache" not in first[1]
    assert second[1].get("X-Humpro-Cache") == "hit" and second[2] == first[2]
    assert b"Gubernur Tanam Mangrove" in second[2]
    missing = f"/publik/{org.slug}/berita/artikel/tidak-ada/"
    _get(application, path=missing)
    assert "X-Humpro-Cache" not in _get(application, path=missing)[1]
