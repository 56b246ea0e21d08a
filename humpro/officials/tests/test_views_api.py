from __future__ import annotations

import pytest
from django.urls import reverse

from humpro.accounts.models import ApiToken
from humpro.core.audit import entries_for
from humpro.officials.models import Official
from humpro.orgs.roles import Role
from humpro.testing import make_official, make_org, make_user

pytestmark = pytest.mark.django_db


def test_create_and_edit_through_the_form_is_audited(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.PROTOCOL]))
    url = reverse("officials:create", kwargs={"org": org.slug})
    response = client.post(url, {"name": "Rina Amelia", "office_title": "Kepala Dinas Sosial Provinsi Uji",
                                 "level": "provinsi", "degrees": "S.E."})
    official = Official.objects.get()
    assert response.status_code == 302 and official.current_office().tier == "10.1.p"
    edit = reverse("officials:edit", kwargs={"org": org.slug, "pk": official.pk})
    client.post(edit, {"name": "Rina Amelia", "office_title": "Kepala Dinas Sosial Provinsi Uji",
                       "level": "provinsi", "degrees": "S.E., M.M.", "phone": "0812"})
    entry = entries_for(official).get(action="update")
    assert entry.changes["degrees"] == ["S.E.", "S.E., M.M."] and entry.changes["phone"] == ["", "0812"]
    page = client.get(reverse("officials:detail", kwargs={"org": org.slug, "pk": official.pk}))
    assert "S.E., M.M." in page.content.decode() and "Riwayat perubahan" in page.content.decode()


def test_form_errors_are_indonesian_and_nothing_saved(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.PROTOCOL]))
    response = client.post(reverse("officials:create", kwargs={"org": org.slug}),
                           {"name": "", "office_title": "x", "level": "provinsi", "email": "bukan",
                            "start_date": "2025-05-01", "end_date": "2025-01-01"})
    text = response.content.decode()
    assert response.status_code == 200 and "Tanggal selesai tidak boleh sebelum tanggal mulai" in text
    assert Official.objects.count() == 0


def test_list_search_and_htmx_fragment(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    make_official(org, name="Agus Setiawan", title="Kapolda Uji", tier="10.1.g")
    make_official(org, name="Budi", title="Kepala Dinas Uji")
    make_official(make_org(), name="Agus Lain", title="Kapolda Lain")
    client.force_login(make_user(org=org, roles=[Role.REPORTER]))
    url = reverse("officials:list", kwargs={"org": org.slug})
    full = client.get(url, {"q": "agus"})
    assert "Agus Setiawan" in full.content.decode() and "Agus Lain" not in full.content.decode()
    fragment = client.get(url, {"q": "kapolda"}, HTTP_HX_REQUEST="true")
    assert "<html" not in fragment.content.decode() and "Kapolda Uji" in fragment.content.decode()


def test_list_query_count_does_not_grow_with_rows(client, django_assert_max_num_queries) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    for _ in range(30):
        make_official(org)
    client.force_login(make_user(org=org, roles=[Role.REPORTER]))
    with django_assert_max_num_queries(12):
        assert client.get(reverse("officials:list", kwargs={"org": org.slug})).status_code == 200


def test_api_create_validation_and_import(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=[Role.ADMIN])
    raw = ApiToken.issue(user=user, name="t")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {raw}"}
    url = f"/api/v1/orgs/{org.slug}/officials"
    bad = client.post(url, {"name": "X", "office_title": "Y", "level": "provinsi", "tier": "1.1.z"},
                      content_type="application/json", **auth)
    assert bad.status_code == 422 and "tidak dikenal" in bad.json()["detail"]
    bad = client.post(url, {"name": "X", "office_title": "Y", "level": "planet"},
                      content_type="application/json", **auth)
    assert bad.status_code == 422
    ok = client.post(url, {"name": "Rina", "office_title": "Kapolda Uji", "level": "provinsi"},
                     content_type="application/json", **auth)
    assert ok.status_code == 201 and ok.json()["office"]["tier"] == "10.1.g"
    listed = client.get(url + "?q=rina", **auth).json()
    assert [o["name"] for o in listed] == ["Rina"]
    from django.core.files.uploadedfile import SimpleUploadedFile

    upload = SimpleUploadedFile("p.csv", b"nama,jabatan,tingkat\n,Camat,kabupaten\n")
    report = client.post(url + "/import?dry_run=false", {"file": upload}, **auth)
    assert report.status_code == 400 and report.json()["errors"][0] == {
        "row": 2, "column": "nama", "message": "Nama wajib diisi."}
    assert Official.objects.count() == 1


def test_photo_upload_is_validated_and_served_privately(client) -> None:  # type: ignore[no-untyped-def]
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    org = make_org()
    official = make_official(org, name="Rina")
    client.force_login(make_user(org=org, roles=[Role.PROTOCOL]))
    url = reverse("officials:edit", kwargs={"org": org.slug, "pk": official.pk})
    data = {"name": "Rina", "office_title": "Kepala Dinas Uji", "level": "provinsi"}
    fake = SimpleUploadedFile("foto.jpg", b"<?php system($_GET['c']); ?>", "image/jpeg")
    response = client.post(url, {**data, "photo": fake})
    assert response.status_code == 200 and not Official.objects.get().photo
    buf = io.BytesIO()
    Image.new("RGB", (10, 10), "red").save(buf, format="JPEG")
    client.post(url, {**data, "photo": SimpleUploadedFile("foto.jpg", buf.getvalue(), "image/jpeg")})
    photo = client.get(reverse("officials:photo", kwargs={"org": org.slug, "pk": official.pk}))
    assert photo.status_code == 200 and b"".join(photo.streaming_content)[:2] == b"\xff\xd8"
