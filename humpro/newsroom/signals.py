"""Propose a coverage plan as soon as a public agenda item is saved."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.db.models.signals import post_save
from django.dispatch import Signal

# Plug-in point: sent (inside the publishing transaction) when a release becomes public, by a
# person or by the embargo job. Monitoring listens to detect which outlets pick the release up.
release_published = Signal()  # kwargs: release


def _on_agenda_saved(sender: Any, instance: Any, created: bool, raw: bool = False, **kwargs: Any) -> None:
    if raw:
        return
    from humpro.newsroom.coverage import needs_coverage
    from humpro.newsroom.models import CoveragePlan

    if needs_coverage(instance) and not CoveragePlan.objects.filter(agenda_item_id=instance.pk).exists():
        from humpro.newsroom.tasks import coverage_propose_task

        pk = instance.pk
        transaction.on_commit(lambda: coverage_propose_task.enqueue(pk))


def connect() -> None:
    post_save.connect(_on_agenda_saved, sender="agenda.AgendaItem", dispatch_uid="newsroom_coverage_propose")
