from __future__ import annotations

from django.db import models
from django.db.models import Q
from django.utils import timezone

from humpro.core.models import OrgOwnedModel, OrgQuerySet


class Level(models.TextChoices):
    NATIONAL = "nasional", "Nasional"
    PROVINCE = "provinsi", "Provinsi"
    REGENCY = "kabupaten", "Kabupaten/Kota"


class TierSource(models.TextChoices):
    MANUAL = "manual", "ditetapkan manual"
    RECOGNISED = "recognised", "dikenali dari jabatan"
    NONE = "none", "belum ditempatkan"


class OfficialQuerySet(OrgQuerySet):
    def search(self, q: str) -> OfficialQuerySet:
        if not q:
            return self
        return self.filter(Q(name__icontains=q) | Q(offices__title__icontains=q)).distinct()


class Official(OrgOwnedModel):
    """A person in the officials directory (pejabat)."""

    name = models.CharField("nama", max_length=200, db_index=True)
    front_title = models.CharField("gelar depan", max_length=60, blank=True)
    degrees = models.CharField("gelar belakang", max_length=100, blank=True)
    photo = models.ImageField("foto", upload_to="officials/", blank=True)
    phone = models.CharField("telepon", max_length=40, blank=True)
    email = models.EmailField("email", blank=True)
    notes = models.TextField("catatan", blank=True)

    objects = OfficialQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = "pejabat"
        verbose_name_plural = "pejabat"
        indexes = [models.Index(fields=["organization", "name"])]

    def __str__(self) -> str:
        return self.full_name

    @property
    def full_name(self) -> str:
        name = f"{self.front_title} {self.name}".strip()
        return f"{name}, {self.degrees}" if self.degrees else name

    def current_office(self) -> Office | None:
        offices = getattr(self, "current_offices", None)
        if offices is not None:
            return offices[0] if offices else None
        return self.offices.current().first()


class OfficeQuerySet(models.QuerySet):
    def current(self, on: object = None) -> OfficeQuerySet:
        day = on or timezone.localdate()
        return self.filter(Q(start_date__isnull=True) | Q(start_date__lte=day)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=day)
        ).order_by("-start_date", "-id")


class Office(OrgOwnedModel):
    """An office (jabatan) an official holds or held, with its tata tempat tier."""

    official = models.ForeignKey(Official, on_delete=models.CASCADE, related_name="offices")
    title = models.CharField("jabatan (sesuai tulisan)", max_length=300)
    institution = models.CharField("instansi", max_length=200, blank=True)
    level = models.CharField("tingkat", max_length=10, choices=Level.choices)
    tier = models.CharField("kode tata tempat", max_length=10, blank=True, db_index=True,
                            help_text='Huruf tata tempat UU 9/2010, mis. "10.1.g".')
    tier_source = models.CharField(max_length=12, choices=TierSource.choices, default=TierSource.NONE)
    start_date = models.DateField("mulai", null=True, blank=True)
    end_date = models.DateField("selesai", null=True, blank=True)

    objects = OfficeQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "-id"]
        verbose_name = "jabatan"
        verbose_name_plural = "jabatan"
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="office_period_ordered",
            )
        ]

    def __str__(self) -> str:
        return self.title

    @property
    def is_current(self) -> bool:
        today = timezone.localdate()
        return (self.start_date is None or self.start_date <= today) and (
            self.end_date is None or self.end_date >= today
        )
