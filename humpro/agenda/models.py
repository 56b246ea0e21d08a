"""Records of the leaders' agenda: invitations, dispositions, agenda items, clash settings, feeds.

Other apps link here: protocol (`agenda.AgendaItem` → the event's protocol) and newsroom
(coverage plans start from an AgendaItem; crews are `AgendaAssignment` rows so the clash
engine sees them).
"""

from __future__ import annotations

import secrets
import uuid
import zoneinfo

from django.conf import settings
from django.db import models
from django.db.models import Q

from humpro.core.models import OrgOwnedModel, OrgQuerySet
from humpro.officials.models import Level


class RuleAction(models.TextChoices):
    WARN = "warn", "Peringatan"
    BLOCK = "block", "Blokir"


class ClashRule(OrgOwnedModel):
    """Agenda settings of one organization: warn/block per clash rule, travel speed, buffers,
    and the lead time an invitation request needs before it is flagged "mendesak"."""

    person_overlap = models.CharField(
        "bentrok orang", max_length=5, choices=RuleAction.choices, default=RuleAction.WARN
    )
    venue_overlap = models.CharField(
        "tempat dipakai ganda", max_length=5, choices=RuleAction.choices, default=RuleAction.WARN
    )
    travel_time = models.CharField("waktu tempuh", max_length=5, choices=RuleAction.choices, default=RuleAction.WARN)
    travel_speed_kmh = models.PositiveIntegerField("kecepatan perjalanan (km/jam)", default=40)
    min_buffer_minutes = models.PositiveIntegerField("jeda minimum antar-acara (menit)", default=15)
    lead_time_days = models.PositiveIntegerField("tenggat undangan (hari)", default=3)

    class Meta:
        verbose_name = "aturan bentrok"
        verbose_name_plural = "aturan bentrok"
        constraints = [
            models.UniqueConstraint(fields=["organization"], name="clashrule_one_per_org"),
            models.CheckConstraint(condition=Q(travel_speed_kmh__gt=0), name="clashrule_speed_positive"),
        ]

    def __str__(self) -> str:
        return f"Aturan bentrok {self.organization_id}"


class InvitationStatus(models.TextChoices):
    RECEIVED = "diterima", "Diterima"
    AWAITING = "menunggu_disposisi", "Menunggu disposisi"
    DISPOSED = "didisposisi", "Didisposisi"
    SCHEDULED = "terjadwal", "Terjadwal"
    DECLINED = "ditolak", "Tidak hadir"
    CANCELLED = "batal", "Batal"


class InvitationSource(models.TextChoices):
    LETTER = "surat", "Surat masuk"
    FORM = "formulir", "Formulir permohonan"
    API = "api", "API"


class Invitation(OrgOwnedModel):
    """An incoming invitation (surat undangan) or an agenda request from an office or the public."""

    tracking_number = models.CharField("nomor pelacakan", max_length=30, unique=True)
    source = models.CharField(
        "sumber", max_length=10, choices=InvitationSource.choices, default=InvitationSource.LETTER
    )
    status = models.CharField(
        "status", max_length=20, choices=InvitationStatus.choices, default=InvitationStatus.AWAITING
    )
    sender_name = models.CharField("pengirim", max_length=200)
    sender_institution = models.CharField("instansi pengirim", max_length=200, blank=True)
    sender_email = models.EmailField("email pengirim", blank=True)
    sender_phone = models.CharField("telepon pengirim", max_length=40, blank=True)
    letter_number = models.CharField("nomor surat", max_length=120, blank=True)
    letter_date = models.DateField("tanggal surat", null=True, blank=True)
    event_title = models.CharField("acara", max_length=300)
    description = models.TextField("keterangan", blank=True)
    start = models.DateTimeField("mulai")
    end = models.DateTimeField("selesai")
    all_day = models.BooleanField("sepanjang hari", default=False)
    timezone = models.CharField("zona waktu", max_length=40, default="Asia/Jakarta")
    venue_name = models.CharField("tempat", max_length=200, blank=True)
    venue_address = models.CharField("alamat", max_length=300, blank=True)
    latitude = models.FloatField("lintang", null=True, blank=True)
    longitude = models.FloatField("bujur", null=True, blank=True)
    dress_code = models.CharField("pakaian", max_length=120, blank=True)
    contact_name = models.CharField("narahubung", max_length=120, blank=True)
    contact_phone = models.CharField("telepon narahubung", max_length=40, blank=True)
    invited_leader = models.ForeignKey(
        "officials.Official",
        verbose_name="pimpinan yang diundang",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    level = models.CharField("tingkat acara", max_length=10, choices=Level.choices, default=Level.PROVINCE)
    urgent = models.BooleanField("mendesak", default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-start", "-id"]
        verbose_name = "undangan"
        verbose_name_plural = "undangan"
        indexes = [
            models.Index(fields=["organization", "status"]),
            models.Index(fields=["organization", "start"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="invitation_end_after_start")
        ]

    def __str__(self) -> str:
        return f"{self.tracking_number} {self.event_title}"

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    def current_disposition(self) -> Disposition | None:
        return self.dispositions.order_by("-decided_at", "-id").first()


class InvitationAttachment(OrgOwnedModel):
    """A PDF or image sent with an invitation (checked by content, size-limited)."""

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="agenda/invitations/%Y/%m/")
    original_name = models.CharField(max_length=200)
    mimetype = models.CharField(max_length=60)
    size = models.PositiveIntegerField()

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return self.original_name


class Decision(models.TextChoices):
    ATTEND = "hadir", "Hadir"
    REPRESENTED = "diwakili", "Diwakili"
    DECLINE = "tidak_hadir", "Tidak hadir"
    COORDINATE = "koordinasi", "Koordinasikan"


class Disposition(OrgOwnedModel):
    """One decision on an invitation (history row; the newest one is in force)."""

    invitation = models.ForeignKey(Invitation, on_delete=models.CASCADE, related_name="dispositions")
    decision = models.CharField("disposisi", max_length=12, choices=Decision.choices)
    representative = models.ForeignKey(
        "officials.Official",
        verbose_name="diwakili oleh",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    reason = models.TextField("alasan", blank=True)
    coordinate_with = models.CharField("koordinasi dengan", max_length=200, blank=True)
    note = models.TextField("catatan", blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField("waktu", auto_now_add=True)

    class Meta:
        ordering = ["-decided_at", "-id"]
        verbose_name = "disposisi"
        verbose_name_plural = "disposisi"

    def __str__(self) -> str:
        return f"{self.get_decision_display()} ({self.invitation_id})"


class AgendaStatus(models.TextChoices):
    TENTATIVE = "tentatif", "Tentatif"
    CONFIRMED = "terkonfirmasi", "Terkonfirmasi"
    REPRESENTED = "diwakilkan", "Diwakilkan"
    CANCELLED = "dibatalkan", "Dibatalkan"
    DONE = "terlaksana", "Terlaksana"


class Visibility(models.TextChoices):
    PUBLIC = "publik", "Publik"
    INTERNAL = "internal", "Internal"


class AgendaItemQuerySet(OrgQuerySet):
    def active(self) -> AgendaItemQuerySet:
        return self.exclude(status=AgendaStatus.CANCELLED)

    def between(self, start: object, end: object) -> AgendaItemQuerySet:
        return self.filter(start__lt=end, end__gt=start)


class AgendaItem(OrgOwnedModel):
    """One entry in a leader's agenda (from an invitation, entered directly, or unscheduled)."""

    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    sequence = models.PositiveIntegerField(default=0, help_text="RFC 5545 SEQUENCE, bumped on each change.")
    title = models.CharField("acara", max_length=300)
    description = models.TextField("keterangan", blank=True)
    start = models.DateTimeField("mulai")
    end = models.DateTimeField("selesai")
    all_day = models.BooleanField("sepanjang hari", default=False)
    timezone = models.CharField("zona waktu", max_length=40, default="Asia/Jakarta")
    venue_name = models.CharField("tempat", max_length=200, blank=True)
    venue_address = models.CharField("alamat", max_length=300, blank=True)
    latitude = models.FloatField("lintang", null=True, blank=True)
    longitude = models.FloatField("bujur", null=True, blank=True)
    dress_code = models.CharField("pakaian", max_length=120, blank=True)
    leader = models.ForeignKey(
        "officials.Official",
        verbose_name="pimpinan",
        on_delete=models.PROTECT,
        related_name="agenda_items",
    )
    representative = models.ForeignKey(
        "officials.Official",
        verbose_name="diwakili oleh",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="represented_items",
    )
    status = models.CharField("status", max_length=15, choices=AgendaStatus.choices, default=AgendaStatus.TENTATIVE)
    visibility = models.CharField("visibilitas", max_length=10, choices=Visibility.choices, default=Visibility.INTERNAL)
    level = models.CharField("tingkat acara", max_length=10, choices=Level.choices, default=Level.PROVINCE)
    invitation = models.ForeignKey(
        Invitation, null=True, blank=True, on_delete=models.SET_NULL, related_name="agenda_items"
    )
    unscheduled = models.BooleanField("acara mendadak", default=False)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = AgendaItemQuerySet.as_manager()

    class Meta:
        ordering = ["start", "id"]
        verbose_name = "agenda"
        verbose_name_plural = "agenda"
        indexes = [
            models.Index(fields=["organization", "start"]),
            models.Index(fields=["organization", "end"]),
            models.Index(fields=["leader", "start"]),
        ]
        constraints = [
            models.CheckConstraint(condition=Q(end__gte=models.F("start")), name="agendaitem_end_after_start")
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def is_cancelled(self) -> bool:
        return self.status == AgendaStatus.CANCELLED


class AgendaStatusChange(OrgOwnedModel):
    """History of an agenda item's status (who, when, from, to, note)."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(max_length=15, blank=True)
    to_status = models.CharField(max_length=15, choices=AgendaStatus.choices)
    note = models.CharField("catatan", max_length=300, blank=True)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status or '—'} → {self.to_status}"


class AssignmentRole(models.TextChoices):
    AIDE = "ajudan", "Ajudan"
    PROTOCOL = "protokol", "Petugas protokol"
    REPORTER = "peliput", "Peliput"
    PHOTOGRAPHER = "fotografer", "Fotografer/videografer"
    OTHER = "lainnya", "Lainnya"


class AgendaAssignment(OrgOwnedModel):
    """A person assigned to an agenda item (user account or official); checked for clashes."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="assignments")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="agenda_assignments",
    )
    official = models.ForeignKey(
        "officials.Official",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="agenda_assignments",
    )
    role = models.CharField("peran", max_length=12, choices=AssignmentRole.choices)
    note = models.CharField("catatan", max_length=200, blank=True)

    class Meta:
        ordering = ["role", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(user__isnull=False) & Q(official__isnull=True))
                | (Q(user__isnull=True) & Q(official__isnull=False)),
                name="agendaassignment_user_xor_official",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.person_label}"

    @property
    def person_key(self) -> str:
        return f"user:{self.user_id}" if self.user_id else f"official:{self.official_id}"

    @property
    def person_label(self) -> str:
        if self.user_id:
            return getattr(self.user, "full_name", "") or self.user.get_username()
        return self.official.full_name


class FeedKind(models.TextChoices):
    LEADER = "pimpinan", "Per pimpinan"
    AUDIENCE = "audiens", "Per audiens"


def new_feed_token() -> str:
    return secrets.token_urlsafe(32)


class CalendarFeed(OrgOwnedModel):
    """A secret, revocable iCalendar subscription (webcal) for one leader or one audience."""

    name = models.CharField("nama", max_length=120)
    token = models.CharField(max_length=64, unique=True, default=new_feed_token, editable=False)
    kind = models.CharField("jenis", max_length=10, choices=FeedKind.choices)
    leader = models.ForeignKey("officials.Official", null=True, blank=True, on_delete=models.CASCADE, related_name="+")
    audience = models.CharField(
        "audiens",
        max_length=10,
        choices=Visibility.choices,
        default=Visibility.INTERNAL,
        help_text="publik = hanya agenda publik; internal = semua agenda.",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    revoked_at = models.DateTimeField(null=True, blank=True)
    last_accessed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["name", "id"]

    def __str__(self) -> str:
        return self.name

    @property
    def active(self) -> bool:
        return self.revoked_at is None
