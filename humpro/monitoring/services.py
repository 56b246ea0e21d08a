"""Writes of the monitoring app: sources, single URLs, uploads and bulk import, manual clips,
tone corrections, settings, and the hook for our own releases."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass, field
from typing import Any

from django.core.files.base import ContentFile, File
from django.db import transaction
from django.utils import timezone

from humpro.monitoring.fetch import FetchError, polite_get
from humpro.monitoring.ingest import IngestResult, _Officials, ingest_document, normalize_url
from humpro.monitoring.models import (
    Article,
    MonitoringSettings,
    Quarantine,
    Source,
    SourceType,
    Tone,
    ToneCorrection,
)
from humpro.monitoring.outlets import articles_follow_source, outlet_for_source
from humpro.monitoring.tone_training import request_tone_retrain, retrain_tone_model  # noqa: F401  (service API)
from humpro.orgs.models import Organization

TEXT_SUFFIXES = (".html", ".htm", ".txt")
MAX_BULK_FILES = 500
MAX_FILE_BYTES = 5 * 1024 * 1024


class MonitoringError(ValueError):
    """Bad input, with an Indonesian message for the user."""


@dataclass
class BulkReport:
    created: list[Article] = field(default_factory=list)
    seen: list[Article] = field(default_factory=list)
    quarantined: list[tuple[str, str]] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)

    def add(self, name: str, result: IngestResult) -> None:
        if result.quarantined:
            self.quarantined.append((name, result.reason))
        elif result.created and result.article:
            self.created.append(result.article)
        elif result.article:
            self.seen.append(result.article)

    def as_dict(self) -> dict[str, Any]:
        return {
            "created": [a.pk for a in self.created],
            "seen": [a.pk for a in self.seen],
            "quarantined": [{"file": n, "reason": r} for n, r in self.quarantined],
            "skipped": [{"file": n, "reason": r} for n, r in self.skipped],
        }


@transaction.atomic
def source_save(
    *,
    organization: Organization,
    source: Source | None = None,
    name: str,
    url: str,
    kind: str,
    outlet_name: str,
    outlet_url: str = "",
    is_major: bool = False,
    active: bool = True,
    poll_minutes: int = 30,
    outlet: Any = None,
) -> Source:
    """Create/update a source; `outlet` (a `press.Outlet`) or None = matched by domain."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise MonitoringError("Alamat umpan harus diawali http:// atau https://.")
    if not 5 <= poll_minutes <= 24 * 60:
        raise MonitoringError("Interval pengambilan harus antara 5 dan 1440 menit.")
    clash = Source.objects.for_org(organization).filter(url=url)
    if source is not None:
        clash = clash.exclude(pk=source.pk)
    if clash.exists():
        raise MonitoringError("Sumber dengan alamat ini sudah ada.")
    source = source or Source(organization=organization)
    source.name, source.url, source.kind = name.strip(), url, kind
    source.outlet_name, source.outlet_url = outlet_name.strip(), outlet_url.strip()
    source.is_major, source.active, source.poll_minutes = is_major, active, poll_minutes
    if outlet is not None and outlet.organization_id != organization.pk:
        raise MonitoringError("Media mitra tidak ditemukan.")
    if source.pk is None:
        source.next_poll_at = timezone.now()
    source.outlet_id = outlet.pk if outlet is not None else outlet_for_source(source)
    source.save()
    articles_follow_source(source)
    return source


def source_fetch_now(*, source: Source) -> None:
    """Queue an immediate poll of the source (the worker fetches it)."""
    from humpro.monitoring.tasks import source_poll_task

    Source.objects.filter(pk=source.pk).update(next_poll_at=timezone.now())
    transaction.on_commit(lambda: source_poll_task.enqueue(source.pk))


def ingest_url(*, organization: Organization, url: str) -> IngestResult:
    """Fetch one URL now (politely: robots.txt, rate limit) and store it."""
    url = url.strip()
    if not url.startswith(("http://", "https://")):
        raise MonitoringError("Tautan harus diawali http:// atau https://.")
    existing = Article.objects.for_org(organization).filter(url=normalize_url(url)).first()
    if existing:
        return IngestResult(existing, False)
    try:
        response = polite_get(url)
    except FetchError as exc:
        raise MonitoringError(f"Tautan tidak dapat diambil: {exc.message}") from None
    return ingest_document(
        organization=organization, raw=response.body, url=url, source_type=SourceType.URL
    )


def _decode(data: bytes) -> str:
    for enc in ("utf-8-sig", "cp1252"):
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _files_of(name: str, data: bytes, report: BulkReport) -> list[tuple[str, bytes]]:
    if name.lower().endswith(".zip"):
        try:
            archive = zipfile.ZipFile(io.BytesIO(data))
        except zipfile.BadZipFile:
            report.skipped.append((name, "Arsip ZIP rusak atau tidak dapat dibaca."))
            return []
        out = []
        for info in archive.infolist():
            if info.is_dir() or info.filename.startswith("__MACOSX/"):
                continue
            if not info.filename.lower().endswith(TEXT_SUFFIXES):
                report.skipped.append(
                    (info.filename, "Jenis berkas tidak didukung (hanya .html, .htm, .txt).")
                )
            elif info.file_size > MAX_FILE_BYTES:
                report.skipped.append((info.filename, "Berkas terlalu besar (maks. 5 MB)."))
            else:
                out.append((info.filename, archive.read(info)))
        return out
    if not name.lower().endswith(TEXT_SUFFIXES):
        report.skipped.append(
            (name, "Jenis berkas tidak didukung (hanya .html, .htm, .txt, .zip).")
        )
        return []
    return [(name, data)]


def ingest_files(
    *, organization: Organization, files: list[tuple[str, bytes]], is_own_release: bool = False
) -> BulkReport:
    """Bulk import: uploaded .html/.htm/.txt files and .zip archives of them (a whole folder)."""
    report = BulkReport()
    expanded: list[tuple[str, bytes]] = []
    for name, data in files:
        expanded.extend(_files_of(name, data, report))
    if len(expanded) > MAX_BULK_FILES:
        raise MonitoringError(
            f"Terlalu banyak berkas ({len(expanded)}); maksimal {MAX_BULK_FILES} sekali unggah."
        )
    matcher = _Officials(organization)
    source_type = SourceType.RELEASE if is_own_release else SourceType.UPLOAD
    for name, data in expanded:
        result = ingest_document(
            organization=organization,
            raw=_decode(data),
            filename=name,
            source_type=source_type,
            is_own_release=is_own_release,
            officials=matcher,
        )
        report.add(name, result)
    return report


def ingest_folder(*, organization: Organization, path: str) -> BulkReport:
    """Bulk import of a folder on the server (the same service as an upload; no management
    command).
    """
    from humpro.monitoring.extract.cli import iter_files

    files = [(str(p), p.read_bytes()) for p in iter_files([path]) if p.is_file()]
    return ingest_files(organization=organization, files=files)


def clip_create(
    *,
    organization: Organization,
    medium: str,
    outlet: str,
    title: str,
    text: str,
    date: dt.date | None,
    media_file: File | None = None,
) -> IngestResult:
    """A manual clip from print/TV/radio: the scan or recording plus the typed text."""
    if medium not in (SourceType.PRINT, SourceType.TV, SourceType.RADIO):
        raise MonitoringError("Jenis media harus cetak, televisi, atau radio.")
    if len(text.split()) < 5:
        raise MonitoringError("Isi kliping terlalu pendek: ketik teks beritanya (minimal 5 kata).")
    raw = f"{title.strip()}\n\n{text.strip()}"
    result = ingest_document(
        organization=organization,
        raw=raw,
        fmt="text",
        source_type=medium,
        media_file=media_file,
        fallback={"title": title, "outlet": outlet, "date": date.isoformat() if date else ""},
    )
    if result.created and result.article and date and result.article.published_on != date:
        Article.objects.filter(pk=result.article.pk).update(published_on=date)
        result.article.published_on = date
    return result


def release_register(
    *,
    organization: Organization,
    title: str,
    text: str,
    url: str = "",
    published_on: dt.date | None = None,
    ref: str = "",
) -> IngestResult:
    """Hook for the newsroom app: register one of our releases so pickups can be detected.

    Call it when a release is published, e.g.
    `transaction.on_commit(lambda: release_register(...))`.
    """
    raw = f"{title.strip()}\n\n{text.strip()}"
    result = ingest_document(
        organization=organization,
        raw=raw,
        url=url,
        fmt="text",
        source_type=SourceType.RELEASE,
        is_own_release=True,
        release_ref=ref,
        fallback={
            "title": title,
            "date": published_on.isoformat() if published_on else "",
            "outlet": organization.name,
        },
    )
    return result


def article_mark_release(*, article: Article, is_own_release: bool) -> None:
    """Flag an existing article as one of our releases (pickups are found for articles stored
    later).
    """
    Article.objects.filter(pk=article.pk).update(is_own_release=is_own_release)


@transaction.atomic
def tone_correct(
    *, article: Article, field: str, tone: str, note: str = "", user: Any = None
) -> ToneCorrection:
    """Record an analyst's tone correction (history row) and apply it to the article."""
    if field not in ToneCorrection.Field.values:
        raise MonitoringError("Bagian yang dikoreksi harus 'isi' atau 'judul'.")
    if tone not in Tone.values:
        raise MonitoringError("Nada harus positif, netral, atau negatif.")
    attr = "tone" if field == ToneCorrection.Field.BODY else "headline_tone"
    old = getattr(article, attr)
    correction = ToneCorrection.objects.create(
        organization=article.organization,
        article=article,
        field=field,
        old=old,
        new=tone,
        note=note[:500],
        by=user,
    )
    Article.objects.filter(pk=article.pk).update(**{attr: tone})
    setattr(article, attr, tone)
    return correction


def training_rows(*, organization: Organization) -> list[dict[str, Any]]:
    """Corrected tone labels as training data (latest correction per article and field)."""
    rows: dict[tuple[int, str], dict[str, Any]] = {}
    qs = (
        ToneCorrection.objects.for_org(organization)
        .select_related("article")
        .order_by("created_at", "id")
    )
    for c in qs:
        a = c.article
        rows[(a.pk, c.field)] = {
            "article_id": a.pk,
            "field": c.field,
            "text": a.title if c.field == "headline" else a.text,
            "label": c.new,
            "model_label": a.headline_tone_auto if c.field == "headline" else a.tone_auto,
            "note": c.note,
            "corrected_at": c.created_at.isoformat(),
            "outlet": a.outlet,
            "url": a.url,
        }
    return list(rows.values())


def parse_taxonomy(text: str) -> dict[str, list[str]]:
    """`topik: kata1, kata2` per line → {topik: [kata1, kata2]}."""
    taxonomy: dict[str, list[str]] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if ":" not in line:
            raise MonitoringError(
                f"Baris {number} taksonomi tidak valid: gunakan 'topik: kata1, kata2'."
            )
        topic, words = line.split(":", 1)
        keywords = [w.strip() for w in words.split(",") if w.strip()]
        if not topic.strip() or not keywords:
            raise MonitoringError(
                f"Baris {number} taksonomi: nama topik dan minimal satu kata kunci wajib diisi."
            )
        taxonomy[topic.strip().lower()] = keywords
    return taxonomy


def format_taxonomy(taxonomy: dict[str, list[str]]) -> str:
    return "\n".join(f"{topic}: {', '.join(words)}" for topic, words in taxonomy.items())


@transaction.atomic
def settings_save(
    *,
    organization: Organization,
    crisis_emails: str,
    digest_emails: str,
    webhook_url: str,
    major_outlets: str,
    leaders: list[Any],
    taxonomy_text: str,
) -> MonitoringSettings:
    from humpro.core.tabular import check_email

    for line in MonitoringSettings.lines(crisis_emails) + MonitoringSettings.lines(digest_emails):
        if message := check_email(line):
            raise MonitoringError(message)
    conf, _ = MonitoringSettings.objects.get_or_create(organization=organization)
    conf.crisis_emails, conf.digest_emails = crisis_emails.strip(), digest_emails.strip()
    conf.webhook_url, conf.major_outlets = webhook_url.strip(), major_outlets.strip()
    conf.topics = parse_taxonomy(taxonomy_text) if taxonomy_text.strip() else {}
    conf.save()
    conf.leaders.set(leaders)
    return conf


def quarantine_retry(*, item: Quarantine) -> None:
    """Mark a quarantined item resolved so the next poll fetches it again."""
    Quarantine.objects.filter(pk=item.pk).update(resolved=True)
    if item.source is not None and item.url == item.source.url:
        source_fetch_now(source=item.source)
    elif item.source_id and item.url:
        from humpro.monitoring.tasks import item_fetch_task

        transaction.on_commit(lambda: item_fetch_task.enqueue(item.source_id, item.url, "", "", ""))


def raw_capture(article: Article) -> bytes:
    with article.raw_file.open("rb") as fh:
        return fh.read()


def store_media(name: str, data: bytes) -> ContentFile:
    return ContentFile(data, name=name)


def register_published_release(sender: Any, release: Any, **kwargs: Any) -> None:
    """Receiver of newsroom's `release_published`: our release becomes the reference text for
    pickup detection, after the publishing transaction commits."""
    from django.urls import reverse
    from django.utils.html import strip_tags

    organization, pk = release.organization, release.pk
    body = getattr(release, "body_text", "") or strip_tags(release.body)
    title, text = release.title, f"{release.lead}\n\n{body}".strip()
    url = reverse("newsroom_public:article", kwargs={"org": organization.slug, "slug": release.slug})
    published_on = timezone.localdate(release.published_at) if release.published_at else None
    transaction.on_commit(lambda: release_register(
        organization=organization, title=title, text=text, url=url, published_on=published_on, ref=str(pk)))
