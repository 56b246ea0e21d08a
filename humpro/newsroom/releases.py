"""Writes on releases: save (with a version every time), workflow moves, comments, diffs."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify

from humpro.core.audit import audit_log
from humpro.core.models import AuditAction
from humpro.newsroom.models import (
    MediaAsset,
    Quote,
    Release,
    ReleaseComment,
    ReleaseStatus,
    ReleaseTransition,
    ReleaseVersion,
    Tag,
)
from humpro.newsroom.sanitize import html_to_text, sanitize_html
from humpro.newsroom.signals import release_published
from humpro.newsroom.workflow import EDITABLE, WorkflowError, can_edit, check_move
from humpro.officials.models import Official
from humpro.orgs.models import Organization

S = ReleaseStatus


@dataclass
class QuoteIn:
    text: str
    speaker_id: int | None = None
    speaker_name: str = ""


@dataclass
class ReleaseData:
    title: str
    lead: str = ""
    body: str = ""
    kind: str = "siaran_pers"
    tags: list[str] = field(default_factory=list)
    quotes: list[QuoteIn] = field(default_factory=list)
    official_ids: list[int] = field(default_factory=list)
    photo_ids: list[int] = field(default_factory=list)
    agenda_item_id: int | None = None
    author_credit: str = ""
    editor_credit: str = ""


def _label(user: Any) -> str:
    if user is None:
        return "sistem"
    return getattr(user, "full_name", "") or user.get_username()


def _unique_slug(organization: Organization, title: str, exclude: int | None = None) -> str:
    base = slugify(title)[:100] or "rilis"
    slug, n = base, 2
    qs = Release.objects.filter(organization=organization)
    if exclude:
        qs = qs.exclude(pk=exclude)
    while qs.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def tags_from_names(organization: Organization, names: Iterable[str]) -> list[Tag]:
    tags = []
    for raw in names:
        name = " ".join(raw.strip().lstrip("#").split())[:80]
        if not name or not slugify(name):
            continue
        tag, _ = Tag.objects.get_or_create(organization=organization, slug=slugify(name)[:90], defaults={"name": name})
        if tag not in tags:
            tags.append(tag)
    return tags


def _validate(organization: Organization, data: ReleaseData) -> None:
    if not data.title.strip():
        raise WorkflowError("Judul wajib diisi.")
    if len(data.title) > 250:
        raise WorkflowError("Judul terlalu panjang (maks. 250 karakter).")
    ids = set(data.official_ids) | {q.speaker_id for q in data.quotes if q.speaker_id}
    if ids and Official.objects.for_org(organization).filter(pk__in=ids).count() != len(ids):
        raise WorkflowError("Pejabat yang dipilih tidak ditemukan di direktori organisasi ini.")
    if data.photo_ids and MediaAsset.objects.for_org(organization).filter(pk__in=data.photo_ids).count() != len(
        set(data.photo_ids)
    ):
        raise WorkflowError("Foto yang dipilih tidak ditemukan di arsip organisasi ini.")
    if data.agenda_item_id:
        from humpro.agenda.models import AgendaItem

        if not AgendaItem.objects.for_org(organization).filter(pk=data.agenda_item_id).exists():
            raise WorkflowError("Agenda terkait tidak ditemukan.")


def _write_version(release: Release, user: Any, note: str) -> ReleaseVersion:
    release.version += 1
    Release.objects.filter(pk=release.pk).update(version=release.version)
    return ReleaseVersion.objects.create(
        organization=release.organization,
        release=release,
        number=release.version,
        title=release.title,
        lead=release.lead,
        body=release.body,
        author=user if getattr(user, "pk", None) else None,
        note=note[:300],
        quotes=[{"text": q.text, "speaker": q.speaker_label} for q in release.quotes.all()],
    )


def _apply(release: Release, data: ReleaseData) -> None:
    org = release.organization
    release.title = " ".join(data.title.split())
    release.lead = data.lead.strip()
    release.body = sanitize_html(data.body)
    release.body_text = html_to_text(release.body)
    release.kind = data.kind
    release.agenda_item_id = data.agenda_item_id
    release.author_credit = data.author_credit.strip()[:120] or release.author_credit
    release.editor_credit = data.editor_credit.strip()[:120] or release.editor_credit
    if not release.published_at:
        release.slug = _unique_slug(org, release.title, exclude=release.pk)
    release.save()
    release.tags.set(tags_from_names(org, data.tags))
    release.officials.set(data.official_ids)
    release.photos.set(data.photo_ids)
    release.quotes.all().delete()
    Quote.objects.bulk_create(
        [
            Quote(
                organization=org,
                release=release,
                text=q.text.strip(),
                speaker_id=q.speaker_id,
                speaker_name=q.speaker_name.strip()[:200],
                order=i,
            )
            for i, q in enumerate(data.quotes)
            if q.text.strip()
        ]
    )


@transaction.atomic
def release_create(*, organization: Organization, user: Any, data: ReleaseData) -> Release:
    _validate(organization, data)
    release = Release(organization=organization, author=user, author_credit=_label(user))
    _apply(release, data)
    _write_version(release, user, "dibuat")
    ReleaseTransition.objects.create(
        organization=organization,
        release=release,
        from_status="",
        to_status=S.DRAFT,
        actor=user,
        actor_label=_label(user),
        note="dibuat",
    )
    return release


@transaction.atomic
def release_update(*, release: Release, user: Any, data: ReleaseData, note: str = "") -> Release:
    release = Release.objects.select_for_update().get(pk=release.pk)
    if release.status not in EDITABLE or not can_edit(release=release, user=user):
        raise WorkflowError(
            "Rilis ini tidak dapat diubah pada status "
            f"\u201c{release.get_status_display()}\u201d; gunakan koreksi bila sudah terbit."
        )
    _validate(release.organization, data)
    if release.status == S.REVIEW and release.author_id != user.pk:
        release.editor = user
        release.editor_credit = data.editor_credit.strip() or _label(user)
    _apply(release, data)
    _write_version(release, user, note or "diubah")
    return release


def _move(release: Release, user: Any, action: str, note: str = "") -> Release:
    move = check_move(release=release, action=action, user=user)
    if move.needs_note and not note.strip():
        raise WorkflowError("Catatan/alasan wajib diisi untuk tindakan ini.")
    before = release.status
    release.status = move.target
    return _record(release, user, before, note)


def _record(release: Release, user: Any, before: str, note: str) -> Release:
    release.save()
    if release.status == S.PUBLISHED and before != S.PUBLISHED:
        release_published.send(sender=Release, release=release)
    ReleaseTransition.objects.create(
        organization=release.organization,
        release=release,
        from_status=before,
        to_status=release.status,
        actor=user if getattr(user, "pk", None) else None,
        actor_label=_label(user),
        note=note.strip(),
    )
    return release


@transaction.atomic
def release_transition(
    *,
    release: Release,
    user: Any,
    action: str,
    note: str = "",
    embargo_until: dt.datetime | None = None,
) -> Release:
    """Do one workflow move (not `correct`, see `release_correct`)."""
    release = Release.objects.select_for_update().get(pk=release.pk)
    if action == "correct":
        raise WorkflowError("Gunakan formulir koreksi.")
    if action == "schedule":
        if embargo_until is None or embargo_until <= timezone.now():
            raise WorkflowError("Waktu embargo wajib diisi dan harus di masa depan.")
        release.embargo_until = embargo_until
    if action == "approve" and release.editor_id is None:
        release.editor = user
        release.editor_credit = release.editor_credit or _label(user)
    if action == "publish":
        release.published_at = release.published_at or timezone.now()
        release.embargo_until = None
    if action in ("unschedule", "reopen"):
        release.embargo_until = None
    if action == "withdraw":
        release.withdrawn_reason, release.withdrawn_at = note.strip(), timezone.now()
    return _move(release, user, action, note)


@transaction.atomic
def release_correct(*, release: Release, user: Any, data: ReleaseData, note: str) -> Release:
    """Correct a published release: new text, a new version and a public correction note."""
    release = Release.objects.select_for_update().get(pk=release.pk)
    check_move(release=release, action="correct", user=user)
    if not note.strip():
        raise WorkflowError("Catatan koreksi wajib diisi; catatan ini tampil di halaman publik.")
    _validate(release.organization, data)
    before = release.status
    _apply(release, data)
    now = timezone.now()
    stamp = timezone.localtime(now, release.organization.tz).strftime("%d-%m-%Y %H:%M")
    entry = f"Koreksi {stamp} {release.organization.tz_abbreviation}: {note.strip()}"
    release.correction_note = f"{release.correction_note}\n{entry}".strip()
    release.corrected_at = now
    release.status = S.CORRECTED
    _write_version(release, user, f"koreksi: {note.strip()}")
    return _record(release, user, before, note)


@transaction.atomic
def release_comment(*, release: Release, user: Any, body: str) -> ReleaseComment:
    if not body.strip():
        raise WorkflowError("Komentar tidak boleh kosong.")
    return ReleaseComment.objects.create(
        organization=release.organization,
        release=release,
        author=user,
        body=body.strip()[:5000],
        status_at=release.status,
    )


def releases_publish_due(*, now: dt.datetime | None = None) -> list[int]:
    """Publish every scheduled release whose embargo has passed (run by the worker)."""
    now = now or timezone.now()
    done = []
    for pk in Release.objects.filter(status=S.SCHEDULED, embargo_until__lte=now).values_list("pk", flat=True):
        with transaction.atomic():
            release = Release.objects.select_for_update().get(pk=pk)
            if release.status != S.SCHEDULED or release.embargo_until is None or release.embargo_until > now:
                continue
            before = release.status
            release.status = S.PUBLISHED
            release.published_at = release.embargo_until
            _record(release, None, before, "embargo berakhir: diterbitkan otomatis")
            audit_log(
                organization=release.organization,
                action=AuditAction.STATUS,
                obj=release,
                summary="Rilis terbit otomatis setelah embargo",
            )
            done.append(pk)
    return done


def version_diff(old: ReleaseVersion, new: ReleaseVersion) -> list[tuple[str, str]]:
    """Line diff between two versions as (kind, text), kind in {' ', '+', '-', '@'}."""

    def lines(v: ReleaseVersion) -> list[str]:
        quotes = [f"\u201c{q['text']}\u201d \u2014 {q['speaker']}" for q in v.quotes]
        return [
            f"# {v.title}",
            "",
            *v.lead.splitlines(),
            "",
            *html_to_text(v.body).splitlines(),
            "",
            *quotes,
        ]

    out = []
    for line in difflib.unified_diff(
        lines(old), lines(new), f"versi {old.number}", f"versi {new.number}", lineterm="", n=2
    ):
        if line.startswith(("---", "+++")):
            continue
        out.append((line[:1] if line[:1] in "+-@" else " ", line[1:] if line[:1] in "+- " else line))
    return out
