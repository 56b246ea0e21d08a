"""Background tasks of the newsroom: thin wrappers around services."""

from __future__ import annotations

import datetime as dt

from django_tasks import task

from humpro.core.scheduler import scheduled


@task()
def media_process_task(asset_id: int) -> bool:
    from humpro.newsroom.media import media_process

    return media_process(asset_id=asset_id)


@task()
def distribution_send_task(distribution_id: int) -> int:
    from humpro.newsroom.distribution import distribution_send

    return distribution_send(distribution_id=distribution_id)


@task()
def coverage_propose_task(item_id: int) -> bool:
    from humpro.agenda.models import AgendaItem
    from humpro.newsroom.coverage import coverage_propose

    item = AgendaItem.objects.filter(pk=item_id).first()
    return bool(item and coverage_propose(item=item))


@scheduled(every=dt.timedelta(minutes=1), name="newsroom.publish_embargoed")
@task()
def publish_embargoed_task() -> int:
    from humpro.newsroom.releases import releases_publish_due

    return len(releases_publish_due())


@scheduled(every=dt.timedelta(minutes=15), name="newsroom.propose_coverage")
@task()
def propose_coverage_task() -> int:
    from humpro.newsroom.coverage import propose_missing

    return propose_missing()
