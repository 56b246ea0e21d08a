"""The documentation archive: photos and videos with caption, credit and tagged people."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.db.models import Q

from humpro.core.models import OrgOwnedModel, OrgQuerySet


class MediaKind(models.TextChoices):
    PHOTO = "photo", "Foto"
    VIDEO = "video", "Video"


class ProcessingStatus(models.TextChoices):
    PENDING = "pending", "menunggu diproses"
    DONE = "done", "siap"
    FAILED = "failed", "gagal diproses"


class MediaQuerySet(OrgQuerySet):
    def search(self, q: str) -> MediaQuerySet:
        if not q:
            return self
        return self.filter(
            Q(caption__icontains=q)
            | Q(credit__icontains=q)
            | Q(original_name__icontains=q)
            | Q(people__name__icontains=q)
        ).distinct()


class MediaAsset(OrgOwnedModel):
    kind = models.CharField("jenis", max_length=5, choices=MediaKind.choices)
    file = models.FileField("berkas", upload_to="newsroom/media/%Y/%m/")
    original_name = models.CharField("nama berkas asal", max_length=255)
    mime = models.CharField(max_length=60)
    size = models.PositiveBigIntegerField(default=0)
    sha256 = models.CharField(max_length=64, db_index=True)
    width = models.PositiveIntegerField(null=True, blank=True)
    height = models.PositiveIntegerField(null=True, blank=True)
    taken_at = models.DateTimeField("waktu pengambilan", null=True, blank=True)
    exif = models.JSONField(default=dict, blank=True)
    caption = models.TextField("keterangan foto", blank=True)
    credit = models.CharField("kredit", max_length=160, blank=True)
    people = models.ManyToManyField(
        "officials.Official",
        blank=True,
        related_name="media_assets",
        verbose_name="orang dalam foto",
    )
    agenda_item = models.ForeignKey(
        "agenda.AgendaItem",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="media_assets",
        verbose_name="agenda terkait",
    )
    thumbnail = models.ImageField(upload_to="newsroom/thumbs/%Y/%m/", blank=True)
    web = models.ImageField(upload_to="newsroom/web/%Y/%m/", blank=True)
    # videos: the poster frame goes into thumbnail/web above; web_video is an H.264 MP4 rendition
    duration = models.FloatField("durasi (detik)", null=True, blank=True)
    web_video = models.FileField("video untuk web", upload_to="newsroom/web/%Y/%m/", blank=True)
    processing = models.CharField(max_length=8, choices=ProcessingStatus.choices, default=ProcessingStatus.PENDING)
    processing_error = models.CharField(max_length=300, blank=True)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    objects = MediaQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = "dokumentasi"
        verbose_name_plural = "dokumentasi"

    def __str__(self) -> str:
        return self.caption[:60] or self.original_name

    @property
    def duration_label(self) -> str:
        """m:ss (or h:mm:ss) of a video, "" when unknown."""
        if self.duration is None:
            return ""
        minutes, seconds = divmod(round(self.duration), 60)
        hours, minutes = divmod(minutes, 60)
        return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"
