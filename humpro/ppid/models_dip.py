"""Daftar Informasi Publik (DIP): the register of public information (UU 14/2008 Pasal 9–11, 17)."""

from __future__ import annotations

import datetime as dt
import uuid

from django.db import models

from humpro.core.models import OrgOwnedModel

BERKALA_UPDATE_MONTHS = 6


class Category(models.TextChoices):
    BERKALA = "berkala", "Berkala"
    SERTA_MERTA = "serta_merta", "Serta-merta"
    SETIAP_SAAT = "setiap_saat", "Tersedia setiap saat"
    DIKECUALIKAN = "dikecualikan", "Dikecualikan"


def add_months(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for d in (day.day, 30, 29, 28):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    raise ValueError(day)


class PublicInformation(OrgOwnedModel):
    title = models.CharField("judul informasi", max_length=300)
    summary = models.TextField("ringkasan isi", blank=True)
    category = models.CharField("kategori", max_length=14, choices=Category.choices)
    legal_basis = models.TextField("dasar hukum/alasan pengecualian", blank=True)
    consequence_test = models.TextField("hasil uji konsekuensi", blank=True)
    owner_unit = models.ForeignKey(
        "orgs.Unit",
        verbose_name="unit penguasa informasi",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    responsible = models.CharField("penanggung jawab", max_length=200, blank=True)
    form = models.CharField("bentuk informasi", max_length=60, default="softcopy dan hardcopy")
    period = models.CharField("waktu/periode", max_length=120, blank=True)
    retention = models.CharField("jangka waktu penyimpanan", max_length=120, blank=True)
    last_updated_on = models.DateField("terakhir diperbarui")
    published = models.BooleanField("tampil di daftar publik", default=True)

    class Meta:
        ordering = ["category", "title"]
        verbose_name = "informasi publik (DIP)"

    def __str__(self) -> str:
        return self.title

    @property
    def is_public(self) -> bool:
        return self.published and self.category != Category.DIKECUALIKAN

    @property
    def next_update_on(self) -> dt.date | None:
        """Berkala items must be refreshed at least every 6 months (UU Pasal 9(3))."""
        if self.category != Category.BERKALA:
            return None
        return add_months(self.last_updated_on, BERKALA_UPDATE_MONTHS)


def public_upload_to(instance: PublicDocument, filename: str) -> str:
    return f"ppid/dip/{instance.organization_id}/{uuid.uuid4().hex[:12]}-{filename[-80:]}"


class PublicDocument(OrgOwnedModel):
    info = models.ForeignKey(PublicInformation, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField("judul dokumen", max_length=300)
    file = models.FileField(upload_to=public_upload_to, max_length=300)
    original_name = models.CharField(max_length=200)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.title
