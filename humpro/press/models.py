"""Partner media registry: outlets, journalists, accreditation cards and portal users.

Contracts, deliverables, proofs and payments live in `models_contracts.py` (re-exported below).
"""

from __future__ import annotations

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.db import models
from django.utils import timezone

from humpro.core.models import OrgOwnedModel, OrgQuerySet


class MediaType(models.TextChoices):
    PRINT = "cetak", "Media cetak"
    ONLINE = "siber", "Media siber/daring"
    TV = "tv", "Televisi"
    RADIO = "radio", "Radio"
    AGENCY = "kantor_berita", "Kantor berita"
    SOCIAL = "media_sosial", "Akun/admin media sosial"


class DewanPersStatus(models.TextChoices):
    NONE = "none", "Belum terverifikasi"
    ADMINISTRATIVE = "administratif", "Terverifikasi administratif"
    FACTUAL = "faktual", "Terverifikasi faktual"


DEWAN_PERS_RANK = {
    DewanPersStatus.NONE: 0,
    DewanPersStatus.ADMINISTRATIVE: 1,
    DewanPersStatus.FACTUAL: 2,
}


class UkwLevel(models.TextChoices):
    NONE = "none", "Belum UKW"
    MUDA = "muda", "Muda"
    MADYA = "madya", "Madya"
    UTAMA = "utama", "Utama"


class ReachUnit(models.TextChoices):
    COPIES = "eksemplar", "eksemplar per terbit"
    VISITS = "kunjungan", "kunjungan per bulan"
    FOLLOWERS = "pengikut", "pengikut"
    AUDIENCE = "pemirsa", "pemirsa/pendengar"


def domain_of(url: str) -> str:
    """The host of a URL without "www." (lower case), "" when there is none."""
    if not url:
        return ""
    host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


class OutletQuerySet(OrgQuerySet):
    def search(self, q: str) -> OutletQuerySet:
        if not q:
            return self
        return self.filter(
            models.Q(name__icontains=q) | models.Q(domain__icontains=q) | models.Q(legal_name__icontains=q)
        )


class Outlet(OrgOwnedModel):
    """A partner media outlet (perusahaan pers) or a social-media account/admin.

    The monitoring module reads `website`, `feed_urls` (RSS/Atom) and `sitemap_urls`
    (lists of absolute URLs) and `social_accounts` (list of {"platform", "handle", "url"}).
    """

    name = models.CharField("nama media", max_length=200)
    media_type = models.CharField("jenis media", max_length=16, choices=MediaType.choices)
    is_active = models.BooleanField("aktif", default=True)
    # legal entity and documents
    legal_name = models.CharField("badan hukum", max_length=200, blank=True, help_text="Mis. PT Nusa Makmur Media.")
    kbli = models.CharField("KBLI", max_length=40, blank=True)
    deed_number = models.CharField("nomor akta pendirian", max_length=100, blank=True)
    deed_date = models.DateField("tanggal akta", null=True, blank=True)
    sk_kemenkumham = models.CharField("nomor SK Kemenkumham", max_length=100, blank=True)
    nib = models.CharField("NIB", max_length=20, blank=True)
    npwp = models.CharField("NPWP", max_length=25, blank=True)
    # Dewan Pers
    dewan_pers_status = models.CharField(
        "status Dewan Pers",
        max_length=14,
        choices=DewanPersStatus.choices,
        default=DewanPersStatus.NONE,
    )
    dewan_pers_date = models.DateField("tanggal verifikasi Dewan Pers", null=True, blank=True)
    dewan_pers_evidence = models.CharField("bukti verifikasi (nomor/URL)", max_length=300, blank=True)
    # redaksi
    chief_editor = models.CharField("pemimpin redaksi/penanggung jawab", max_length=200, blank=True)
    chief_editor_ukw = models.CharField(
        "jenjang UKW pemimpin redaksi",
        max_length=6,
        choices=UkwLevel.choices,
        default=UkwLevel.NONE,
    )
    chief_editor_ukw_number = models.CharField("nomor sertifikat UKW pemred", max_length=60, blank=True)
    # contact and channels
    address = models.TextField("alamat redaksi", blank=True)
    city = models.CharField("kabupaten/kota", max_length=100, blank=True)
    phone = models.CharField("telepon", max_length=40, blank=True)
    email = models.EmailField("email redaksi", blank=True)
    website = models.URLField("situs web", max_length=300, blank=True)
    domain = models.CharField("domain", max_length=200, blank=True, db_index=True, editable=False)
    feed_urls = models.JSONField("URL RSS/Atom", default=list, blank=True)
    sitemap_urls = models.JSONField("URL sitemap", default=list, blank=True)
    social_accounts = models.JSONField("akun media sosial", default=list, blank=True)
    reach = models.PositiveBigIntegerField("jangkauan/oplah", null=True, blank=True)
    reach_unit = models.CharField("satuan jangkauan", max_length=10, choices=ReachUnit.choices, blank=True)
    notes = models.TextField("catatan", blank=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name", "id"]
        verbose_name = "media mitra"
        verbose_name_plural = "media mitra"
        indexes = [models.Index(fields=["organization", "name"])]

    def __str__(self) -> str:
        return self.name

    def save(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        self.domain = domain_of(self.website)
        super().save(*args, **kwargs)

    def monitoring_sources(self) -> dict[str, list[str] | str]:
        """What the monitoring module crawls for this outlet."""
        return {
            "website": self.website,
            "feeds": list(self.feed_urls or []),
            "sitemaps": list(self.sitemap_urls or []),
            "social": [a.get("url") or a.get("handle", "") for a in self.social_accounts or []],
        }


class OutletDocument(OrgOwnedModel):
    """A scanned legal document of an outlet (akta, SK Kemenkumham, NIB, NPWP, Dewan Pers…)."""

    class Kind(models.TextChoices):
        DEED = "akta", "Akta pendirian"
        SK = "sk_kemenkumham", "SK Kemenkumham"
        NIB = "nib", "NIB"
        NPWP = "npwp", "NPWP"
        DEWAN_PERS = "dewan_pers", "Sertifikat/bukti Dewan Pers"
        UKW = "ukw", "Sertifikat UKW"
        OTHER = "lainnya", "Lainnya"

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="documents")
    kind = models.CharField("jenis dokumen", max_length=16, choices=Kind.choices)
    file = models.FileField("berkas", upload_to="press/outlets/%Y/")
    description = models.CharField("keterangan", max_length=200, blank=True)

    class Meta:
        ordering = ["kind", "-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.outlet}"


class Journalist(OrgOwnedModel):
    """A journalist or contact person of an outlet."""

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="journalists")
    name = models.CharField("nama", max_length=200)
    position = models.CharField("jabatan di redaksi", max_length=100, blank=True)
    beat = models.CharField("desk/liputan", max_length=100, blank=True)
    ukw_level = models.CharField("jenjang UKW", max_length=6, choices=UkwLevel.choices, default=UkwLevel.NONE)
    ukw_certificate = models.CharField("nomor sertifikat UKW", max_length=60, blank=True)
    phone = models.CharField("telepon", max_length=40, blank=True)
    email = models.EmailField("email", blank=True)
    is_primary_contact = models.BooleanField("kontak utama", default=False)
    is_active = models.BooleanField(
        "masih aktif",
        default=True,
        help_text="Wartawan nonaktif tidak lagi menerima siaran pers lewat daftar distribusi.",
    )

    class Meta:
        ordering = ["-is_primary_contact", "name", "id"]
        verbose_name = "wartawan"
        verbose_name_plural = "wartawan"

    def __str__(self) -> str:
        return f"{self.name} ({self.outlet})"


def _card_code() -> str:
    return secrets.token_urlsafe(12)


class AccreditationCard(OrgOwnedModel):
    """A press accreditation card (kartu liputan) verifiable by anyone via its QR code."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Berlaku"
        REVOKED = "revoked", "Dicabut"

    journalist = models.ForeignKey(Journalist, on_delete=models.CASCADE, related_name="cards")
    number = models.CharField("nomor kartu", max_length=40)
    code = models.CharField(max_length=32, unique=True, default=_card_code, editable=False)
    valid_from = models.DateField("berlaku mulai")
    valid_until = models.DateField("berlaku sampai")
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.ACTIVE)
    revoked_reason = models.CharField("alasan pencabutan", max_length=300, blank=True)

    class Meta:
        ordering = ["-valid_until", "-id"]
        constraints = [models.UniqueConstraint(fields=["organization", "number"], name="press_card_number_unique")]

    def __str__(self) -> str:
        return f"Kartu {self.number} — {self.journalist.name}"

    def is_valid_on(self, day: object = None) -> bool:
        day = day or timezone.localdate()
        return self.status == self.Status.ACTIVE and self.valid_from <= day <= self.valid_until


class OutletUser(OrgOwnedModel):
    """Links a user holding the role partner_media to the one outlet they act for."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="press_links")
    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="portal_users")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization", "user"], name="press_outlet_user_unique")]

    def __str__(self) -> str:
        return f"{self.user} → {self.outlet}"


class Transition(models.Model):
    """Base of the status history rows (who, when, from, to, note)."""

    from_status = models.CharField(max_length=20, blank=True)
    to_status = models.CharField(max_length=20)
    note = models.TextField(blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        abstract = True
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.from_status or '-'} → {self.to_status}"


class ProfileUpdate(OrgOwnedModel):
    """A change of an outlet's profile proposed through the portal, reviewed by media relations."""

    class Status(models.TextChoices):
        PENDING = "pending", "Menunggu tinjauan"
        APPROVED = "approved", "Disetujui"
        REJECTED = "rejected", "Ditolak"

    outlet = models.ForeignKey(Outlet, on_delete=models.CASCADE, related_name="profile_updates")
    proposed_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    changes = models.JSONField("perubahan", default=dict)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Usulan perubahan profil {self.outlet}"


class ProfileUpdateTransition(Transition):
    update = models.ForeignKey(ProfileUpdate, on_delete=models.CASCADE, related_name="transitions")


from humpro.press.models_contracts import (  # noqa: E402,F401  (one models module for Django)
    BudgetLine,
    Contract,
    ContractDocument,
    Deliverable,
    DeliverableKind,
    DeliverableTransition,
    EligibilityPolicy,
    PaymentRequest,
    PaymentTransition,
    Proof,
    Quota,
)
