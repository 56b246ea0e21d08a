"""Newsroom test helpers and the URL/API samples for the permission walks (fictional Nusa Makmur data)."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from typing import Any

from django.utils import timezone
from PIL import Image

from humpro.agenda.models import AgendaItem, AgendaStatus, Visibility
from humpro.newsroom.models import (
    Contact,
    Delivery,
    Distribution,
    DistributionList,
    ListEntry,
    MagazineIssue,
    MediaAsset,
    Release,
    ReleaseStatus,
)
from humpro.newsroom.releases import QuoteIn, ReleaseData, release_create
from humpro.orgs.models import Organization
from humpro.orgs.roles import Role
from humpro.testing import api_sample, make_official, make_user, sample

_seq = itertools.count(1)


def jpeg_bytes(size: tuple[int, int] = (64, 48), orientation: int | None = None, color: str = "red") -> bytes:
    image = Image.new("RGB", size, color)
    out = io.BytesIO()
    exif = Image.Exif()
    exif[0x010F] = "KameraUji"
    exif[0x0110] = "Model 7"
    if orientation:
        exif[0x0112] = orientation
    exif.get_ifd(0x8769)[0x9003] = "2026:03:12 09:15:00"
    image.save(out, "JPEG", exif=exif.tobytes())
    return out.getvalue()


def make_agenda_item(org: Organization, **overrides: Any) -> AgendaItem:
    n = next(_seq)
    start = overrides.pop("start", timezone.now() + dt.timedelta(days=3, hours=n))
    data = {
        "title": f"Peresmian Jembatan Sungai Makmur {n}",
        "start": start,
        "end": start + dt.timedelta(hours=2),
        "venue_name": "Kabupaten Tanjung Harapan",
        "visibility": Visibility.PUBLIC,
        "status": AgendaStatus.CONFIRMED,
        "timezone": org.timezone,
    }
    data.update(overrides)
    if "leader" not in data:
        data["leader"] = make_official(org, name=f"Ahmad Wirasena {n}", title="Gubernur Nusa Makmur")
    return AgendaItem.objects.create(organization=org, **data)


def sample_data(**overrides: Any) -> ReleaseData:
    data = {
        "title": "Gubernur Resmikan Jembatan Sungai Makmur",
        "lead": "Jembatan sepanjang 120 meter menghubungkan dua kecamatan di Tanjung Harapan.",
        "body": "<p>Peresmian berlangsung Kamis pagi.</p><p>Jembatan dibangun selama 14 bulan.</p>",
        "tags": ["Infrastruktur", "Tanjung Harapan"],
        "quotes": [QuoteIn(text="Jembatan ini memangkas waktu tempuh warga.", speaker_name="Gubernur")],
    }
    data.update(overrides)
    return ReleaseData(**data)


def make_release(org: Organization, author: Any = None, status: str = ReleaseStatus.DRAFT, **overrides: Any) -> Release:
    author = author or make_user(org=org, roles=[Role.REPORTER])
    n = next(_seq)
    data = sample_data(title=overrides.pop("title", f"Gubernur Resmikan Jembatan {n}"), **overrides)
    release = release_create(organization=org, user=author, data=data)
    if status != ReleaseStatus.DRAFT:
        Release.objects.filter(pk=release.pk).update(
            status=status,
            published_at=timezone.now() - dt.timedelta(minutes=5)
            if status in (ReleaseStatus.PUBLISHED, ReleaseStatus.CORRECTED)
            else None,
        )
        release.refresh_from_db()
    return release


def make_list(org: Organization, emails: list[str], name: str | None = None) -> DistributionList:
    dl = DistributionList.objects.create(organization=org, name=name or f"Media mitra {next(_seq)}")
    for email in emails:
        contact, _ = Contact.objects.get_or_create(
            organization=org, email=email, defaults={"name": email.split("@")[0].title(), "outlet_name": "Harian Uji"}
        )
        ListEntry.objects.create(organization=org, distribution_list=dl, contact=contact)
    return dl


def make_photo(org: Organization, process: bool = True, **overrides: Any) -> MediaAsset:
    """An uploaded photo; its derivatives are made at once (tests without on_commit callbacks)."""
    from humpro.newsroom.media import media_process, media_upload

    asset = media_upload(
        organization=org,
        user=overrides.pop("user", None),
        filename="foto.jpg",
        content=jpeg_bytes(color=overrides.pop("color", "blue")),
        caption=overrides.pop("caption", "Gubernur meninjau jembatan"),
        **overrides,
    )
    if process:
        media_process(asset_id=asset.pk)
        asset.refresh_from_db()
    return asset


def video_bytes(ext: str = "mp4", *args: str, seconds: int = 2, size: str = "160x120") -> bytes:
    """A tiny real video made by the bundled ffmpeg from its test pattern (extra ffmpeg args in `args`)."""
    import subprocess
    import tempfile
    from pathlib import Path

    from humpro.newsroom.video import ffmpeg_exe

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / f"uji.{ext}"
        source = f"testsrc=duration={seconds}:size={size}:rate=10"
        subprocess.run(
            [ffmpeg_exe(), "-hide_banner", "-loglevel", "error", "-f", "lavfi", "-i", source, *args, str(out)],
            check=True,
            timeout=60,
        )
        return out.read_bytes()


def make_video(org: Organization, process: bool = True, **overrides: Any) -> MediaAsset:
    """An uploaded MP4 video; poster and renditions are made at once when `process`."""
    from humpro.newsroom.media import media_process, media_upload

    asset = media_upload(
        organization=org,
        user=overrides.pop("user", None),
        filename="video.mp4",
        content=overrides.pop("content", None) or video_bytes("mp4", "-pix_fmt", "yuv420p"),
        caption=overrides.pop("caption", "Gubernur meninjau bendungan"),
        **overrides,
    )
    if process:
        media_process(asset_id=asset.pk)
        asset.refresh_from_db()
    return asset


# --- permission walk samples ------------------------------------------------------------------


@sample("newsroom:detail")
@sample("newsroom:edit")
@sample("newsroom:comment")
@sample("newsroom:versions")
@sample("newsroom:share")
@sample("newsroom:pdf")
@sample("newsroom:package")
def _release_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_release(org).pk}


@sample("newsroom:correct")
@sample("newsroom:distribute")
def _published_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_release(org, status=ReleaseStatus.PUBLISHED).pk}


@sample("newsroom:transition")
def _transition_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_release(org).pk, "action": "submit"}


def _distribution(org: Organization) -> Distribution:
    release = make_release(org, status=ReleaseStatus.PUBLISHED)
    dist = Distribution.objects.create(organization=org, release=release)
    return dist


@sample("newsroom:deliveries")
def _dist_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": _distribution(org).pk}


@sample("newsroom:bounce")
def _delivery_kwargs(org: Organization) -> dict[str, Any]:
    dist = _distribution(org)
    d = Delivery.objects.create(organization=org, distribution=dist, release=dist.release, email="a@example.test")
    return {"pk": d.pk}


@sample("newsroom:contact_edit")
def _contact_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": Contact.objects.create(organization=org, name="Rina", email=f"r{next(_seq)}@example.test").pk}


@sample("newsroom:list_detail")
def _list_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_list(org, [f"l{next(_seq)}@example.test"]).pk}


@sample("newsroom:list_entry_delete")
def _list_entry_kwargs(org: Organization) -> dict[str, Any]:
    dl = make_list(org, [f"e{next(_seq)}@example.test"])
    return {"pk": dl.pk, "entry_id": dl.entries.get().pk}


@sample("newsroom:media_detail")
@sample("newsroom:media_download")
def _media_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_photo(org).pk}


@sample("newsroom:media_rendition")
def _media_rendition_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_photo(org).pk, "size": "kecil"}


@sample("newsroom:media_video")
def _media_video_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_video(org).pk}


@sample("newsroom:coverage_detail")
@sample("newsroom:coverage_update")
def _coverage_kwargs(org: Organization) -> dict[str, Any]:
    from humpro.newsroom.coverage import coverage_propose

    return {"pk": coverage_propose(item=make_agenda_item(org)).pk}


@sample("newsroom:coverage_propose")
def _coverage_item_kwargs(org: Organization) -> dict[str, Any]:
    return {"item_id": make_agenda_item(org).pk}


@sample("newsroom:magazine_edit")
@sample("newsroom:magazine_pdf")
def _magazine_kwargs(org: Organization) -> dict[str, Any]:
    issue = MagazineIssue.objects.create(organization=org, title="Warta Nusa", number="1", period=dt.date(2026, 3, 1))
    return {"pk": issue.pk}


# --- API walk samples (registered from api tests below) ----------------------------------------

P = "/api/v1/orgs/{org}/newsroom"


@api_sample("GET", f"{P}/releases", "newsroom.view")
@api_sample("GET", f"{P}/lists", "newsroom.distribute")
@api_sample("GET", f"{P}/media", "newsroom.view")
@api_sample("GET", f"{P}/sources", "newsroom.distribute")
def _api_plain(org: Organization) -> dict[str, Any]:
    return {}


@api_sample("POST", f"{P}/releases", "newsroom.write", ok=201)
def _api_create(org: Organization) -> dict[str, Any]:
    return {"json": {"title": "Rilis lewat API", "lead": "Teras", "body": "<p>Isi</p>", "tags": ["api"]}}


@api_sample("GET", f"{P}/releases/{{release_id}}", "newsroom.view")
@api_sample("GET", f"{P}/releases/{{release_id}}/versions", "newsroom.view")
@api_sample("GET", f"{P}/releases/{{release_id}}/share", "newsroom.view")
def _api_release(org: Organization) -> dict[str, Any]:
    return {"path": {"release_id": make_release(org).pk}}


@api_sample("PUT", f"{P}/releases/{{release_id}}", "newsroom.write")
def _api_update(org: Organization) -> dict[str, Any]:
    return {"path": {"release_id": make_release(org).pk}, "json": {"title": "Judul baru", "body": "<p>x</p>"}}


@api_sample("DELETE", f"{P}/releases/{{release_id}}", "newsroom.write", ok=204)
def _api_delete(org: Organization) -> dict[str, Any]:
    return {"path": {"release_id": make_release(org).pk}}


@api_sample("POST", f"{P}/releases/{{release_id}}/transitions", "newsroom.write")
def _api_transition(org: Organization) -> dict[str, Any]:
    return {"path": {"release_id": make_release(org).pk}, "json": {"action": "submit"}}


@api_sample("POST", f"{P}/releases/{{release_id}}/comments", "newsroom.view", ok=201)
def _api_comment(org: Organization) -> dict[str, Any]:
    return {"path": {"release_id": make_release(org).pk}, "json": {"body": "Mohon cek angka."}}


@api_sample("POST", f"{P}/releases/{{release_id}}/distributions", "newsroom.distribute", ok=201)
def _api_distribute(org: Organization) -> dict[str, Any]:
    release = make_release(org, status=ReleaseStatus.PUBLISHED)
    dl = make_list(org, [f"redaksi{next(_seq)}@example.test"])
    return {"path": {"release_id": release.pk}, "json": {"list_ids": [dl.pk]}}


@api_sample("GET", f"{P}/distributions/{{distribution_id}}/deliveries", "newsroom.distribute")
def _api_deliveries(org: Organization) -> dict[str, Any]:
    return {"path": {"distribution_id": _distribution(org).pk}}


@api_sample("POST", f"{P}/bounces", "newsroom.distribute")
def _api_bounce(org: Organization) -> dict[str, Any]:
    dist = _distribution(org)
    email = f"b{next(_seq)}@example.test"
    Delivery.objects.create(organization=org, distribution=dist, release=dist.release, email=email)
    return {"json": {"email": email, "reason": "550 mailbox unavailable"}}


@api_sample("POST", f"{P}/contacts", "newsroom.distribute", ok=201)
def _api_contact(org: Organization) -> dict[str, Any]:
    return {"json": {"name": "Dewi Lestari", "email": f"dewi{next(_seq)}@example.test", "outlet_name": "Radio Uji"}}


@api_sample("POST", f"{P}/media", "newsroom.media", ok=201)
def _api_media(org: Organization) -> dict[str, Any]:
    return {"files": {"file": ("foto.jpg", jpeg_bytes())}}


@api_sample("GET", f"{P}/media/{{asset_id}}", "newsroom.view")
def _api_media_detail(org: Organization) -> dict[str, Any]:
    return {"path": {"asset_id": make_photo(org).pk}}


@api_sample("GET", f"{P}/lists/{{list_id}}", "newsroom.distribute")
def _api_list_detail(org: Organization) -> dict[str, Any]:
    return {"path": {"list_id": make_list(org, [f"d{next(_seq)}@example.test"]).pk}}


@api_sample("DELETE", f"{P}/lists/{{list_id}}/entries/{{entry_id}}", "newsroom.distribute", ok=204)
def _api_list_entry_delete(org: Organization) -> dict[str, Any]:
    dl = make_list(org, [f"x{next(_seq)}@example.test"])
    return {"path": {"list_id": dl.pk, "entry_id": dl.entries.get().pk}}
