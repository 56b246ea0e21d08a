from __future__ import annotations

import uuid

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone


class OrgQuerySet(models.QuerySet):
    def for_org(self, org: object) -> OrgQuerySet:
        return self.filter(organization=org)


class OrgOwnedModel(models.Model):
    """Base for every domain record: it belongs to exactly one organization and is audited."""

    organization = models.ForeignKey("orgs.Organization", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = OrgQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def from_db(cls, db, field_names, values):  # type: ignore[no-untyped-def]
        instance = super().from_db(db, field_names, values)
        # Snapshot of the loaded values, for the audit diff on the next save.
        instance._audit_snapshot = dict(zip(field_names, values, strict=False))
        return instance


class AuditAction(models.TextChoices):
    CREATE = "create", "dibuat"
    UPDATE = "update", "diubah"
    DELETE = "delete", "dihapus"
    STATUS = "status", "status berubah"
    IMPORT = "import", "impor"
    LOGIN = "login", "masuk"
    OTHER = "other", "lainnya"


class AuditEntry(models.Model):
    organization = models.ForeignKey(
        "orgs.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True)
    action = models.CharField(max_length=10, choices=AuditAction.choices)
    content_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    object_id = models.CharField(max_length=64, blank=True)
    object_repr = models.CharField(max_length=300, blank=True)
    summary = models.CharField(max_length=300, blank=True)
    changes = models.JSONField(default=dict, blank=True)
    at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        ordering = ["-at", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.get_action_display()} {self.object_repr}"


class CalendarAdjustment(models.Model):
    """A change to the national working-day calendar: an extra closure or a reopened day.

    `organization` empty = applies to every organization (set by the system administrator).
    """

    class Kind(models.TextChoices):
        CLOSED = "closed", "Libur (tambahan)"
        OPEN = "open", "Hari kerja (pembatalan libur)"

    organization = models.ForeignKey(
        "orgs.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="calendar_adjustments"
    )
    date = models.DateField("tanggal")
    kind = models.CharField("jenis", max_length=6, choices=Kind.choices)
    reason = models.CharField("alasan", max_length=200)
    decree_number = models.CharField("nomor keputusan/SK", max_length=120, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["date"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "date"], name="calendar_adjustment_unique_day")
        ]

    def __str__(self) -> str:
        return f"{self.date} {self.get_kind_display()}: {self.reason}"


class OutboxStatus(models.TextChoices):
    PENDING = "pending", "menunggu"
    SENDING = "sending", "sedang dikirim"
    SENT = "sent", "terkirim"
    FAILED = "failed", "gagal permanen"


class OutboxMessage(models.Model):
    """Every outgoing message is stored here first and sent by the worker."""

    class Channel(models.TextChoices):
        EMAIL = "email", "Email"
        WEBHOOK = "webhook", "Webhook"

    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    organization = models.ForeignKey(
        "orgs.Organization", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    channel = models.CharField(max_length=10, choices=Channel.choices, default=Channel.EMAIL)
    recipient = models.CharField(max_length=500)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(blank=True)
    html_body = models.TextField(blank=True)
    attachments = models.JSONField(default=list, blank=True)
    purpose = models.CharField(max_length=60, blank=True, db_index=True)
    dedupe_key = models.CharField(max_length=200, null=True, blank=True, unique=True)
    related_type = models.ForeignKey(ContentType, null=True, blank=True, on_delete=models.SET_NULL)
    related_id = models.CharField(max_length=64, blank=True)
    status = models.CharField(max_length=10, choices=OutboxStatus.choices, default=OutboxStatus.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    next_attempt_at = models.DateTimeField(default=timezone.now, db_index=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return f"{self.get_channel_display()} → {self.recipient}: {self.subject}"

    @property
    def message_id(self) -> str:
        return f"<outbox-{self.uuid}@humpro>"


class OutboxAttempt(models.Model):
    message = models.ForeignKey(OutboxMessage, on_delete=models.CASCADE, related_name="attempt_log")
    at = models.DateTimeField(default=timezone.now)
    ok = models.BooleanField()
    error = models.TextField(blank=True)
    duration_ms = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {'OK' if self.ok else self.error[:60]}"


class ScheduledRun(models.Model):
    """One claimed tick of a scheduled job; the unique constraint makes exactly one
    worker (on any machine) enqueue each tick."""

    job = models.CharField(max_length=100)
    slot = models.DateTimeField()
    claimed_by = models.CharField(max_length=64)
    claimed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["job", "slot"], name="scheduled_run_unique_slot")]

    def __str__(self) -> str:
        return f"{self.job} @ {self.slot:%Y-%m-%d %H:%M:%S}"
