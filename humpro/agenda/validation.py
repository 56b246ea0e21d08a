"""Input checks shared by the agenda services: time zones, periods, coordinates, attachments."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass
from typing import Any

from django.conf import settings
from django.utils import timezone as djtz

from humpro.agenda.clash import zone

MAX_ATTACHMENTS = 10
IMAGE_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}


class AgendaError(ValueError):
    """Invalid input: `errors` maps a field name ("" = general) to an Indonesian message."""

    def __init__(self, errors: dict[str, str] | str) -> None:
        self.errors = {"": errors} if isinstance(errors, str) else dict(errors)
        super().__init__(" ".join(self.errors.values()))


def max_attachment_bytes() -> int:
    return int(getattr(settings, "HUMPRO_AGENDA_MAX_ATTACHMENT_BYTES", 10 * 1024 * 1024))


def check_timezone(name: str) -> str:
    try:
        zone(name)
    except ValueError as exc:
        raise AgendaError({"timezone": str(exc)}) from exc
    return name


def localize(value: dt.datetime | dt.date, tz_name: str, *, end_of_day: bool = False) -> dt.datetime:
    """An aware datetime; naive values (and dates) are read in the entry's own time zone."""
    tz = zone(tz_name)
    if not isinstance(value, dt.datetime):
        value = dt.datetime.combine(value, dt.time(23, 59) if end_of_day else dt.time.min)
    if djtz.is_naive(value):
        return value.replace(tzinfo=tz)
    return value


def normalise_period(
    start: dt.datetime | dt.date, end: dt.datetime | dt.date | None, tz_name: str, all_day: bool
) -> tuple[dt.datetime, dt.datetime]:
    """(start, end) aware; all-day entries run 00:00 first day – 23:59 last local day."""
    if start is None:
        raise AgendaError({"start": "Waktu mulai wajib diisi."})
    end = end if end is not None else start
    start_at, end_at = localize(start, tz_name), localize(end, tz_name, end_of_day=all_day)
    if all_day:
        tz = zone(tz_name)
        first, last = start_at.astimezone(tz).date(), end_at.astimezone(tz).date()
        if last < first:
            raise AgendaError({"end": "Tanggal selesai tidak boleh sebelum tanggal mulai."})
        return (
            dt.datetime.combine(first, dt.time.min, tzinfo=tz),
            dt.datetime.combine(last, dt.time(23, 59), tzinfo=tz),
        )
    if end_at < start_at:
        raise AgendaError({"end": "Waktu selesai tidak boleh sebelum waktu mulai."})
    if end_at - start_at > dt.timedelta(days=31):
        raise AgendaError({"end": "Acara lebih dari 31 hari: periksa kembali tanggal selesai."})
    return start_at, end_at


def check_coordinates(latitude: float | None, longitude: float | None) -> None:
    if (latitude is None) != (longitude is None):
        raise AgendaError({"latitude": "Isi lintang dan bujur sekaligus, atau kosongkan keduanya."})
    if latitude is not None and not -90 <= latitude <= 90:
        raise AgendaError({"latitude": "Lintang harus antara -90 dan 90."})
    if longitude is not None and not -180 <= longitude <= 180:
        raise AgendaError({"longitude": "Bujur harus antara -180 dan 180."})


@dataclass(frozen=True)
class CheckedFile:
    name: str
    content: bytes
    mimetype: str


def sniff(content: bytes) -> str | None:
    """The real type of a file from its bytes: "application/pdf", an image type, or None."""
    if content.startswith(b"%PDF-"):
        return "application/pdf" if b"%%EOF" in content[-2048:] else None
    try:
        from PIL import Image

        with Image.open(io.BytesIO(content)) as img:
            kind = img.format
            img.verify()
    except Exception:
        return None
    return IMAGE_TYPES.get(kind or "")


def check_attachments(files: list[tuple[str, bytes]]) -> list[CheckedFile]:
    """Accept only real PDFs and JPEG/PNG/WebP images under the size limit.

    Any bad file refuses the whole set.
    """
    if len(files) > MAX_ATTACHMENTS:
        raise AgendaError({"attachments": f"Paling banyak {MAX_ATTACHMENTS} lampiran."})
    limit = max_attachment_bytes()
    checked = []
    for name, content in files:
        short = (name or "lampiran").rsplit("/", 1)[-1][:150]
        if len(content) > limit:
            raise AgendaError(
                {
                    "attachments": f"Lampiran {short} terlalu besar "
                    f"({len(content) / 1048576:.1f} MB; "
                    f"maksimal {limit / 1048576:.0f} MB)."
                }
            )
        if not content:
            raise AgendaError({"attachments": f"Lampiran {short} kosong."})
        kind = sniff(content)
        if short.lower().endswith(".pdf") and kind != "application/pdf":
            raise AgendaError(
                {"attachments": f"Lampiran {short} bukan PDF yang sah: isi berkas tidak cocok dengan ekstensinya."}
            )
        if kind is None:
            raise AgendaError(
                {"attachments": f"Lampiran {short} ditolak: hanya PDF atau gambar (JPEG, PNG, WebP) yang diterima."}
            )
        checked.append(CheckedFile(short, content, kind))
    return checked


def official_in(organization: Any, value: Any, field_name: str) -> Any:
    """The organization's official with pk `value` (or None for empty); refuses foreign ones."""
    from humpro.officials.models import Official

    if value in (None, "", 0):
        return None
    pk = value.pk if isinstance(value, Official) else value
    official = Official.objects.for_org(organization).filter(pk=pk).first()
    if official is None:
        raise AgendaError({field_name: "Pejabat tidak ditemukan di direktori organisasi ini."})
    return official


def check_choice(value: str, choices: Any, field_name: str, label: str) -> str:
    if value not in choices.values:
        raise AgendaError({field_name: f"{label} tidak dikenal: {value!r}."})
    return value
