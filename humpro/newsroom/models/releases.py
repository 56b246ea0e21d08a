"""Releases (siaran pers / berita) with their workflow history, versions, comments and quotes."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone

from humpro.core.models import OrgOwnedModel, OrgQuerySet


class ReleaseKind(models.TextChoices):
    PRESS_RELEASE = "siaran_pers", "Siaran pers"
    NEWS = "berita", "Berita"


class ReleaseStatus(models.TextChoices):
    DRAFT = "draft", "Draf"
    REVIEW = "review", "Dalam telaah"
    APPROVED = "approved", "Disetujui"
    SCHEDULED = "scheduled", "Terjadwal (embargo)"
    PUBLISHED = "published", "Terbit"
    CORRECTED = "corrected", "Terbit (dikoreksi)"
    WITHDRAWN = "withdrawn", "Ditarik"


PUBLIC_STATUSES = (ReleaseStatus.PUBLISHED, ReleaseStatus.CORRECTED)


class NewsroomSettings(OrgOwnedModel):
    """Per-organization newsroom settings: who approves releases, credit line, hashtags."""

    approver_roles = models.JSONField("peran penyetuju", default=list, blank=True)
    credit_line = models.CharField(
        "baris kredit dokumentasi",
        max_length=120,
        blank=True,
        help_text='Mis. "Dok. Humas Pemprov Nusa Makmur".',
    )
    default_hashtags = models.CharField("tagar bawaan", max_length=200, blank=True)
    public_title = models.CharField("judul ruang berita publik", max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="newsroom_settings_one_per_org")]
        verbose_name = "pengaturan ruang berita"


class Tag(OrgOwnedModel):
    name = models.CharField("nama", max_length=80)
    slug = models.SlugField(max_length=90)

    class Meta:
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="newsroom_tag_unique_slug")]

    def __str__(self) -> str:
        return self.name


class ReleaseQuerySet(OrgQuerySet):
    def public(self) -> ReleaseQuerySet:
        return self.filter(status__in=PUBLIC_STATUSES, published_at__lte=timezone.now())

    def search(self, q: str) -> ReleaseQuerySet:
        if not q:
            return self
        return self.filter(Q(title__icontains=q) | Q(lead__icontains=q) | Q(body_text__icontains=q))


class Release(OrgOwnedModel):
    kind = models.CharField("jenis", max_length=12, choices=ReleaseKind.choices, default=ReleaseKind.PRESS_RELEASE)
    title = models.CharField("judul", max_length=250)
    slug = models.SlugField(max_length=120)
    lead = models.TextField("teras (lead)", blank=True)
    body = models.TextField("isi (HTML tersanitasi)", blank=True)
    body_text = models.TextField("isi (teks polos)", blank=True, editable=False)
    tags = models.ManyToManyField(Tag, blank=True, related_name="releases", verbose_name="tag")
    agenda_item = models.ForeignKey(
        "agenda.AgendaItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="releases",
        verbose_name="agenda terkait",
    )
    officials = models.ManyToManyField(
        "officials.Official",
        blank=True,
        related_name="releases",
        verbose_name="pejabat yang disebut",
    )
    photos = models.ManyToManyField("newsroom.MediaAsset", blank=True, related_name="releases", verbose_name="foto")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="penulis",
    )
    author_credit = models.CharField("kredit penulis", max_length=120, blank=True)
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="editor",
    )
    editor_credit = models.CharField("kredit editor", max_length=120, blank=True)
    status = models.CharField(max_length=10, choices=ReleaseStatus.choices, default=ReleaseStatus.DRAFT, db_index=True)
    embargo_until = models.DateTimeField("embargo sampai", null=True, blank=True)
    published_at = models.DateTimeField("terbit", null=True, blank=True, db_index=True)
    correction_note = models.TextField("catatan koreksi", blank=True)
    corrected_at = models.DateTimeField(null=True, blank=True)
    withdrawn_reason = models.TextField("alasan penarikan", blank=True)
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    version = models.PositiveIntegerField(default=0)

    objects = ReleaseQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-created_at", "-id"]
        verbose_name = "rilis"
        verbose_name_plural = "rilis"
        constraints = [models.UniqueConstraint(fields=["organization", "slug"], name="newsroom_release_unique_slug")]
        indexes = [models.Index(fields=["organization", "status", "published_at"])]

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES and self.published_at is not None and self.published_at <= timezone.now()


class Quote(OrgOwnedModel):
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="quotes")
    text = models.TextField("kutipan")
    speaker = models.ForeignKey(
        "officials.Official",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="narasumber (direktori)",
    )
    speaker_name = models.CharField("narasumber", max_length=200, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "id"]

    def __str__(self) -> str:
        return self.text[:60]

    @property
    def speaker_label(self) -> str:
        return self.speaker.full_name if self.speaker_id else self.speaker_name


class ReleaseTransition(OrgOwnedModel):
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(max_length=10, choices=ReleaseStatus.choices, blank=True)
    to_status = models.CharField(max_length=10, choices=ReleaseStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True)
    note = models.TextField(blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["at", "id"]


class ReleaseVersion(OrgOwnedModel):
    """A frozen copy of the text of a release, written on every save."""

    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=250)
    lead = models.TextField(blank=True)
    body = models.TextField(blank=True)
    quotes = models.JSONField(default=list, blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.CharField(max_length=300, blank=True)

    class Meta:
        ordering = ["-number"]
        constraints = [models.UniqueConstraint(fields=["release", "number"], name="newsroom_version_unique")]


class ReleaseComment(OrgOwnedModel):
    release = models.ForeignKey(Release, on_delete=models.CASCADE, related_name="comments")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    body = models.TextField("komentar")
    status_at = models.CharField(max_length=10, choices=ReleaseStatus.choices)

    class Meta:
        ordering = ["created_at", "id"]
