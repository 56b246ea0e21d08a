from __future__ import annotations

import feedparser
import pytest

from humpro.core.tests.smtp import SmtpServer
from humpro.core.worker import run_pending_tasks
from humpro.newsroom.coverage import coverage_propose
from humpro.newsroom.models import Delivery, Release, ReleaseStatus
from humpro.newsroom.tests.factories import make_agenda_item, make_list
from humpro.orgs.roles import Role
from humpro.testing import browser_login, make_org, make_user

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def smtp(settings):  # type: ignore[no-untyped-def]
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", server.port, 3
    yield server
    server.stop()


def test_agenda_to_release_to_public_site_feed_and_distribution(page, live_server, smtp, settings) -> None:  # type: ignore[no-untyped-def]
    settings.SITE_URL = live_server.url
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    reporter = make_user(org=org, roles=[Role.REPORTER], full_name="Rina Wartawati")
    head = make_user(org=org, roles=[Role.HEAD], full_name="Kepala Biro Humas")
    make_user(org=org, roles=[Role.PHOTOGRAPHER])
    item = make_agenda_item(org, title="Peresmian Bendungan Lembah Hijau")
    plan = coverage_propose(item=item)
    make_list(org, ["redaksi@harian-nusa.test", "desk@radio-makmur.test"], name="Media mitra")

    # the reporter starts the release from the coverage plan of the agenda item
    browser_login(page, reporter.username)
    page.goto(f"/o/{org.slug}/berita/liputan/{plan.pk}/")
    page.click("text=Tulis rilis dari agenda ini")
    assert page.input_value("#id_title") == "Peresmian Bendungan Lembah Hijau"
    page.fill("#id_title", "Gubernur Resmikan Bendungan Lembah Hijau")
    page.fill("#id_lead", "Bendungan mengairi 3.000 hektare sawah di Lembah Hijau.")
    page.fill("#id_body", "Peresmian berlangsung meriah.\n\nBendungan dibangun sejak 2024.")
    page.fill("#id_tags", "Pertanian, Lembah Hijau")
    page.click("button[type=submit]:has-text('Simpan')")
    page.click("button:has-text('Ajukan ke telaah')")
    assert page.inner_text("#status") == "Dalam telaah"
    release = Release.objects.get()
    assert release.agenda_item_id == item.pk and release.author == reporter

    # the head approves and publishes
    page.context.clear_cookies()
    browser_login(page, head.username)
    page.goto(f"/o/{org.slug}/berita/{release.pk}/")
    page.click("button:has-text('Setujui')")
    assert page.inner_text("#status") == "Disetujui"
    page.click("button:has-text('Terbitkan sekarang')")
    assert page.inner_text("#status") == "Terbit"
    assert [t for t in page.inner_text("#history").splitlines() if "Kepala Biro Humas" in t][-1].endswith(
        "Disetujui → Terbit"
    )

    # it is on the public site and in the RSS feed
    page.click("text=lihat di situs publik")
    assert page.inner_text("h1") == "Gubernur Resmikan Bendungan Lembah Hijau"
    assert page.get_attribute("html", "lang") == "id"
    feed_href = page.goto(f"/publik/{org.slug}/berita/").ok and page.get_attribute(
        "link[rel=alternate][type='application/rss+xml']", "href"
    )
    feed = feedparser.parse(page.request.get(feed_href).body())
    assert not feed.bozo and feed.entries[0].title == "Gubernur Resmikan Bendungan Lembah Hijau"

    # distribute to the media list and read the delivery log
    page.goto(f"/o/{org.slug}/berita/{release.pk}/")
    page.click("text=Distribusikan ke media")
    page.get_by_label("Media mitra").check()
    page.click("button:has-text('Kirim')")
    assert "Log pengiriman" in page.inner_text("h1")
    run_pending_tasks()  # the worker: prepare the distribution, then send each message
    page.reload()
    assert page.inner_text("#count-sent") == "2"
    assert "redaksi@harian-nusa.test" in page.inner_text("table")
    assert sorted(m["To"] for m in smtp.messages) == ["desk@radio-makmur.test", "redaksi@harian-nusa.test"]
    assert {d.state for d in Delivery.objects.all()} == {"sent"}
    assert Release.objects.get().status == ReleaseStatus.PUBLISHED
