"""Internal magazine issues: assemble and render."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction

from humpro.newsroom.models import MagazineIssue, MediaAsset, Release
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.models import Organization


@transaction.atomic
def magazine_save(
    *,
    organization: Organization,
    issue: MagazineIssue | None = None,
    title: str,
    number: str,
    period: dt.date,
    editorial: str = "",
    cover_id: int | None = None,
    release_ids: list[int] | None = None,
    photo_ids: list[int] | None = None,
) -> MagazineIssue:
    release_ids, photo_ids = sorted(set(release_ids or [])), sorted(set(photo_ids or []))
    if not title.strip() or not number.strip():
        raise WorkflowError("Judul dan nomor edisi wajib diisi.")
    if Release.objects.for_org(organization).public().filter(pk__in=release_ids).count() != len(release_ids):
        raise WorkflowError("Hanya rilis terbit milik organisasi ini yang dapat dimuat.")
    wanted = set(photo_ids) | ({cover_id} if cover_id else set())
    if MediaAsset.objects.for_org(organization).filter(pk__in=wanted, kind="photo").count() != len(wanted):
        raise WorkflowError("Foto tidak ditemukan di arsip organisasi ini.")
    issue = issue or MagazineIssue(organization=organization)
    issue.title, issue.number, issue.period = title.strip(), number.strip(), period
    issue.editorial, issue.cover_id = editorial.strip(), cover_id
    issue.save()
    issue.releases.set(release_ids)
    issue.photos.set(photo_ids)
    return issue


def table_of_contents(issue: MagazineIssue) -> list[dict[str, Any]]:
    entries = [{"anchor": "pengantar", "title": "Pengantar redaksi"}] if issue.editorial else []
    for r in issue.releases.order_by("published_at", "id"):
        entries.append({"anchor": f"artikel-{r.pk}", "title": r.title})
    if issue.photos.exists():
        entries.append({"anchor": "galeri", "title": "Galeri foto"})
    return entries
