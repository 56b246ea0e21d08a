from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from humpro.core.models import OutboxMessage, OutboxStatus
from humpro.core.outbox import outbox_flush
from humpro.core.tests.smtp import SmtpServer
from humpro.core.worker import run_pending_tasks
from humpro.newsroom.distribution import delivery_mark_bounced, distribution_create
from humpro.newsroom.models import Contact, Delivery, ReleaseStatus
from humpro.newsroom.recipients import recipients_of
from humpro.newsroom.tests.factories import make_list, make_photo, make_release
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(settings):  # type: ignore[no-untyped-def]
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 3
    yield server
    server.stop()


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    return make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")


def _due_now() -> None:
    OutboxMessage.objects.filter(status=OutboxStatus.PENDING).update(next_attempt_at=timezone.now())


def test_each_recipient_gets_one_email_with_pdf_and_photo_links(smtp, org) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, status=ReleaseStatus.PUBLISHED)
    make_photo(org, release=release, caption="Gubernur menyapa warga")
    a = make_list(org, ["redaksi@harian.test", "foto@harian.test"], name="Harian")
    b = make_list(org, ["REDAKSI@harian.test", "radio@suara.test"], name="Radio")  # one address in both
    user = make_user(org=org, roles=[Role.MEDIA_RELATIONS])
    distribution_create(release=release, lists=[a, b], user=user)
    run_pending_tasks()
    assert sorted(m["To"] for m in smtp.messages) == ["foto@harian.test", "radio@suara.test", "redaksi@harian.test"]
    msg = smtp.messages[0]
    assert release.title in msg["Subject"]
    parts = list(msg.walk())
    pdf = [p for p in parts if p.get_content_type() == "application/pdf"]
    assert len(pdf) == 1 and pdf[0].get_payload(decode=True).startswith(b"%PDF")
    text = next(p for p in parts if p.get_content_type() == "text/plain").get_payload(decode=True).decode()
    assert "/publik/nusa-makmur/berita/foto/" in text and "paket-foto.zip" in text
    assert "Gubernur menyapa warga" in text
    assert {d.state for d in Delivery.objects.filter(release=release)} == {"sent"}


def test_smtp_down_then_up_loses_nothing_and_sends_nothing_twice(smtp, org, client) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, status=ReleaseStatus.PUBLISHED)
    emails = [f"media{i}@example.test" for i in range(6)]
    dl = make_list(org, emails)
    user = make_user(org=org, roles=[Role.MEDIA_RELATIONS])
    smtp.stop()
    dist = distribution_create(release=release, lists=[dl], user=user)
    run_pending_tasks()
    deliveries = list(Delivery.objects.filter(release=release).select_related("message"))
    assert len(deliveries) == 6
    assert all(d.state == "pending" and d.message.attempts == 1 and d.message.last_error for d in deliveries)
    client.login(username=user.username, password=PASSWORD)
    page = client.get(reverse("newsroom:deliveries", kwargs={"org": org.slug, "pk": dist.pk})).content.decode()
    assert "menunggu" in page and "refused" in page.lower()

    # the release is distributed again while the server is still down: no new messages
    distribution_create(release=release, lists=[dl], user=user)
    run_pending_tasks()
    assert OutboxMessage.objects.count() == 6

    smtp.start()
    _due_now()
    assert outbox_flush() == 6
    _due_now()
    assert outbox_flush() == 0
    distribution_create(release=release, lists=[dl], user=user)
    run_pending_tasks()
    assert sorted(m["To"] for m in smtp.messages) == sorted(emails)  # each exactly once
    assert len({m["Message-ID"] for m in smtp.messages}) == 6
    page = client.get(reverse("newsroom:deliveries", kwargs={"org": org.slug, "pk": dist.pk})).content.decode()
    assert page.count("badge ok") == 6


def test_permanent_failure_and_bounce_are_logged_with_reason(settings, smtp, org, client) -> None:  # type: ignore[no-untyped-def]
    settings.OUTBOX_MAX_ATTEMPTS = 1
    release = make_release(org, status=ReleaseStatus.PUBLISHED)
    dl = make_list(org, ["gagal@example.test", "pental@example.test"])
    user = make_user(org=org, roles=[Role.MEDIA_RELATIONS])
    smtp.stop()
    dist = distribution_create(release=release, lists=[dl], user=user)
    run_pending_tasks()
    assert {d.state for d in Delivery.objects.all()} == {"failed"}
    delivery_mark_bounced(organization=org, email="pental@example.test", reason="550 5.1.1 mailbox unknown")
    assert Delivery.objects.get(email="pental@example.test").state == "bounced"
    assert Contact.objects.get(email="pental@example.test").bounced_at is not None
    assert [r.email for r in recipients_of([dl])] == ["gagal@example.test"]  # not sent to again
    client.login(username=user.username, password=PASSWORD)
    page = client.get(reverse("newsroom:deliveries", kwargs={"org": org.slug, "pk": dist.pk})).content.decode()
    assert "550 5.1.1 mailbox unknown" in page and "terpental" in page and "gagal" in page
    assert "ConnectionRefusedError" in page


def test_only_published_releases_are_distributed(org) -> None:  # type: ignore[no-untyped-def]
    draft = make_release(org)
    dl = make_list(org, ["a@example.test"])
    with pytest.raises(WorkflowError, match="terbit"):
        distribution_create(release=draft, lists=[dl], user=None)
    other = make_list(make_org(), ["b@example.test"])
    published = make_release(org, status=ReleaseStatus.PUBLISHED)
    with pytest.raises(WorkflowError, match="tidak ditemukan"):
        distribution_create(release=published, lists=[other], user=None)
    assert OutboxMessage.objects.count() == 0
