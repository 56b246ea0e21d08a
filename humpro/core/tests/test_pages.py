from __future__ import annotations

import pytest

from humpro.orgs.roles import Role
from humpro.testing import make_org, make_user

pytestmark = pytest.mark.django_db


def test_error_pages_are_indonesian(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=make_org(), roles=[Role.ADMIN]))
    forbidden = client.get(f"/o/{org.slug}/")
    assert forbidden.status_code == 403 and "Akses ditolak" in forbidden.content.decode()
    missing = client.get("/o/tidak-ada/")
    assert missing.status_code == 404 and "tidak ditemukan" in missing.content.decode()


def test_dashboard_shows_only_the_modules_of_the_role(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.REPORTER]))
    page = client.get(f"/o/{org.slug}/").content.decode()
    assert "Direktori pejabat" in page and "Kalender kerja" in page
    assert "Kotak keluar" not in page and "Log audit" not in page and "Anggota" not in page
    client.force_login(make_user(org=org, roles=[Role.ADMIN]))
    page = client.get(f"/o/{org.slug}/").content.decode()
    assert "Kotak keluar" in page and "Log audit" in page and "Anggota" in page


def test_english_is_switchable(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.ADMIN]))
    client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    page = client.get(f"/o/{org.slug}/").content.decode()
    assert 'lang="en"' in page and "Officials directory" in page and "Direktori pejabat" not in page


def test_public_home_lists_organizations_without_login(client) -> None:  # type: ignore[no-untyped-def]
    make_org(name="Pemerintah Provinsi Nusa Uji")
    page = client.get("/").content.decode()
    assert 'lang="id"' in page and "Pemerintah Provinsi Nusa Uji" in page


def test_org_settings_logo_units_and_calendar_switch(client) -> None:  # type: ignore[no-untyped-def]
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from humpro.orgs.models import Unit

    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.ADMIN]))
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "blue").save(buf, format="PNG")
    response = client.post(f"/o/{org.slug}/pengaturan/", {
        "name": "Pemerintah Provinsi Nusa Baru", "timezone": "Asia/Jayapura", "leader_title": "Gubernur",
        "cuti_bersama_is_workday": "on", "logo": SimpleUploadedFile("logo.png", buf.getvalue(), "image/png"),
    })
    assert response.status_code == 302
    org.refresh_from_db()
    assert org.name == "Pemerintah Provinsi Nusa Baru" and org.tz_abbreviation == "WIT"
    assert org.cuti_bersama_is_workday and client.get(f"/o/{org.slug}/logo/").status_code == 200
    bad = client.post(f"/o/{org.slug}/pengaturan/", {"name": "X", "timezone": "Mars/Olympus",
                                                     "leader_title": "Gubernur"})
    assert bad.status_code == 200 and "Mars/Olympus" in bad.content.decode()
    client.post(f"/o/{org.slug}/pengaturan/", {"action": "unit", "unit-name": "Bagian Protokol"})
    assert Unit.objects.filter(organization=org, name="Bagian Protokol").exists()


def test_indonesian_even_for_an_english_browser(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.ADMIN]))
    page = client.get(f"/o/{org.slug}/", HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9").content.decode()
    assert 'lang="id"' in page and "Direktori pejabat" in page


def test_partner_media_users_land_on_their_portal(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    client.force_login(make_user(org=org, roles=[Role.PARTNER_MEDIA]))
    assert client.get("/").url == f"/o/{org.slug}/media/portal/"


def test_forwarded_for_is_used_only_behind_a_proxy(rf) -> None:  # type: ignore[no-untyped-def]
    from humpro.core.middleware import ProxyClientAddressMiddleware

    seen = {}

    def view(request):  # type: ignore[no-untyped-def]
        seen["ip"] = request.META["REMOTE_ADDR"]
        return None

    request = rf.get("/", HTTP_X_FORWARDED_FOR="10.9.9.9, 203.0.113.7", REMOTE_ADDR="127.0.0.1")
    ProxyClientAddressMiddleware(view)(request)
    assert seen["ip"] == "203.0.113.7"


def test_default_cache_is_shared_through_the_database() -> None:
    from django.core.cache import caches
    from django.db import connection

    cache = caches["default"]
    cache.set("humpro-uji", 41)
    assert cache.incr("humpro-uji") == 42
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM humpro_cache")
        assert cursor.fetchone()[0] >= 1


def test_redis_cache_url_is_honoured() -> None:
    from django.core.cache.backends.redis import RedisCache

    cache = RedisCache("redis://127.0.0.1:6379/15", {})
    cache.set("humpro-uji", "ya", 30)
    assert cache.get("humpro-uji") == "ya"
    cache.delete("humpro-uji")


def test_capped_paginator_counts_at_most_the_cap() -> None:
    from humpro.core.pagination import CappedPaginator
    from humpro.orgs.models import Organization

    for i in range(5):
        make_org(slug=f"cap-{i}")
    paginator = CappedPaginator(Organization.objects.order_by("pk"), 2, cap=3)
    assert paginator.count == 4 and paginator.capped and paginator.num_pages == 2
    exact = CappedPaginator(Organization.objects.order_by("pk"), 2, cap=10)
    assert exact.count == 5 and not exact.capped
