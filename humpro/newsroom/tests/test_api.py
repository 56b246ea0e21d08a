from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from humpro.accounts.models import ApiToken
from humpro.newsroom.models import MediaAsset, Release
from humpro.newsroom.tests.factories import jpeg_bytes
from humpro.orgs.roles import Role
from humpro.testing import make_org, make_user

pytestmark = pytest.mark.django_db


def _auth(user) -> dict:  # type: ignore[no-untyped-def]
    return {"HTTP_AUTHORIZATION": f"Bearer {ApiToken.issue(user=user, name='uji')[1]}"}


def test_release_crud_and_workflow_over_the_api(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    base = f"/api/v1/orgs/{org.slug}/newsroom/releases"
    reporter, head = make_user(org=org, roles=[Role.REPORTER]), make_user(org=org, roles=[Role.HEAD])
    body = {
        "title": "Rilis API",
        "lead": "Teras",
        "body": "<p onclick='x()'>Isi</p><script>x</script>",
        "tags": ["Uji"],
        "quotes": [{"text": "Kami siap.", "speaker_name": "Kepala Dinas"}],
    }
    r = client.post(base, json.dumps(body), content_type="application/json", **_auth(reporter))
    assert r.status_code == 201, r.content
    data = r.json()
    assert data["body"] == "<p>Isi</p>" and data["status"] == "draft" and data["quotes"][0]["speaker"] == "Kepala Dinas"
    url = f"{base}/{data['id']}"

    def move(user, action: str, **extra) -> object:  # type: ignore[no-untyped-def]
        return client.post(
            f"{url}/transitions",
            json.dumps({"action": action, **extra}),
            content_type="application/json",
            **_auth(user),
        )

    assert move(reporter, "submit").json()["status"] == "review"
    refused = move(reporter, "approve")
    assert refused.status_code == 403 and "wewenang" in refused.json()["detail"]
    assert move(head, "publish").status_code == 409  # not approved yet
    assert move(head, "approve").json()["status"] == "approved"
    published = move(head, "publish").json()
    assert published["status"] == "published" and published["public_url"].endswith(f"/artikel/{published['slug']}/")
    assert (
        client.put(url, json.dumps({"title": "x"}), content_type="application/json", **_auth(head)).status_code == 409
    )
    corrected = move(head, "correct", note="Ralat judul", correction={**body, "title": "Rilis API (ralat)"})
    assert corrected.json()["status"] == "corrected" and "Ralat judul" in corrected.json()["correction_note"]
    diff = client.get(f"{url}/versions?a=1&b=2", **_auth(head)).json()["diff"]
    assert {"kind": "+", "text": "# Rilis API (ralat)"} in diff
    assert client.delete(url, **_auth(head)).status_code == 409
    assert Release.objects.count() == 1


def test_media_upload_over_the_api_checks_content(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=[Role.PHOTOGRAPHER])
    url = f"/api/v1/orgs/{org.slug}/newsroom/media"
    bad = client.post(url, {"file": SimpleUploadedFile("x.jpg", b"<?php echo 1;")}, **_auth(user))
    assert bad.status_code == 422 and "bukan foto" in bad.json()["detail"]
    good = client.post(url, {"file": SimpleUploadedFile("x.jpg", jpeg_bytes()), "caption": "Rapat"}, **_auth(user))
    assert good.status_code == 201 and good.json()["kind"] == "photo" and good.json()["caption"] == "Rapat"
    assert MediaAsset.objects.count() == 1
