"""The documentation archive: upload validation (by content), EXIF, derivatives, downloads, zip."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from PIL import ExifTags, Image, UnidentifiedImageError

from humpro.newsroom.metadata import PhotoMeta, photo_with_metadata, resized_jpeg
from humpro.newsroom.models import MediaAsset, MediaKind, ProcessingStatus, Release
from humpro.newsroom.workflow import WorkflowError, settings_for
from humpro.officials.models import Official
from humpro.orgs.models import Organization

PHOTO_FORMATS = {
    "JPEG": ("image/jpeg", "jpg"),
    "PNG": ("image/png", "png"),
    "WEBP": ("image/webp", "webp"),
}
THUMB_SIDE, WEB_SIDE = 400, 1600
MAX_PIXELS = 80_000_000


def photo_max_bytes() -> int:
    return int(getattr(settings, "HUMPRO_NEWSROOM_PHOTO_MAX_BYTES", 30 * 1024 * 1024))


def video_max_bytes() -> int:
    return int(getattr(settings, "HUMPRO_NEWSROOM_VIDEO_MAX_BYTES", 500 * 1024 * 1024))


class UploadError(WorkflowError):
    """An upload refused with an Indonesian reason."""


@dataclass(frozen=True)
class Sniffed:
    kind: str
    mime: str
    ext: str


def sniff_video(head: bytes) -> Sniffed | None:
    """MP4/MOV by their leading `ftyp` box, WebM by its EBML header with DocType "webm".

    Only the first bytes are checked here; the worker then opens the whole file with ffmpeg (forced
    to the demuxer of this type) and decodes a frame before anything is shown or served.
    """
    if head[4:8] == b"ftyp":
        box_size, brand = int.from_bytes(head[:4], "big"), head[8:12]
        if box_size < 16 or not all(32 <= c < 127 for c in brand):
            return None
        if brand == b"qt  ":
            return Sniffed(MediaKind.VIDEO, "video/quicktime", "mov")
        return Sniffed(MediaKind.VIDEO, "video/mp4", "mp4")
    if head[:4] == b"\x1a\x45\xdf\xa3" and b"webm" in head[:64]:
        return Sniffed(MediaKind.VIDEO, "video/webm", "webm")
    return None


def sniff(content: bytes) -> Sniffed:
    """What the bytes really are (the file name is never trusted)."""
    if (
        content[:3] == b"\xff\xd8\xff"
        or content[:8] == b"\x89PNG\r\n\x1a\n"
        or (content[:4] == b"RIFF" and content[8:12] == b"WEBP")
    ):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("error", Image.DecompressionBombWarning)
                with Image.open(io.BytesIO(content)) as img:
                    fmt = img.format
                    if img.width * img.height > MAX_PIXELS:
                        raise UploadError("Resolusi foto terlalu besar.")
                    img.verify()
        except (
            UnidentifiedImageError,
            OSError,
            SyntaxError,
            ValueError,
            Image.DecompressionBombError,
            Image.DecompressionBombWarning,
        ) as exc:
            raise UploadError("Berkas foto rusak atau bukan gambar yang sah.") from exc
        if fmt not in PHOTO_FORMATS:
            raise UploadError("Format foto tidak didukung (gunakan JPEG, PNG, atau WebP).")
        mime, ext = PHOTO_FORMATS[fmt]
        return Sniffed(MediaKind.PHOTO, mime, ext)
    video = sniff_video(content[:64])
    if video:
        return video
    raise UploadError(
        "Jenis berkas tidak didukung: isi berkas bukan foto (JPEG/PNG/WebP) atau video "
        "(MP4/MOV/WebM), apa pun nama berkasnya."
    )


def read_exif(content: bytes) -> tuple[dict[str, Any], dt.datetime | None]:
    """A few useful EXIF fields (camera, orientation, original date) and the capture time."""
    with Image.open(io.BytesIO(content)) as img:
        exif = img.getexif()
        sub = exif.get_ifd(ExifTags.IFD.Exif)
    wanted = {"Make", "Model", "Orientation", "Artist", "ImageDescription", "Copyright", "Software"}
    data: dict[str, Any] = {}
    for tag, value in exif.items():
        name = ExifTags.TAGS.get(tag, "")
        if name in wanted:
            data[name] = value if isinstance(value, int) else str(value).strip("\x00 ")[:200]
    original = sub.get(0x9003) or exif.get(0x0132)
    taken = None
    if original:
        data["DateTimeOriginal"] = str(original)
        try:
            stamp = str(original).strip("\x00 ") + " +0000"  # camera local time, zone set later
            taken = dt.datetime.strptime(stamp, "%Y:%m:%d %H:%M:%S %z")
        except ValueError:
            taken = None
    return data, taken


@transaction.atomic
def media_upload(
    *,
    organization: Organization,
    user: Any,
    filename: str,
    content: bytes,
    caption: str = "",
    credit: str = "",
    people_ids: list[int] | None = None,
    agenda_item_id: int | None = None,
    release: Release | None = None,
) -> MediaAsset:
    if not content:
        raise UploadError("Berkas kosong.")
    found = sniff(content)
    limit = photo_max_bytes() if found.kind == MediaKind.PHOTO else video_max_bytes()
    if len(content) > limit:
        raise UploadError(
            f"Berkas terlalu besar (maks. {limit // (1024 * 1024)} MB untuk "
            f"{'foto' if found.kind == MediaKind.PHOTO else 'video'})."
        )
    people_ids = sorted(set(people_ids or []))
    if people_ids and Official.objects.for_org(organization).filter(pk__in=people_ids).count() != len(people_ids):
        raise UploadError("Orang yang ditandai tidak ada di direktori pejabat organisasi ini.")
    if agenda_item_id:
        from humpro.agenda.models import AgendaItem

        if not AgendaItem.objects.for_org(organization).filter(pk=agenda_item_id).exists():
            raise UploadError("Agenda terkait tidak ditemukan.")
    exif, taken = read_exif(content) if found.kind == MediaKind.PHOTO else ({}, None)
    asset = MediaAsset(
        organization=organization,
        kind=found.kind,
        original_name=filename[:255],
        mime=found.mime,
        size=len(content),
        sha256=hashlib.sha256(content).hexdigest(),
        exif=exif,
        taken_at=taken.replace(tzinfo=organization.tz) if taken else None,
        caption=caption.strip(),
        credit=credit.strip()[:160] or settings_for(organization).credit_line,
        agenda_item_id=agenda_item_id,
        uploaded_by=user if getattr(user, "pk", None) else None,
        processing=ProcessingStatus.PENDING,
    )
    asset.file.save(f"{asset.sha256[:16]}.{found.ext}", ContentFile(content), save=False)
    asset.save()
    asset.people.set(people_ids)
    if release is not None:
        release.photos.add(asset)
    from humpro.newsroom.tasks import media_process_task

    transaction.on_commit(lambda: media_process_task.enqueue(asset.pk))
    return asset


def _mark_failed(asset: MediaAsset, reason: str) -> bool:
    MediaAsset.objects.filter(pk=asset.pk).update(processing=ProcessingStatus.FAILED, processing_error=reason[:300])
    return False


def video_process(asset: MediaAsset) -> bool:
    """Probe a video, make its poster (thumbnail + web size) and, when small, an H.264 MP4 rendition.

    A file ffmpeg cannot read as the sniffed container, or without a decodable frame, is marked
    failed with the reason (quarantined: never streamed, downloaded or shown publicly).
    """
    from humpro.newsroom import video

    with video.workdir() as tmp:
        workdir = Path(tmp)
        try:
            path = video.stored_copy(asset.file, workdir)
            info = video.probe(path, asset.mime)
            poster = video.poster_png(path, asset.mime, info)
            thumb, _, _ = resized_jpeg(poster, THUMB_SIDE, quality=78)
            web, width, height = resized_jpeg(poster, WEB_SIDE, quality=84)
        except video.VideoError as exc:
            return _mark_failed(asset, str(exc))
        except (OSError, ValueError, Image.DecompressionBombError):
            return _mark_failed(asset, video.BROKEN)
        notes = {"VideoCodec": info.codec, "PixelFormat": info.pix_fmt, "Container": info.container}
        rendition = b""
        if video.is_web_ready(asset.mime, info):
            notes["WebVideo"] = "asli (sudah MP4/H.264)"
        elif asset.size > video.transcode_max_bytes():
            notes["WebVideo"] = f"tidak dibuat: lebih dari {video.transcode_max_bytes() // (1024 * 1024)} MB"
        else:
            try:
                rendition = video.web_mp4(path, asset.mime, workdir)
                notes["WebVideo"] = "MP4/H.264 dibuat"
            except video.VideoError as exc:
                notes["WebVideo"] = str(exc)
    stem = asset.sha256[:16]
    asset.thumbnail.save(f"{stem}-400.jpg", ContentFile(thumb), save=False)
    asset.web.save(f"{stem}-1600.jpg", ContentFile(web), save=False)
    if rendition:
        asset.web_video.save(f"{stem}-web.mp4", ContentFile(rendition), save=False)
    asset.width, asset.height = _full_size(poster)
    asset.duration = info.duration
    asset.exif = {**asset.exif, **notes}
    asset.processing, asset.processing_error = ProcessingStatus.DONE, ""
    asset.save()
    return True


def _full_size(png: bytes) -> tuple[int, int]:
    with Image.open(io.BytesIO(png)) as img:
        return img.size


def media_process(*, asset_id: int) -> bool:
    """Make the thumbnail and web size of a photo, or the poster/renditions of a video (worker).

    Returns True when done; a file that cannot be processed is marked failed, never raised.
    """
    asset = MediaAsset.objects.get(pk=asset_id)
    if asset.kind == MediaKind.VIDEO:
        return video_process(asset)
    try:
        with asset.file.open("rb") as fh:
            source = fh.read()
        thumb, _, _ = resized_jpeg(source, THUMB_SIDE, quality=78)
        web, width, height = resized_jpeg(source, WEB_SIDE, quality=84)
    except (OSError, ValueError) as exc:
        MediaAsset.objects.filter(pk=asset.pk).update(
            processing=ProcessingStatus.FAILED, processing_error=str(exc)[:300]
        )
        return False
    stem = asset.sha256[:16]
    asset.thumbnail.save(f"{stem}-400.jpg", ContentFile(thumb), save=False)
    asset.web.save(f"{stem}-1600.jpg", ContentFile(web), save=False)
    with Image.open(io.BytesIO(source)) as img:
        orientation = img.getexif().get(0x0112, 1)
        w, h = img.size
    asset.width, asset.height = (h, w) if orientation in (5, 6, 7, 8) else (w, h)
    asset.processing, asset.processing_error = ProcessingStatus.DONE, ""
    asset.save()
    return True


@transaction.atomic
def media_update(
    *,
    asset: MediaAsset,
    caption: str,
    credit: str,
    people_ids: list[int],
    agenda_item_id: int | None,
) -> MediaAsset:
    people_ids = sorted(set(people_ids))
    if people_ids and Official.objects.for_org(asset.organization).filter(pk__in=people_ids).count() != len(people_ids):
        raise UploadError("Orang yang ditandai tidak ada di direktori pejabat organisasi ini.")
    asset.caption, asset.credit, asset.agenda_item_id = (
        caption.strip(),
        credit.strip()[:160],
        agenda_item_id,
    )
    asset.save()
    asset.people.set(people_ids)
    return asset


def meta_for(asset: MediaAsset) -> PhotoMeta:
    year = (asset.taken_at or asset.created_at or timezone.now()).year
    return PhotoMeta(
        caption=asset.caption,
        credit=asset.credit,
        copyright=f"\u00a9 {year} {asset.organization.name}. {asset.credit}".strip(),
        people=[p.full_name for p in asset.people.all()],
    )


def servable(asset: MediaAsset) -> bool:
    """Photos always (verified by Pillow at upload); videos only after the worker has checked them."""
    return asset.kind == MediaKind.PHOTO or asset.processing == ProcessingStatus.DONE


def download_bytes(asset: MediaAsset, *, max_side: int | None = None) -> tuple[bytes, str, str]:
    """(content, filename, mime) to download; photos carry caption/credit/people metadata."""
    if not servable(asset):
        raise UploadError(
            "Video ini belum lolos pemeriksaan (sedang diproses atau dikarantina) sehingga tidak dapat diunduh."
        )
    with asset.file.open("rb") as fh:
        source = fh.read()
    stem = f"dok-{asset.pk}"
    if asset.kind != MediaKind.PHOTO:
        return source, f"{stem}.{asset.file.name.rsplit('.', 1)[-1]}", asset.mime
    return (
        photo_with_metadata(source, meta_for(asset), max_side=max_side),
        f"{stem}.jpg",
        "image/jpeg",
    )


def media_package(release: Release) -> bytes:
    """A zip for journalists: every photo of a release (with metadata) and a captions file."""
    out = io.BytesIO()
    lines = [release.title, "", release.lead, ""]
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        photos = release.photos.filter(kind=MediaKind.PHOTO).prefetch_related("people").order_by("id")
        for n, asset in enumerate(photos, start=1):
            content, _, _ = download_bytes(asset)
            name = f"{n:02d}-{release.slug[:60]}.jpg"
            zf.writestr(name, content)
            people = ", ".join(p.full_name for p in asset.people.all())
            lines += [
                f"{name}: {asset.caption}",
                f"   {asset.credit}" + (f" | Dalam foto: {people}" if people else ""),
            ]
        zf.writestr("KETERANGAN.txt", "\n".join(lines) + "\n")
    return out.getvalue()
