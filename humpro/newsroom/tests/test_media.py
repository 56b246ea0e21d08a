from __future__ import annotations

import io
import zipfile

import pytest
from django.urls import reverse
from PIL import Image, IptcImagePlugin

from humpro.newsroom.media import UploadError, download_bytes, media_package, media_upload
from humpro.newsroom.models import MediaAsset, MediaKind, ProcessingStatus
from humpro.newsroom.tests.factories import jpeg_bytes, make_photo, make_release
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_official, make_org, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    return make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")


def test_a_php_file_named_jpg_is_refused(org) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(UploadError, match="bukan foto"):
        media_upload(organization=org, user=None, filename="foto.jpg", content=b"<?php system($_GET['c']); ?>")
    with pytest.raises(UploadError, match="rusak"):  # a JPEG header glued to a script
        media_upload(organization=org, user=None, filename="x.jpg", content=b"\xff\xd8\xff\xe0<?php echo 1; ?>")
    assert MediaAsset.objects.count() == 0


def test_upload_view_shows_the_reason_and_saves_nothing(client, org) -> None:  # type: ignore[no-untyped-def]
    from django.core.files.uploadedfile import SimpleUploadedFile

    user = make_user(org=org, roles=[Role.PHOTOGRAPHER])
    client.login(username=user.username, password=PASSWORD)
    response = client.post(
        reverse("newsroom:media_upload", kwargs={"org": org.slug}),
        {"file": SimpleUploadedFile("shell.jpg", b"<?php echo 1; ?>", "image/jpeg")},
    )
    assert response.status_code == 400 and "bukan foto" in response.content.decode()
    assert MediaAsset.objects.count() == 0


def test_size_limits(settings, org) -> None:  # type: ignore[no-untyped-def]
    settings.HUMPRO_NEWSROOM_PHOTO_MAX_BYTES = 500
    with pytest.raises(UploadError, match="terlalu besar"):
        media_upload(organization=org, user=None, filename="besar.jpg", content=jpeg_bytes((400, 400)))
    video = b"\x00\x00\x00\x18ftypmp42" + b"\x00" * 64
    asset = media_upload(organization=org, user=None, filename="v.mp4", content=video)
    assert asset.kind == MediaKind.VIDEO and asset.mime == "video/mp4"


def test_exif_is_read_and_orientation_fixed_by_the_worker(org) -> None:  # type: ignore[no-untyped-def]
    # 60x40 stored landscape with EXIF orientation 6 (rotate 90°): it is really portrait
    asset = media_upload(organization=org, user=None, filename="IMG_1.JPG", content=jpeg_bytes((60, 40), 6))
    assert asset.processing == ProcessingStatus.PENDING and not asset.thumbnail
    assert asset.exif["Model"] == "Model 7" and asset.exif["Orientation"] == 6
    assert asset.taken_at.astimezone(org.tz).strftime("%Y-%m-%d %H:%M") == "2026-03-12 09:15"
    from humpro.newsroom.tasks import media_process_task

    assert media_process_task.call(asset.pk) is True
    asset.refresh_from_db()
    assert asset.processing == ProcessingStatus.DONE and (asset.width, asset.height) == (40, 60)
    with asset.web.open("rb") as fh, Image.open(fh) as web:
        assert web.size == (40, 60)
    with asset.thumbnail.open("rb") as fh, Image.open(fh) as thumb:
        assert max(thumb.size) <= 400


def test_download_carries_caption_credit_people_in_exif_xmp_and_iptc(org) -> None:  # type: ignore[no-untyped-def]
    leader = make_official(org, name="Ahmad Wirasena")
    asset = make_photo(
        org, caption="Gubernur meresmikan jembatan", credit="Dok. Humas Nusa Makmur", people_ids=[leader.pk]
    )
    content, name, mime = download_bytes(asset)
    assert name.endswith(".jpg") and mime == "image/jpeg"
    with Image.open(io.BytesIO(content)) as img:
        exif = img.getexif()
        assert exif[0x010E] == "Gubernur meresmikan jembatan"
        assert exif[0x013B] == "Dok. Humas Nusa Makmur"
        assert "Pemerintah Provinsi Nusa Makmur" in exif[0x8298]
        xmp = img.info["xmp"].decode() if isinstance(img.info["xmp"], bytes) else img.info["xmp"]
        assert "Gubernur meresmikan jembatan" in xmp and "Ahmad Wirasena" in xmp and "PersonInImage" in xmp
        iptc = IptcImagePlugin.getiptcinfo(img)
    assert iptc[(2, 120)] == b"Gubernur meresmikan jembatan"
    assert iptc[(2, 80)] == b"Dok. Humas Nusa Makmur"
    assert iptc[(2, 25)] == b"Ahmad Wirasena"


def test_default_credit_line_search_and_filter(client, org) -> None:  # type: ignore[no-untyped-def]
    leader = make_official(org, name="Siti Rahmawati")
    a = make_photo(org, caption="Panen raya di Lembah Hijau", people_ids=[leader.pk])
    make_photo(org, caption="Rapat koordinasi banjir")
    assert a.credit == "Dok. Humas Pemerintah Provinsi Nusa Makmur"
    assert list(MediaAsset.objects.for_org(org).search("panen")) == [a]
    assert list(MediaAsset.objects.for_org(org).search("Rahmawati")) == [a]
    user = make_user(org=org, roles=[Role.REPORTER])
    client.login(username=user.username, password=PASSWORD)
    page = client.get(reverse("newsroom:media", kwargs={"org": org.slug}) + f"?orang={leader.pk}").content.decode()
    assert "Panen raya" in page and "Rapat koordinasi" not in page


def test_media_package_zip_for_journalists(org) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, title="Festival Budaya Nusa")
    make_photo(org, caption="Tari pembuka", release=release)
    make_photo(org, caption="Pawai budaya", release=release, color="green")
    with zipfile.ZipFile(io.BytesIO(media_package(release))) as zf:
        names = zf.namelist()
        assert names == ["01-festival-budaya-nusa.jpg", "02-festival-budaya-nusa.jpg", "KETERANGAN.txt"]
        captions = zf.read("KETERANGAN.txt").decode()
        assert "Tari pembuka" in captions and "Pawai budaya" in captions
        with Image.open(io.BytesIO(zf.read(names[0]))) as img:
            assert img.getexif()[0x010E] == "Tari pembuka"
