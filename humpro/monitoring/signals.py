"""Keep the SQLite FTS5 mirror in step when an article is deleted."""

from __future__ import annotations

from typing import Any

from django.db.models.signals import post_delete
from django.dispatch import receiver

from humpro.monitoring.models import Article
from humpro.monitoring.search import unindex_article


@receiver(post_delete, sender=Article, dispatch_uid="monitoring-article-unindex")
def _unindex(sender: type[Article], instance: Article, **kwargs: Any) -> None:
    unindex_article(instance.pk)
