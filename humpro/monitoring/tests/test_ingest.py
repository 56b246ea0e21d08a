"""Storing documents: idempotency, officials linking, quarantine, search, near-duplicates and
pickup.
"""

from __future__ import annotations

import io
import zipfile

import pytest

from humpro.monitoring import services
from humpro.monitoring.ingest import content_hash, ingest_document, normalize_url
from humpro.monitoring.models import Article, Cluster, Pickup, Quarantine, SourceType
from humpro.monitoring.search import search_filter
from humpro.monitoring.tests.newsdata import (
    GOVERNOR,
    HEALTH_PARAGRAPHS,
    HEALTH_TITLE,
    NEGATIVE_PARAGRAPHS,
    NEGATIVE_TITLE,
    RELEASE_PARAGRAPHS,
    RELEASE_TITLE,
    html_page,
    text_doc,
)
from humpro.testing import make_official, make_org

pytestmark = pytest.mark.django_db


def _search(org, q):  # type: ignore[no-untyped-def]
    return set(search_filter(Article.objects.for_org(org), q).values_list("title", flat=True))


def test_same_url_canonical_or_content_is_stored_once() -> None:
    org = make_org()
    page = html_page(
        NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS, canonical="https://warta.example/berita/123"
    )
    first = ingest_document(
        organization=org, raw=page, url="https://warta.example/berita/123?utm_source=fb#x"
    )
    assert first.created and first.article.url == "https://warta.example/berita/123"
    again = ingest_document(organization=org, raw=page, url="https://WARTA.example/berita/123")
    assert not again.created and again.article.pk == first.article.pk
    # the AMP copy names the same canonical URL
    amp = ingest_document(organization=org, raw=page + " ", url="https://warta.example/amp/123")
    assert not amp.created and amp.article.pk == first.article.pk
    # the same story as a text upload: same content hash
    upload = ingest_document(
        organization=org, raw=text_doc(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS), filename="a.txt"
    )
    assert Article.objects.count() in (1, 2)
    if not upload.created:
        assert upload.article.pk == first.article.pk
    article = Article.objects.get(pk=first.article.pk)
    assert article.seen_count >= 3
    # another organization stores its own copy
    other = ingest_document(
        organization=make_org(), raw=page, url="https://warta.example/berita/123"
    )
    assert other.created and other.article.pk != first.article.pk


def test_content_hash_ignores_case_and_punctuation() -> None:
    assert content_hash("Gubernur  meresmikan, jembatan!") == content_hash(
        "gubernur meresmikan jembatan"
    )
    assert normalize_url("HTTP://A.example/x?utm_medium=a&id=3#top") == "http://a.example/x?id=3"


def test_people_are_linked_to_officials_and_quotes_kept() -> None:
    org = make_org()
    governor = make_official(org, name=GOVERNOR, title="Gubernur Nusa Makmur", tier="10.1.a")
    make_official(org, name="Sari Handayani", degrees="M.T.")
    res = ingest_document(
        organization=org,
        raw=html_page(RELEASE_TITLE, RELEASE_PARAGRAPHS),
        url="https://humas.example/rilis/1",
    )
    article = res.article
    people = {p.name: p for p in article.people.all()}
    assert people[GOVERNOR].official == governor and people[GOVERNOR].match_score >= 88
    assert people["Sari Handayani"].degrees and people["Sari Handayani"].official is not None
    assert people["Marta Lestari"].official is None
    quotes = list(article.quotes.all())
    assert any(
        q.speaker == GOVERNOR and q.official == governor and "anak-anak" in q.text for q in quotes
    )
    assert article.tone == "positive" and article.tone_auto == "positive"
    assert "infrastruktur" in article.topics and article.published_on.isoformat() == "2025-03-03"
    assert article.raw_file.read().decode().startswith("<!doctype html>")


def test_bad_documents_are_quarantined_with_a_reason() -> None:
    org = make_org()
    res = ingest_document(
        organization=org,
        raw="<html><body><nav>Beranda</nav></body></html>",
        url="https://x.example/1",
    )
    assert res.article is None and res.quarantined is not None
    assert "Isi berita tidak ditemukan" in res.reason
    assert Quarantine.objects.filter(organization=org, url="https://x.example/1").exists()
    assert Article.objects.count() == 0


def test_search_uses_stemming_but_keeps_names_and_offices() -> None:
    org = make_org()
    for title, paras in (
        (RELEASE_TITLE, RELEASE_PARAGRAPHS),
        (NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS),
        (HEALTH_TITLE, HEALTH_PARAGRAPHS),
    ):
        ingest_document(organization=org, raw=text_doc(title, paras), filename=f"{title}.txt")
    assert _search(org, "peresmian jembatan") == {RELEASE_TITLE}  # meresmikan/peresmian → resmi
    assert _search(org, "mengeluhkan") == {NEGATIVE_TITLE}  # keluhkan/mengeluhkan → keluh
    assert _search(org, "Wiratama") == {RELEASE_TITLE, NEGATIVE_TITLE}
    assert _search(org, "gubernur wiratama lamban") == {NEGATIVE_TITLE}
    assert _search(org, "pelayanan kesehatan") == {HEALTH_TITLE}  # layani/pelayanan → layan
    assert _search(org, "kesehatan") == {HEALTH_TITLE}
    assert _search(org, "teri") == set()  # "menteri" would be "teri" with plain Snowball
    assert _search(make_org(), "jembatan") == set()


def test_reprint_of_our_release_is_a_pickup_and_a_cluster() -> None:
    org = make_org()
    release = services.release_register(
        organization=org,
        title=RELEASE_TITLE,
        text="\n\n".join(RELEASE_PARAGRAPHS),
        ref="SP-12/2025",
    ).article
    assert release.is_own_release and release.source_type == SourceType.RELEASE
    trimmed = RELEASE_PARAGRAPHS[
        :4
    ]  # an outlet printed the first part only, with its own boilerplate
    reprint = ingest_document(
        organization=org,
        url="https://nusapos.example/jembatan",
        raw=html_page(RELEASE_TITLE, trimmed, outlet="Nusa Pos"),
    ).article
    unrelated = ingest_document(
        organization=org, raw=text_doc(HEALTH_TITLE, HEALTH_PARAGRAPHS), filename="h.txt"
    ).article
    pickup = Pickup.objects.get(release=release)
    assert pickup.article == reprint and pickup.containment >= 0.8 and pickup.kind == "reprint"
    assert pickup.jaccard < pickup.containment
    reprint.refresh_from_db()
    release.refresh_from_db()
    unrelated.refresh_from_db()
    assert reprint.cluster_id and reprint.cluster_id == release.cluster_id
    assert unrelated.cluster_id is None and Cluster.objects.count() == 1


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, text in files.items():
            zf.writestr(name, text)
    return buf.getvalue()


def test_bulk_import_of_files_and_zip() -> None:
    org = make_org()
    archive = _zip(
        {
            "folder/a.txt": text_doc(HEALTH_TITLE, HEALTH_PARAGRAPHS),
            "folder/b.html": html_page(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS),
            "folder/gambar.jpg": "bukan teks",
            "folder/kosong.txt": "Judul saja",
        }
    )
    report = services.ingest_files(
        organization=org,
        files=[
            ("berita.zip", archive),
            ("rilis.txt", text_doc(RELEASE_TITLE, RELEASE_PARAGRAPHS).encode()),
            ("rusak.zip", b"PK bukan zip"),
        ],
    )
    assert len(report.created) == 3
    assert [n for n, _ in report.quarantined] == ["folder/kosong.txt"]
    assert {n for n, _ in report.skipped} == {"folder/gambar.jpg", "rusak.zip"}
    again = services.ingest_files(organization=org, files=[("berita.zip", archive)])
    assert not again.created and len(again.seen) == 2


def test_manual_clip_keeps_scan_and_typed_text() -> None:
    from django.core.files.base import ContentFile

    org = make_org()
    import datetime as dt

    res = services.clip_create(
        organization=org,
        medium="print",
        outlet="Harian Nusa",
        title=HEALTH_TITLE,
        text="\n\n".join(HEALTH_PARAGRAPHS),
        date=dt.date(2025, 3, 4),
        media_file=ContentFile(b"%PDF-1.4 pindaian", name="scan.pdf"),
    )
    article = res.article
    assert article.source_type == "print" and article.outlet == "Harian Nusa"
    assert article.published_on == dt.date(2025, 3, 4) and article.media_file.name.endswith(".pdf")
    with pytest.raises(services.MonitoringError, match="terlalu pendek"):
        services.clip_create(
            organization=org, medium="tv", outlet="TV", title="x", text="pendek", date=None
        )


@pytest.mark.django_db
def test_nul_characters_never_reach_the_database() -> None:
    from humpro.monitoring.models import Source
    from humpro.testing import make_org

    org = make_org()
    source = Source.objects.create(organization=org, name="Umpan\x00 rusak", url="https://nm.example/rss",
                                   outlet_name="Warta\x00 Nusa",
                                   last_error="SAX\x00 error")
    source.refresh_from_db()
    assert source.name == "Umpan rusak" and source.last_error == "SAX error"
