"""Audit log: who did what to which record, when, and what changed.

Every subclass of `OrgOwnedModel` is audited automatically on save and delete
(diffed against the values it was loaded with). The acting user comes from a
context variable that the web middleware, API auth and commands set; explicit
events (imports, logins) are written with `audit_log`.
"""

from __future__ import annotations

import contextlib
import contextvars
import datetime as dt
import decimal
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import post_delete, post_save, pre_save

from humpro.core.models import AuditAction, AuditEntry, OrgOwnedModel

_actor: contextvars.ContextVar[Any] = contextvars.ContextVar("humpro_audit_actor", default=None)
IGNORED_FIELDS = {"created_at", "updated_at"}


@contextlib.contextmanager
def acting_as(user: Any) -> Iterator[None]:
    """Attribute every audited write inside the block to `user`."""
    token = _actor.set(user)
    try:
        yield
    finally:
        _actor.reset(token)


def current_actor() -> Any:
    return _actor.get()


def set_actor(user: Any) -> contextvars.Token:
    return _actor.set(user)


def reset_actor(token: contextvars.Token) -> None:
    _actor.reset(token)


def _jsonable(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, decimal.Decimal | uuid.UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if hasattr(value, "name") and hasattr(value, "storage"):  # FieldFile
        return value.name or ""
    return str(value)


def _field_values(instance: models.Model) -> dict[str, Any]:
    values = {}
    for field in instance._meta.concrete_fields:
        if field.name in IGNORED_FIELDS:
            continue
        values[field.attname] = _jsonable(field.value_from_object(instance))
    return values


def _actor_fields(actor: Any) -> dict[str, Any]:
    if actor is not None and getattr(actor, "is_authenticated", False):
        return {"actor": actor, "actor_label": actor.get_username()}
    if isinstance(actor, str):
        return {"actor": None, "actor_label": actor}
    return {"actor": None, "actor_label": "sistem"}


def audit_log(
    *,
    organization: Any,
    action: str,
    obj: models.Model | None = None,
    summary: str = "",
    changes: dict[str, Any] | None = None,
    actor: Any = None,
) -> AuditEntry:
    """Write one explicit audit entry (imports, logins, workflow events)."""
    return AuditEntry.objects.create(
        organization=organization,
        action=action,
        content_type=ContentType.objects.get_for_model(obj) if obj is not None else None,
        object_id=str(obj.pk) if obj is not None else "",
        object_repr=str(obj)[:300] if obj is not None else "",
        summary=summary[:300],
        changes=_jsonable(changes or {}),
        **_actor_fields(actor if actor is not None else current_actor()),
    )


def audit_bulk_created(objs: Iterable[OrgOwnedModel], *, summary: str = "") -> None:
    """Audit rows created with bulk_create (which sends no signals)."""
    actor = _actor_fields(current_actor())
    entries = []
    for obj in objs:
        entries.append(
            AuditEntry(
                organization_id=obj.organization_id,
                action=AuditAction.CREATE,
                content_type=ContentType.objects.get_for_model(obj),
                object_id=str(obj.pk),
                object_repr=str(obj)[:300],
                summary=summary[:300],
                changes={k: [None, v] for k, v in _field_values(obj).items() if v not in (None, "")},
                **actor,
            )
        )
    AuditEntry.objects.bulk_create(entries, batch_size=500)


def _on_pre_save(sender: type[models.Model], instance: models.Model, raw: bool, **kwargs: Any) -> None:
    if raw or instance._state.adding:
        return
    if not hasattr(instance, "_audit_snapshot"):
        # Loaded without from_db (rare): read the stored row once for the diff.
        stored = sender._default_manager.filter(pk=instance.pk).first()
        instance._audit_before = _field_values(stored) if stored else {}
    else:
        snap = instance._audit_snapshot
        instance._audit_before = {
            f.attname: _jsonable(snap[f.attname])
            for f in instance._meta.concrete_fields
            if f.attname in snap and f.name not in IGNORED_FIELDS
        }


def _on_post_save(sender: type[models.Model], instance: models.Model, created: bool, raw: bool, **kwargs: Any) -> None:
    if raw:
        return
    after = _field_values(instance)
    if created:
        changes = {k: [None, v] for k, v in after.items() if v not in (None, "")}
        action = AuditAction.CREATE
    else:
        before = getattr(instance, "_audit_before", {})
        changes = {k: [before.get(k), v] for k, v in after.items() if k in before and before.get(k) != v}
        if not changes:
            return
        action = AuditAction.STATUS if "status" in changes else AuditAction.UPDATE
    audit_log(organization=instance.organization, action=action, obj=instance, changes=changes)
    instance._audit_snapshot = dict(after)


def _on_post_delete(sender: type[models.Model], instance: models.Model, **kwargs: Any) -> None:
    from humpro.orgs.models import Organization

    if not Organization.objects.filter(pk=instance.organization_id).exists():
        return  # the whole organization is being deleted
    audit_log(
        organization=instance.organization,
        action=AuditAction.DELETE,
        obj=instance,
        changes={k: [v, None] for k, v in _field_values(instance).items() if v not in (None, "")},
    )


def connect_receivers() -> None:
    for model in apps.get_models():
        if issubclass(model, OrgOwnedModel):
            uid = f"humpro-audit-{model._meta.label}"
            pre_save.connect(_on_pre_save, sender=model, dispatch_uid=uid + "-pre")
            post_save.connect(_on_post_save, sender=model, dispatch_uid=uid + "-post")
            post_delete.connect(_on_post_delete, sender=model, dispatch_uid=uid + "-del")


def entries_for(obj: models.Model) -> models.QuerySet[AuditEntry]:
    """The audit trail of one record, newest first."""
    return AuditEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(obj), object_id=str(obj.pk)
    ).select_related("actor")
