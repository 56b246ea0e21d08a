"""Background tasks of monitoring: the poller, feed health, alerts, clipping reports, pruning."""

from __future__ import annotations

import datetime as dt

from django.utils import timezone
from django_tasks import task

from humpro.core.scheduler import scheduled


@scheduled(every=dt.timedelta(minutes=5), name="monitoring.poll_due")
@task()
def poll_due_task() -> int:
    """Enqueue one poll per due source (each source has its own interval)."""
    from humpro.monitoring.poller import due_sources

    ids = due_sources()
    for pk in ids:
        source_poll_task.enqueue(pk)
    return len(ids)


@task()
def source_poll_task(source_id: int) -> int:
    from humpro.monitoring.poller import source_poll

    items = source_poll(source_id=source_id)
    for item in items:
        item_fetch_task.enqueue(source_id, item.url, item.title, item.date, item.summary)
    return len(items)


@task()
def item_fetch_task(source_id: int, url: str, title: str, date: str, summary: str) -> str:
    from humpro.monitoring.poller import item_fetch

    return item_fetch(source_id=source_id, url=url, title=title, date=date, summary=summary)


@scheduled(every=dt.timedelta(hours=1), name="monitoring.silent_zero")
@task()
def silent_zero_task() -> int:
    from humpro.monitoring.alerts import silent_zero_check

    return len(silent_zero_check())


def _orgs_with_articles(since: dt.datetime) -> list[int]:
    from humpro.monitoring.models import Article

    return list(
        Article.objects.filter(fetched_at__gte=since)
        .values_list("organization_id", flat=True)
        .distinct()
    )


@scheduled(every=dt.timedelta(days=1), name="monitoring.digest")
@task()
def digest_task() -> int:
    from humpro.monitoring.alerts import send_digest
    from humpro.orgs.models import Organization

    orgs = Organization.objects.filter(
        pk__in=_orgs_with_articles(timezone.now() - dt.timedelta(days=1))
    )
    return sum(1 for org in orgs if send_digest(organization=org))


@scheduled(every=dt.timedelta(days=7), name="monitoring.weekly")
@task()
def weekly_task() -> int:
    from humpro.monitoring.alerts import send_digest
    from humpro.orgs.models import Organization

    orgs = Organization.objects.filter(
        pk__in=_orgs_with_articles(timezone.now() - dt.timedelta(days=7))
    )
    return sum(1 for org in orgs if send_digest(organization=org, weekly=True))


@scheduled(every=dt.timedelta(hours=8), name="monitoring.clipping")
@task()
def clipping_task() -> int:
    """The clipping report three times a day (00, 08, 16 UTC = 07, 15, 23 WIB) per active
    organization.
    """
    from humpro.monitoring.reports import clipping_generate
    from humpro.orgs.models import Organization

    now = timezone.now()
    since = now - dt.timedelta(hours=8)
    orgs = Organization.objects.filter(pk__in=_orgs_with_articles(since))
    for org in orgs:
        clipping_generate(organization=org, start=since, end=now, scheduled=True, send=True)
    return len(orgs)


@scheduled(every=dt.timedelta(days=1), name="monitoring.prune")
@task()
def prune_task() -> int:
    """Forget LSH band keys older than 60 days (near-duplicates are searched within that window)
    and fetch logs older than 30 days."""
    from humpro.monitoring.models import FetchLog, LshBand

    now = timezone.now()
    bands, _ = LshBand.objects.filter(article__fetched_at__lt=now - dt.timedelta(days=60)).delete()
    logs, _ = FetchLog.objects.filter(at__lt=now - dt.timedelta(days=30)).delete()
    return bands + logs


@scheduled(every=dt.timedelta(hours=1), name="monitoring.link_outlets")
@task()
def link_outlets_task() -> int:
    """Fill empty links of sources/articles to partner-media outlets (outlets registered or
    edited after the articles were stored)."""
    from humpro.monitoring.outlets import outlets_relink
    from humpro.orgs.models import Organization
    from humpro.press.models import Outlet

    org_ids = Outlet.objects.values_list("organization_id", flat=True).distinct()
    linked = 0
    for org in Organization.objects.filter(pk__in=list(org_ids)):
        report = outlets_relink(organization=org)
        linked += report.sources + report.articles
    return linked


@scheduled(every=dt.timedelta(days=7), name="monitoring.tone_retrain")
@task()
def tone_retrain_task() -> int:
    """Retrain the tone model of every organization with tone corrections newer than its active
    model. Returns the number of models trained."""
    from humpro.monitoring.models import ToneCorrection
    from humpro.monitoring.tone_training import needs_retrain, retrain_tone_model
    from humpro.orgs.models import Organization

    org_ids = ToneCorrection.objects.values_list("organization_id", flat=True).distinct()
    trained = 0
    for org in Organization.objects.filter(pk__in=list(org_ids)):
        if needs_retrain(org) and retrain_tone_model(organization=org) is not None:
            trained += 1
    return trained


@task()
def tone_retrain_org_task(organization_id: int, user_id: int | None = None) -> int | None:
    """Retrain one organization's tone model (the settings page's button); returns the row id."""
    from django.contrib.auth import get_user_model

    from humpro.monitoring.tone_training import retrain_tone_model
    from humpro.orgs.models import Organization

    org = Organization.objects.get(pk=organization_id)
    user = get_user_model().objects.filter(pk=user_id).first() if user_id else None
    row = retrain_tone_model(organization=org, user=user)
    return row.pk if row else None
