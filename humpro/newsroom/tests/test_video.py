"""Videos in the documentation archive: real files made by the bundled ffmpeg, processed by the worker."""

from __future__ import annotations

import io
import tempfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from humpro.core.worker import run_pending_tasks
from humpro.newsroom import video
from humpro.newsroom.media import UploadError, media_upload
from humpro.newsroom.models import MediaAsset, MediaKind, ProcessingStatus, ReleaseStatus
from humpro.newsroom.tests.factories import make_release, make_video, video_bytes
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    return make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")


@pytest.fixture
def photographer(client, org):  # type: ignore[no-untyped-def]
    user = make_user(org=org, roles=[Role.PHOTOGRAPHER])
    client.login(username=user.username, password=PASSWORD)
    return user


def _upload(client, org, name: str, content: bytes, capture):  # type: ignore[no-untyped-def]
    with capture(execute=True):
        response = client.post(
            reverse("newsroom:media_upload", kwargs={"org": org.slug}),
            {"file": SimpleUploadedFile(name, content, "video/mp4"), "caption": "Peresmian bendungan"},
        )
    return response


def _image(content: bytes) -> tuple[str, tuple[int, int]]:
    with Image.open(io.BytesIO(content)) as img:
        img.load()
        return img.format, img.size


def _stored(field) -> bytes:  # type: ignore[no-untyped-def]
    with field.open("rb") as fh:
        return fh.read()


def _probe(content: bytes, mime: str = "video/mp4") -> video.VideoInfo:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "v"
        path.write_bytes(content)
        return video.probe(path, mime)


def test_uploaded_video_gets_poster_thumbnail_web_size_and_h264_rendition(
    client, org, photographer, django_capture_on_commit_callbacks
) -> None:  # type: ignore[no-untyped-def]
    content = video_bytes("mp4")  # libx264 from an RGB source: High 4:4:4, not playable in every browser
    response = _upload(client, org, "liputan.mp4", content, django_capture_on_commit_callbacks)
    asset = MediaAsset.objects.get()
    assert response.status_code == 302 and asset.kind == MediaKind.VIDEO
    assert asset.processing == ProcessingStatus.PENDING and not asset.thumbnail

    assert run_pending_tasks() == 1
    asset.refresh_from_db()
    assert asset.processing == ProcessingStatus.DONE, asset.processing_error
    assert (asset.width, asset.height) == (160, 120) and asset.duration == pytest.approx(2.0, abs=0.2)
    assert asset.duration_label == "0:02"
    assert _image(_stored(asset.thumbnail)) == ("JPEG", (160, 120))
    assert _image(_stored(asset.web)) == ("JPEG", (160, 120))
    assert asset.exif["VideoCodec"] == "h264" and asset.exif["PixelFormat"] == "yuv444p"
    web = _probe(_stored(asset.web_video))
    assert (web.codec, web.pix_fmt, web.width, web.height) == ("h264", "yuv420p", 160, 120)
    assert video.is_web_ready("video/mp4", web)

    grid = client.get(reverse("newsroom:media", kwargs={"org": org.slug})).content.decode()
    poster_url = reverse("newsroom:media_rendition", kwargs={"org": org.slug, "pk": asset.pk, "size": "kecil"})
    assert poster_url in grid and "0:02" in grid
    poster = client.get(poster_url)
    assert poster["Content-Type"] == "image/jpeg" and _image(b"".join(poster.streaming_content))[0] == "JPEG"
    detail = client.get(reverse("newsroom:media_detail", kwargs={"org": org.slug, "pk": asset.pk})).content.decode()
    assert "<video" in detail and reverse("newsroom:media_video", kwargs={"org": org.slug, "pk": asset.pk}) in detail
    played = client.get(reverse("newsroom:media_video", kwargs={"org": org.slug, "pk": asset.pk}))
    assert played["Content-Type"] == "video/mp4" and b"".join(played.streaming_content) == _stored(asset.web_video)


def test_web_ready_mp4_is_not_transcoded_and_webm_is(org) -> None:  # type: ignore[no-untyped-def]
    ready = make_video(org)  # H.264 4:2:0 in MP4
    assert ready.processing == ProcessingStatus.DONE and not ready.web_video
    assert ready.exif["WebVideo"].startswith("asli")
    webm = media_upload(
        organization=org, user=None, filename="klip.webm", content=video_bytes("webm", "-c:v", "libvpx")
    )
    assert webm.mime == "video/webm"
    assert run_pending_tasks() == 0  # no on_commit in this test: run the task body directly
    from humpro.newsroom.tasks import media_process_task

    assert media_process_task.call(webm.pk) is True
    webm.refresh_from_db()
    assert _image(_stored(webm.thumbnail))[0] == "JPEG" and _probe(_stored(webm.web_video)).codec == "h264"


def test_large_video_is_not_transcoded_but_gets_a_poster(settings, org) -> None:  # type: ignore[no-untyped-def]
    settings.HUMPRO_NEWSROOM_VIDEO_TRANSCODE_MAX_BYTES = 1000
    asset = make_video(org, content=video_bytes("mov", "-c:v", "mpeg4"))
    assert asset.mime == "video/quicktime" and asset.processing == ProcessingStatus.DONE
    assert not asset.web_video and "tidak dibuat" in asset.exif["WebVideo"]
    assert _image(_stored(asset.web))[0] == "JPEG"


def test_a_text_file_named_mp4_is_refused(client, org, photographer, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    response = _upload(
        client, org, "rekaman.mp4", b"Ini hanya teks biasa, bukan video.\n" * 20, django_capture_on_commit_callbacks
    )
    assert response.status_code == 400 and "bukan foto" in response.content.decode()
    with pytest.raises(UploadError, match="Jenis berkas tidak didukung"):
        media_upload(organization=org, user=None, filename="v.mp4", content=b"\x00\x00\x00\x18ftyp\x00\x01<?php")
    assert MediaAsset.objects.count() == 0


@pytest.mark.parametrize(
    "content",
    [
        b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00mp42isom" + b"<?php system($_GET['c']); ?>" * 40,
        b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + b"\x00garbage" * 60,
        "truncated",
    ],
    ids=["php-in-mp4-header", "webm-header-garbage", "truncated-mp4"],
)
def test_corrupt_or_disguised_video_is_quarantined_not_crashing_the_worker(
    client, org, photographer, django_capture_on_commit_callbacks, content
) -> None:  # type: ignore[no-untyped-def]
    if content == "truncated":
        whole = video_bytes("mp4", "-pix_fmt", "yuv420p")  # moov atom at the end: cut it off
        content = whole[: len(whole) // 2]
    assert _upload(client, org, "video.mp4", content, django_capture_on_commit_callbacks).status_code == 302
    assert run_pending_tasks() == 1
    asset = MediaAsset.objects.get()
    assert asset.processing == ProcessingStatus.FAILED
    assert "rusak" in asset.processing_error or "tidak dapat dibaca" in asset.processing_error
    assert not asset.thumbnail and not asset.web and not asset.web_video
    kwargs = {"org": org.slug, "pk": asset.pk}
    assert client.get(reverse("newsroom:media_video", kwargs=kwargs)).status_code == 404
    refused = client.get(reverse("newsroom:media_download", kwargs=kwargs), follow=True)
    assert "dikarantina" in refused.content.decode() and refused.get("Content-Disposition") is None
    detail = client.get(reverse("newsroom:media_detail", kwargs=kwargs)).content.decode()
    assert asset.processing_error.split(";")[0] in detail and "<video" not in detail


def test_public_article_shows_video_poster_and_plays_only_checked_videos(client, org) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, status=ReleaseStatus.PUBLISHED, title="Bendungan Lembah Hijau Diresmikan")
    good = make_video(org, caption="Pidato peresmian", release=release)
    bad = make_video(org, content=b"\x00\x00\x00\x18ftypmp42\x00\x00\x00\x00" + b"x" * 500, release=release)
    assert bad.processing == ProcessingStatus.FAILED
    html = client.get(
        reverse("newsroom_public:article", kwargs={"org": org.slug, "slug": release.slug})
    ).content.decode()
    poster = reverse("newsroom_public:thumb", kwargs={"org": org.slug, "pk": good.pk, "size": "web"})
    assert "<video" in html and f'poster="{poster}"' in html and "Pidato peresmian" in html
    assert f'property="og:image" content="http://testserver{poster}"' in html
    assert reverse("newsroom_public:video", kwargs={"org": org.slug, "pk": bad.pk}) not in html
    image = client.get(poster)
    assert _image(b"".join(image.streaming_content))[0] == "JPEG"
    played = client.get(reverse("newsroom_public:video", kwargs={"org": org.slug, "pk": good.pk}))
    assert played.status_code == 200 and b"".join(played.streaming_content) == _stored(good.file)
    assert client.get(reverse("newsroom_public:video", kwargs={"org": org.slug, "pk": bad.pk})).status_code == 404
    bad_poster = reverse("newsroom_public:thumb", kwargs={"org": org.slug, "pk": bad.pk, "size": "web"})
    assert client.get(bad_poster).status_code == 404
