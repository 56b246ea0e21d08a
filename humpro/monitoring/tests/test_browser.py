"""Browser: add a source, let the worker fetch it, search an official, open the article, correct its
tone, generate the clipping PDF."""

from __future__ import annotations

import pytest

from humpro.core.worker import run_pending_tasks
from humpro.monitoring.models import Article, ClippingReport, ToneCorrection
from humpro.monitoring.tests.httpserver import Route
from humpro.monitoring.tests.newsdata import (
    GOVERNOR,
    HEALTH_PARAGRAPHS,
    HEALTH_TITLE,
    NEGATIVE_PARAGRAPHS,
    NEGATIVE_TITLE,
    html_page,
    rss,
)
from humpro.orgs.roles import Role
from humpro.testing import browser_login, make_official, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
DATE = "Mon, 03 Mar 2025 08:00:00 +0700"


def test_source_to_clipping_pdf(page, news_server) -> None:  # type: ignore[no-untyped-def]
    srv = news_server
    srv.routes["/berita/1"] = Route(html_page(NEGATIVE_TITLE, NEGATIVE_PARAGRAPHS))
    srv.routes["/berita/2"] = Route(html_page(HEALTH_TITLE, HEALTH_PARAGRAPHS, outlet="Nusa Pos"))
    srv.routes["/rss"] = Route(
        rss(
            [
                (srv.url("/berita/1"), NEGATIVE_TITLE, DATE),
                (srv.url("/berita/2"), HEALTH_TITLE, DATE),
            ]
        ),
        content_type="application/rss+xml",
    )
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    make_official(org, name=GOVERNOR, title="Gubernur Nusa Makmur", tier="10.1.a")
    make_user(org=org, roles=[Role.ANALYST], username="rina")

    browser_login(page, "rina")
    page.goto("/o/nusa-makmur/pemantauan/sumber/")
    page.click("text=Tambah sumber")
    page.fill("#id_name", "RSS Warta Makmur")
    page.fill("#id_url", srv.url("/rss"))
    page.fill("#id_outlet_name", "Warta Makmur")
    page.click("main button:has-text('Simpan')")
    page.wait_for_url("**/pemantauan/sumber/")
    assert "RSS Warta Makmur" in page.inner_text("[data-testid=sources]")

    run_pending_tasks()  # the worker polls the feed and fetches both pages
    assert Article.objects.count() == 2 and srv.hits["/berita/1"] == 1
    page.reload()
    assert "Warta Makmur" in page.inner_text("[data-testid=sources]")

    page.goto("/o/nusa-makmur/pemantauan/")
    page.fill("#q", "Wiratama")
    page.wait_for_function("document.querySelectorAll('#rows tbody tr').length === 1")
    assert NEGATIVE_TITLE in page.inner_text("#rows") and HEALTH_TITLE not in page.inner_text(
        "#rows"
    )
    page.click(f"text={NEGATIVE_TITLE}")
    assert page.inner_text("[data-testid=tone-body]") == "negatif"
    assert "lamban" in page.inner_text("[data-testid=explain]")
    assert GOVERNOR in page.inner_text("main")

    page.select_option("#id_field", "body")
    page.select_option("#id_tone", "neutral")
    page.fill("#id_note", "kritik ditujukan kepada kontraktor")
    page.click("text=Simpan koreksi nada")
    page.wait_for_load_state("networkidle")
    assert page.inner_text("[data-testid=tone-body]") == "netral"
    assert "negatif → netral" in page.inner_text("[data-testid=corrections]")
    assert ToneCorrection.objects.get().by.username == "rina"

    page.goto("/o/nusa-makmur/pemantauan/kliping/")
    page.fill("#id_start", "2020-01-01T00:00")
    page.fill("#id_end", "2040-01-01T00:00")
    page.click("text=Buat kliping PDF")
    page.wait_for_url("**/pemantauan/kliping/")
    assert "Kliping dibuat: 2 berita" in page.inner_text("main")
    with page.expect_download() as download_info:
        page.click("text=Unduh PDF")
    path = download_info.value.path()
    with open(path, "rb") as fh:
        assert fh.read(5) == b"%PDF-"
    assert ClippingReport.objects.get().articles == 2
