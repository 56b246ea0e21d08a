from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET

import feedparser
import pytest
from django.urls import reverse
from django.utils import timezone

from humpro.newsroom.models import Release, ReleaseStatus
from humpro.newsroom.releases import release_correct, release_transition
from humpro.newsroom.tests.factories import make_photo, make_release, sample_data
from humpro.orgs.roles import Role
from humpro.testing import make_official, make_org, make_user

pytestmark = pytest.mark.django_db
S = ReleaseStatus


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    return make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")


def url(name: str, org, **kw) -> str:  # type: ignore[no-untyped-def]
    return reverse(f"newsroom_public:{name}", kwargs={"org": org.slug, **kw})


def test_only_published_items_are_ever_public(client, org) -> None:  # type: ignore[no-untyped-def]
    shown = make_release(org, status=S.PUBLISHED, title="Terbit untuk umum")
    hidden = {s: make_release(org, status=s, title=f"Rahasia {s}") for s in (S.DRAFT, S.REVIEW, S.APPROVED)}
    embargoed = make_release(org, status=S.APPROVED, title="Rahasia embargo")
    editor = make_user(org=org, roles=[Role.EDITOR])
    release_transition(
        release=embargoed, user=editor, action="schedule", embargo_until=timezone.now() + dt.timedelta(days=1)
    )
    pages = [client.get(url(n, org)).content.decode() for n in ("home", "rss", "atom", "sitemap")]
    pages.append(client.get(url("search", org) + "?q=jembatan").content.decode())
    assert shown.title in pages[-1]
    for page in pages:
        assert "Rahasia" not in page
    assert shown.title in pages[0] and shown.title in pages[1]
    for r in [*hidden.values(), embargoed]:
        assert client.get(url("article", org, slug=r.slug)).status_code == 404
    assert client.get(url("article", org, slug=shown.slug)).status_code == 200


def test_home_is_indonesian_accessible_and_advertises_feeds(client, org) -> None:  # type: ignore[no-untyped-def]
    make_release(org, status=S.PUBLISHED)
    html = client.get(url("home", org)).content.decode()
    assert '<html lang="id">' in html and 'name="viewport"' in html and 'href="#isi"' in html
    assert (
        f'<link rel="alternate" type="application/rss+xml" title="RSS Berita {org.name}" href="{url("rss", org)}">'
        in html
    )
    assert 'type="application/atom+xml"' in html and url("atom", org) in html


def test_feeds_are_valid_rss_and_atom(client, org) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, status=S.PUBLISHED, tags=["Infrastruktur"])
    make_photo(org, release=release)
    rss = feedparser.parse(client.get(url("rss", org)).content)
    assert not rss.bozo, rss.get("bozo_exception")
    assert rss.version == "rss20" and rss.feed.language == "id"
    entry = rss.entries[0]
    assert entry.title == release.title and entry.link.endswith(url("article", org, slug=release.slug))
    assert entry.tags[0].term == "Infrastruktur" and entry.published_parsed
    assert entry.enclosures and entry.enclosures[0].type == "image/jpeg"
    atom = feedparser.parse(client.get(url("atom", org)).content)
    assert not atom.bozo and atom.version == "atom10"
    assert atom.entries[0].title == release.title and atom.entries[0].updated_parsed


def test_article_has_meta_photos_captions_and_correction_note(client, org) -> None:  # type: ignore[no-untyped-def]
    leader = make_official(org, name="Ahmad Wirasena")
    release = make_release(org, status=S.PUBLISHED, official_ids=[leader.pk])
    photo = make_photo(org, caption="Gubernur menggunting pita", release=release)
    html = client.get(url("article", org, slug=release.slug)).content.decode()
    assert f'<meta property="og:title" content="{release.title}">' in html
    assert 'name="twitter:card" content="summary_large_image"' in html and 'property="og:image"' in html
    assert "<figcaption>Gubernur menggunting pita" in html and photo.credit in html
    assert url("official", org, pk=leader.pk) in html
    editor = make_user(org=org, roles=[Role.EDITOR])
    release_correct(
        release=Release.objects.get(pk=release.pk),
        user=editor,
        data=sample_data(title=release.title, official_ids=[leader.pk], photo_ids=[photo.pk]),
        note="Nama kecamatan diperbaiki.",
    )
    html = client.get(url("article", org, slug=release.slug)).content.decode()
    assert "Koreksi:" in html and "Nama kecamatan diperbaiki." in html  # not the stale cached page
    release_transition(
        release=Release.objects.get(pk=release.pk), user=editor, action="withdraw", note="Acara dibatalkan"
    )
    response = client.get(url("article", org, slug=release.slug))
    assert response.status_code == 410 and "telah ditarik" in response.content.decode()
    assert release.title not in client.get(url("home", org)).content.decode()


def test_tags_officials_archive_search_and_sitemap(client, org) -> None:  # type: ignore[no-untyped-def]
    leader = make_official(org, name="Siti Nurhaliza Rahman")
    march = make_release(org, status=S.PUBLISHED, title="Panen Raya Padi", tags=["Pertanian"], official_ids=[leader.pk])
    Release.objects.filter(pk=march.pk).update(published_at=dt.datetime(2026, 3, 10, 2, 0, tzinfo=dt.UTC))
    other = make_release(org, status=S.PUBLISHED, title="Vaksinasi Anak Sekolah", tags=["Kesehatan"])
    assert "Panen Raya Padi" in client.get(url("tag", org, slug="pertanian")).content.decode()
    assert other.title not in client.get(url("tag", org, slug="pertanian")).content.decode()
    assert "Panen Raya Padi" in client.get(url("official", org, pk=leader.pk)).content.decode()
    archive = client.get(url("archive", org, year=2026, month=3)).content.decode()
    assert "Panen Raya Padi" in archive and other.title not in archive and "Maret 2026" in archive
    assert "Maret 2026" in client.get(url("archive_index", org)).content.decode()
    found = client.get(url("search", org) + "?q=vaksinasi").content.decode()
    assert other.title in found and "Panen Raya Padi" not in found
    sitemap = ET.fromstring(client.get(url("sitemap", org)).content)  # noqa: S314 (our own output)
    locs = [e.text for e in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    assert any(loc.endswith(url("article", org, slug=march.slug)) for loc in locs)
    assert client.get(url("archive", org, year=2026, month=13)).status_code == 404


def test_public_photo_only_for_published_releases(client, org) -> None:  # type: ignore[no-untyped-def]
    draft = make_release(org)
    photo = make_photo(org, release=draft)
    assert client.get(url("photo", org, pk=photo.pk)).status_code == 404
    Release.objects.filter(pk=draft.pk).update(status=S.PUBLISHED, published_at=timezone.now())
    response = client.get(url("photo", org, pk=photo.pk))
    assert response.status_code == 200 and response["Content-Type"] == "image/jpeg"
    package = client.get(url("package", org, slug=draft.slug))
    assert package.status_code == 200 and package["Content-Type"] == "application/zip"
