"""Shared test helpers: factories and personas used by every app's tests."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from django.contrib.auth import get_user_model

from humpro.officials.models import Level, Office, Official
from humpro.orgs.models import Membership, Organization
from humpro.orgs.roles import Role

_seq = itertools.count(1)
PASSWORD = "rahasia-uji-123"  # noqa: S105 (test-only password)


def make_org(**overrides: Any) -> Organization:
    n = next(_seq)
    data = {"slug": f"org-{n}", "name": f"Pemerintah Provinsi Uji {n}", "kind": "provinsi",
            "timezone": "Asia/Jakarta"}
    data.update(overrides)
    return Organization.objects.create(**data)


def make_user(*, org: Organization | None = None, roles: list[str] | tuple[str, ...] = (),
              **overrides: Any) -> Any:
    n = next(_seq)
    data = {"username": f"user{n}", "email": f"user{n}@example.test", "full_name": f"Pengguna {n}"}
    data.update(overrides)
    user = get_user_model().objects.create_user(password=PASSWORD, **data)
    for role in roles:
        Membership.objects.create(user=user, organization=org, role=role)
    return user


def make_official(org: Organization, **overrides: Any) -> Official:
    n = next(_seq)
    title = overrides.pop("title", "Kepala Dinas Perhubungan Provinsi Uji")
    tier = overrides.pop("tier", "10.1.p")
    level = overrides.pop("level", Level.PROVINCE)
    data = {"name": f"Pejabat Uji {n}"}
    data.update(overrides)
    official = Official.objects.create(organization=org, **data)
    Office.objects.create(organization=org, official=official, title=title, level=level, tier=tier,
                          tier_source="manual" if tier else "none")
    return official


# Sample URL kwargs for organization views that take more than `org`, used by the permission walk.
# Each maps a URL name to a factory (org -> kwargs). A new view with extra parameters must add one.
SAMPLE_KWARGS: dict[str, Callable[[Organization], dict[str, Any]]] = {}


def sample(name: str) -> Callable[[Callable[[Organization], dict[str, Any]]], Callable[[Organization], dict[str, Any]]]:
    def register(factory: Callable[[Organization], dict[str, Any]]) -> Callable[[Organization], dict[str, Any]]:
        SAMPLE_KWARGS[name] = factory
        return factory

    return register


def load_app_factories() -> None:
    """Import every app's tests/factories.py so their SAMPLE_KWARGS register themselves."""
    import importlib
    import importlib.util

    from django.apps import apps

    for config in apps.get_app_configs():
        if config.name.startswith("humpro."):
            module = f"{config.name}.tests.factories"
            if importlib.util.find_spec(f"{config.name}.tests") and importlib.util.find_spec(module):
                importlib.import_module(module)


@sample("officials:photo")
def _official_photo_kwargs(org: Organization) -> dict[str, Any]:
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    official = make_official(org)
    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "green").save(buf, format="JPEG")
    official.photo.save("foto.jpg", ContentFile(buf.getvalue()))
    return {"pk": official.pk}


@sample("officials:detail")
@sample("officials:edit")
def _official_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_official(org).pk}


def _with_logo(org: Organization) -> dict[str, Any]:
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buf, format="PNG")
    org.logo.save("logo.png", ContentFile(buf.getvalue()))
    return {}


sample("orgs:logo")(_with_logo)


@sample("orgs:calendar_delete")
def _calendar_kwargs(org: Organization) -> dict[str, Any]:
    import datetime as dt

    from humpro.core.models import CalendarAdjustment

    adj = CalendarAdjustment.objects.create(organization=org, date=dt.date(2026, 7, next(_seq) % 28 + 1),
                                            kind="closed", reason="uji")
    return {"pk": adj.pk}


@sample("orgs:outbox_retry")
def _outbox_kwargs(org: Organization) -> dict[str, Any]:
    from humpro.core.models import OutboxMessage

    msg = OutboxMessage.objects.create(organization=org, recipient="x@example.test", subject="uji",
                                       status="failed")
    return {"pk": msg.pk}


@sample("orgs:member_remove")
def _member_kwargs(org: Organization) -> dict[str, Any]:
    user = make_user(org=org, roles=[Role.REPORTER])
    return {"pk": Membership.objects.get(user=user).pk}


# --- API walk registry -------------------------------------------------------------------------
# Every REST operation must be registered here (from the app's tests/factories.py) so the API
# walk test can call it as anonymous / wrong role / other organization / right role.


class ApiSample:
    """How to call one API operation for the permission walk.

    `setup(org)` returns {"path": {param: value} (besides org), "json": body or None,
    "files": {name: (filename, bytes)} or None, "query": {...} or None}; `ok` is the status a
    user with the right role gets.
    """

    def __init__(self, permission: str, setup: Callable[[Organization], dict[str, Any]] | None = None,
                 ok: int = 200) -> None:
        self.permission = permission
        self.setup = setup or (lambda org: {})
        self.ok = ok


API_SAMPLES: dict[tuple[str, str], ApiSample] = {}


def api_sample(method: str, path: str, permission: str, ok: int = 200) -> Callable[..., Any]:
    """Register an API operation (path as in the OpenAPI schema, e.g. "/api/v1/orgs/{org}/officials")."""

    def register(setup: Callable[[Organization], dict[str, Any]]) -> Callable[[Organization], dict[str, Any]]:
        API_SAMPLES[(method.upper(), path)] = ApiSample(permission, setup, ok)
        return setup

    return register


@api_sample("GET", "/api/v1/orgs/{org}/officials", "officials.view")
@api_sample("GET", "/api/v1/orgs/{org}/calendar/add-working-days", "calendar.view")
def _api_plain(org: Organization) -> dict[str, Any]:
    return {"query": {"start": "2026-03-16", "days": 10}}


@api_sample("GET", "/api/v1/orgs/{org}/officials/{official_id}", "officials.view")
def _api_official(org: Organization) -> dict[str, Any]:
    return {"path": {"official_id": make_official(org).pk}}


@api_sample("POST", "/api/v1/orgs/{org}/officials", "officials.change", ok=201)
def _api_official_create(org: Organization) -> dict[str, Any]:
    return {"json": {"name": "Budi Santoso", "office_title": "Kepala Dinas Sosial Provinsi Uji",
                     "level": "provinsi"}}


@api_sample("POST", "/api/v1/orgs/{org}/officials/import", "officials.import")
def _api_official_import(org: Organization) -> dict[str, Any]:
    csv = "nama,jabatan,tingkat\nSiti Rahma,Kepala Dinas Kesehatan Provinsi Uji,provinsi\n"
    return {"files": {"file": ("pejabat.csv", csv.encode())}, "query": {"dry_run": "true"}}


def browser_login(page, username: str, password: str | None = None) -> None:  # type: ignore[no-untyped-def]
    """Log in through the real login form."""
    page.goto("/akun/masuk/")
    page.fill("#id_username", username)
    page.fill("#id_password", password or PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state("networkidle")
