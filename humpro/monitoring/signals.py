"""Keep the SQLite FTS5 mirror in step when an article is deleted; drop the cached outlet
matcher when the partner-media registry changes."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from humpro.monitoring.models import Article
from humpro.monitoring.search import unindex_article
from humpro.press.models import Outlet


@receiver(post_delete, sender=Article, dispatch_uid="monitoring-article-unindex")
def _unindex(sender: type[Article], instance: Article, **kwargs: Any) -> None:
    unindex_article(instance.pk)


@receiver(post_save, sender=Outlet, dispatch_uid="monitoring-outlet-saved")
@receiver(post_delete, sender=Outlet, dispatch_uid="monitoring-outlet-deleted")
def _outlet_changed(sender: type[Outlet], instance: Outlet, **kwargs: Any) -> None:
    from humpro.monitoring.outlets import forget

    forget(instance.organization_id)


def _strip_nul(sender: Any, instance: Any, raw: bool = False, **kwargs: Any) -> None:
    """Text from the outside world (feeds, pages, error messages) can carry NUL characters,
    which PostgreSQL refuses in text columns; they never carry meaning, so drop them."""
    from django.db import models

    for field in instance._meta.concrete_fields:
        if isinstance(field, models.CharField | models.TextField):
            value = getattr(instance, field.attname)
            if isinstance(value, str) and "\x00" in value:
                setattr(instance, field.attname, value.replace("\x00", ""))


def connect_nul_stripping() -> None:
    from django.apps import apps
    from django.db.models.signals import pre_save

    for model in apps.get_app_config("monitoring").get_models():
        pre_save.connect(_strip_nul, sender=model, dispatch_uid=f"monitoring-strip-nul-{model._meta.label}")
