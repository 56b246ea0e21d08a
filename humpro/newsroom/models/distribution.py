"""Distribution lists, contacts and the per-recipient delivery log of a sent release.

A list's members are `ListEntry` rows with a `source`: a newsroom `Contact` ("contact"), or a
record of another app named by `source`/`source_id` (the partner-media registry registers
"press.outlet" with `source_id` = the outlet's pk, see `humpro.newsroom.recipients`), so this
app never imports them. `DeliveryRef` keeps which list members an address was sent for, so a
release can be traced back to the outlet (or contact) that received it.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models

from humpro.core.models import OrgOwnedModel


class Contact(OrgOwnedModel):
    name = models.CharField("nama", max_length=200)
    email = models.EmailField("email")
    outlet_name = models.CharField("media/instansi", max_length=200, blank=True)
    phone = models.CharField("telepon", max_length=40, blank=True)
    active = models.BooleanField("aktif", default=True)
    bounced_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["organization", "email"], name="newsroom_contact_unique_email")]

    def __str__(self) -> str:
        return f"{self.name} <{self.email}>"


class DistributionList(OrgOwnedModel):
    name = models.CharField("nama daftar", max_length=200)
    description = models.TextField("keterangan", blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "name"], name="newsroom_list_unique_name")]

    def __str__(self) -> str:
        return self.name


class ListEntry(OrgOwnedModel):
    """One member of a list: a `contact`, or `source`/`source_id` naming another registry's record."""

    distribution_list = models.ForeignKey(DistributionList, on_delete=models.CASCADE, related_name="entries")
    source = models.CharField(max_length=40, default="contact")
    contact = models.ForeignKey(Contact, null=True, blank=True, on_delete=models.CASCADE, related_name="entries")
    source_id = models.CharField(max_length=64, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["distribution_list", "contact"], name="newsroom_entry_unique_contact"),
            models.UniqueConstraint(
                fields=["distribution_list", "source", "source_id"],
                condition=~models.Q(source_id=""),
                name="newsroom_entry_unique_source",
            ),
        ]


class DistributionStatus(models.TextChoices):
    QUEUED = "queued", "antre"
    ENQUEUED = "enqueued", "masuk outbox"
    FAILED = "failed", "gagal disiapkan"


class Distribution(OrgOwnedModel):
    release = models.ForeignKey("newsroom.Release", on_delete=models.CASCADE, related_name="distributions")
    lists = models.ManyToManyField(DistributionList, related_name="distributions")
    sent_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=DistributionStatus.choices, default=DistributionStatus.QUEUED)
    error = models.TextField(blank=True)
    recipients = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["-created_at", "-id"]


class Delivery(OrgOwnedModel):
    """One recipient of one release (unique): its outbox message and bounce, if any."""

    distribution = models.ForeignKey(Distribution, on_delete=models.CASCADE, related_name="deliveries")
    release = models.ForeignKey("newsroom.Release", on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField()
    name = models.CharField(max_length=200, blank=True)
    source = models.CharField(max_length=40, default="contact")
    message = models.ForeignKey("core.OutboxMessage", null=True, on_delete=models.SET_NULL, related_name="+")
    bounced_at = models.DateTimeField(null=True, blank=True)
    bounce_reason = models.CharField(max_length=500, blank=True)

    class Meta:
        ordering = ["email"]
        constraints = [models.UniqueConstraint(fields=["release", "email"], name="newsroom_delivery_unique")]

    @property
    def state(self) -> str:
        """sent / failed / pending / bounced, for the delivery log."""
        if self.bounced_at:
            return "bounced"
        if self.message is None:
            return "pending"
        return {"sent": "sent", "failed": "failed"}.get(self.message.status, "pending")


class DeliveryRef(models.Model):
    """Which list member(s) one delivery was sent for: ("contact", contact pk) or e.g.
    ("press.outlet", outlet pk). One address can stand for several members (a contact that is
    also an outlet's editorial address), so this is a separate link row, written in bulk with
    the delivery (a link, not a record of its own: not audited)."""

    delivery = models.ForeignKey(Delivery, on_delete=models.CASCADE, related_name="refs")
    source = models.CharField(max_length=40)
    source_id = models.CharField(max_length=64)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["delivery", "source", "source_id"], name="newsroom_deliveryref_unique")
        ]
        indexes = [models.Index(fields=["source", "source_id"])]

    def __str__(self) -> str:
        return f"{self.source}:{self.source_id}"
