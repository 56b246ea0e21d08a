from __future__ import annotations

import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from humpro.orgs.roles import Role

TIME_ZONES = [
    ("Asia/Jakarta", "WIB (Asia/Jakarta)"),
    ("Asia/Makassar", "WITA (Asia/Makassar)"),
    ("Asia/Jayapura", "WIT (Asia/Jayapura)"),
]
TZ_ABBREVIATIONS = {"Asia/Jakarta": "WIB", "Asia/Makassar": "WITA", "Asia/Jayapura": "WIT"}


class OrganizationKind(models.TextChoices):
    PROVINCE = "provinsi", "Provinsi"
    REGENCY = "kabupaten", "Kabupaten"
    CITY = "kota", "Kota"


class Organization(models.Model):
    """A provincial, regency or city government whose PR office uses humpro."""

    slug = models.SlugField("kode", unique=True, max_length=60)
    name = models.CharField("nama", max_length=200)
    kind = models.CharField("jenis", max_length=12, choices=OrganizationKind.choices)
    parent = models.ForeignKey(
        "self", verbose_name="induk", null=True, blank=True, on_delete=models.PROTECT,
        related_name="children",
    )
    timezone = models.CharField("zona waktu", max_length=40, choices=TIME_ZONES, default="Asia/Jakarta")
    logo = models.ImageField("logo", upload_to="orgs/logos/", blank=True)
    leader_title = models.CharField("sebutan pimpinan", max_length=60, default="Gubernur")
    require_2fa_for_heads = models.BooleanField(
        "wajibkan 2FA untuk kepala dan admin", default=False
    )
    cuti_bersama_is_workday = models.BooleanField(
        "cuti bersama dihitung hari kerja", default=False,
        help_text="Bawaan: cuti bersama bukan hari kerja (kantor tutup).",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = "organisasi"
        verbose_name_plural = "organisasi"

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if self.timezone not in zoneinfo.available_timezones():
            raise ValidationError({"timezone": "Zona waktu tidak dikenal."})
        if self.parent_id and self.parent_id == self.pk:
            raise ValidationError({"parent": "Organisasi tidak bisa menjadi induk dirinya sendiri."})

    @property
    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.timezone)

    @property
    def tz_abbreviation(self) -> str:
        return TZ_ABBREVIATIONS.get(self.timezone, self.timezone)


class Unit(models.Model):
    """A unit inside an organization: Biro Humas, Bagian Protokol, PPID, Diskominfo..."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="units")
    name = models.CharField("nama unit", max_length=200)
    short_name = models.CharField("singkatan", max_length=40, blank=True)

    class Meta:
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "name"], name="unit_unique_name_per_org")
        ]

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    """One role a user holds in one organization (a user may hold several)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField("peran", max_length=20, choices=Role.choices)
    unit = models.ForeignKey(Unit, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organization", "role"], name="membership_unique_role"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} — {self.get_role_display()} @ {self.organization}"
