"""Sending a published release to distribution lists via the outbox, one message per recipient."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from humpro.core.outbox import Attachment, outbox_enqueue
from humpro.newsroom.models import (
    Contact,
    Delivery,
    DeliveryRef,
    Distribution,
    DistributionList,
    DistributionStatus,
    ListEntry,
    Release,
)
from humpro.newsroom.pdf import release_pdf
from humpro.newsroom.recipients import Recipient, recipients_of
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.models import Organization

PURPOSE = "newsroom.distribution"


def public_url(release: Release) -> str:
    return settings.SITE_URL + reverse(
        "newsroom_public:article", kwargs={"org": release.organization.slug, "slug": release.slug}
    )


def dedupe_key(release: Release, email: str) -> str:
    return f"newsroom:release:{release.pk}:{email.strip().lower()}"[:200]


@transaction.atomic
def distribution_create(*, release: Release, lists: list[DistributionList], user: Any) -> Distribution:
    if not release.is_public:
        raise WorkflowError("Hanya rilis yang sudah terbit yang dapat didistribusikan.")
    if not lists:
        raise WorkflowError("Pilih minimal satu daftar distribusi.")
    if any(dl.organization_id != release.organization_id for dl in lists):
        raise WorkflowError("Daftar distribusi tidak ditemukan.")
    if not recipients_of(lists):
        raise WorkflowError("Daftar yang dipilih tidak berisi penerima aktif.")
    dist = Distribution.objects.create(
        organization=release.organization,
        release=release,
        sent_by=user if getattr(user, "pk", None) else None,
    )
    dist.lists.set(lists)
    from humpro.newsroom.tasks import distribution_send_task

    transaction.on_commit(lambda: distribution_send_task.enqueue(dist.pk))
    return dist


def distribution_send(*, distribution_id: int) -> int:
    """Put one outbox message per new recipient (idempotent: a recipient who already has this
    release is skipped). Returns how many messages were enqueued."""
    dist = Distribution.objects.select_related("release__organization").get(pk=distribution_id)
    release = dist.release
    recipients = recipients_of(dist.lists.all())
    done = set(Delivery.objects.filter(release=release).values_list("email", flat=True))
    todo = [r for r in recipients if r.email.lower() not in done]
    url = public_url(release)
    pdf = release_pdf(release, public_url=url) if todo else b""
    photo_links = [
        (
            p,
            settings.SITE_URL + reverse("newsroom_public:photo", kwargs={"org": release.organization.slug, "pk": p.pk}),
        )
        for p in release.photos.filter(kind="photo").order_by("id")
    ]
    package = settings.SITE_URL + reverse(
        "newsroom_public:package", kwargs={"org": release.organization.slug, "slug": release.slug}
    )
    context = {
        "release": release,
        "org": release.organization,
        "url": url,
        "photos": photo_links,
        "package_url": package if photo_links else "",
        "quotes": list(release.quotes.all()),
    }
    body = render_to_string("newsroom/email/release.txt", context)
    html = render_to_string("newsroom/email/release.html", context)
    subject = f"[{'Siaran Pers' if release.kind == 'siaran_pers' else 'Berita'}] {release.title}"
    filename = f"{release.slug[:80]}.pdf"
    enqueued = 0
    for r in todo:
        with transaction.atomic():
            delivery, created = Delivery.objects.get_or_create(
                release=release,
                email=r.email.lower(),
                defaults={
                    "organization": release.organization,
                    "distribution": dist,
                    "name": r.name,
                    "source": r.source,
                },
            )
            if not created and delivery.message_id:
                continue
            delivery.message = outbox_enqueue(
                organization=release.organization,
                recipient=r.email,
                subject=subject,
                body=body,
                html_body=html,
                attachments=[Attachment(filename, pdf, "application/pdf")],
                purpose=PURPOSE,
                dedupe_key=dedupe_key(release, r.email),
                related=release,
            )
            delivery.save(update_fields=["message", "updated_at"])
            _record_refs(release, [r])
            enqueued += 1
    # addresses that already had the release: still note the members they stand for now
    _record_refs(release, [r for r in recipients if r.email.lower() in done])
    total = Delivery.objects.filter(distribution=dist).count()
    Distribution.objects.filter(pk=dist.pk).update(status=DistributionStatus.ENQUEUED, recipients=total)
    return enqueued


def _record_refs(release: Release, recipients: list[Recipient]) -> None:
    """Link each delivery to the list members (contact, outlet …) its address stands for."""
    wanted = [r for r in recipients if r.refs]
    if not wanted:
        return
    ids = dict(
        Delivery.objects.filter(release=release, email__in=[r.email.lower() for r in wanted]).values_list("email", "pk")
    )
    DeliveryRef.objects.bulk_create(
        [
            DeliveryRef(delivery_id=ids[r.email.lower()], source=source, source_id=source_id)
            for r in wanted
            if r.email.lower() in ids
            for source, source_id in sorted(r.refs)
        ],
        ignore_conflicts=True,
    )


@transaction.atomic
def delivery_mark_bounced(
    *, organization: Organization, email: str, reason: str, release: Release | None = None
) -> int:
    """Record a bounce (latest delivery, or of one release) and stop sending to the address."""
    qs = Delivery.objects.filter(organization=organization, email=email.strip().lower())
    if release is not None:
        qs = qs.filter(release=release)
    delivery = qs.order_by("-created_at").first()
    if delivery is None:
        raise WorkflowError("Tidak ada pengiriman ke alamat ini.")
    now = timezone.now()
    delivery.bounced_at, delivery.bounce_reason = now, (reason.strip() or "terpental")[:500]
    delivery.save(update_fields=["bounced_at", "bounce_reason", "updated_at"])
    return Contact.objects.filter(organization=organization, email__iexact=email.strip()).update(bounced_at=now)


@transaction.atomic
def contact_save(
    *,
    organization: Organization,
    contact: Contact | None = None,
    name: str,
    email: str,
    outlet_name: str = "",
    phone: str = "",
    active: bool = True,
    list_ids: list[int] | None = None,
) -> Contact:
    email = email.strip().lower()
    clash = Contact.objects.filter(organization=organization, email=email)
    if contact is not None:
        clash = clash.exclude(pk=contact.pk)
    if clash.exists():
        raise WorkflowError(f"Kontak dengan email {email} sudah ada.")
    contact = contact or Contact(organization=organization)
    if contact.email and contact.email != email:
        contact.bounced_at = None
    contact.name, contact.email, contact.outlet_name = name.strip(), email, outlet_name.strip()
    contact.phone, contact.active = phone.strip(), active
    contact.save()
    if list_ids is not None:
        lists = list(DistributionList.objects.for_org(organization).filter(pk__in=list_ids))
        if len(lists) != len(set(list_ids)):
            raise WorkflowError("Daftar distribusi tidak ditemukan.")
        ListEntry.objects.filter(contact=contact).exclude(distribution_list__in=lists).delete()
        for dl in lists:
            ListEntry.objects.get_or_create(
                distribution_list=dl,
                contact=contact,
                defaults={"organization": organization, "source": "contact"},
            )
    return contact
