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


@sample("officials:detail")
@sample("officials:edit")
def _official_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_official(org).pk}


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
