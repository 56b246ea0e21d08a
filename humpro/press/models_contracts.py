"""Media cooperation (kerja sama media): budget lines, contracts, quotas, deliverables,
proofs of publication (bukti tayang) and payment requests (termin)."""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.db import models
from django.db.models import Q

from humpro.core.models import OrgOwnedModel
from humpro.press.models import DewanPersStatus, Outlet, Transition


class EligibilityPolicy(OrgOwnedModel):
    """The conditions an organization sets for partner media (one row per organization)."""

    min_dewan_pers = models.CharField(
        "status Dewan Pers minimal",
        max_length=14,
        choices=DewanPersStatus.choices,
        default=DewanPersStatus.ADMINISTRATIVE,
    )
    require_ukw_utama = models.BooleanField("pemimpin redaksi wajib UKW Utama", default=True)
    require_legal_entity = models.BooleanField("wajib berbadan hukum (akta + SK Kemenkumham)", default=True)
    require_nib = models.BooleanField("wajib NIB", default=True)
    require_npwp = models.BooleanField("wajib NPWP", default=True)
    grace_until = models.DateField(
        "masa tenggang Dewan Pers/UKW sampai",
        null=True,
        blank=True,
        help_text="Sampai tanggal ini syarat Dewan Pers dan UKW hanya menjadi catatan, bukan penghalang.",
    )

    class Meta:
        constraints = [models.UniqueConstraint(fields=["organization"], name="press_policy_one_per_org")]

    def __str__(self) -> str:
        return f"Syarat media mitra {self.organization}"


class BudgetLine(OrgOwnedModel):
    """A budget line (kode rekening/sub kegiatan) of one fiscal year with its ceiling (pagu)."""

    fiscal_year = models.PositiveSmallIntegerField("tahun anggaran")
    code = models.CharField("kode rekening", max_length=60)
    name = models.CharField("uraian", max_length=200)
    ceiling = models.DecimalField("pagu (Rp)", max_digits=16, decimal_places=2)

    class Meta:
        ordering = ["-fiscal_year", "code"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "fiscal_year", "code"], name="press_budget_line_unique")
        ]

    def __str__(self) -> str:
        return f"{self.fiscal_year} · {self.code} {self.name}"

    def committed(self, exclude_contract: int | None = None) -> Decimal:
        qs = self.contracts.exclude(status=Contract.Status.CANCELLED)
        if exclude_contract:
            qs = qs.exclude(pk=exclude_contract)
        return qs.aggregate(total=models.Sum("value"))["total"] or Decimal(0)


class Contract(OrgOwnedModel):
    """A cooperation contract (SPK/perjanjian kerja sama) with one outlet for one fiscal year."""

    class Status(models.TextChoices):
        ACTIVE = "active", "Berjalan"
        FINISHED = "finished", "Selesai"
        CANCELLED = "cancelled", "Dibatalkan"

    outlet = models.ForeignKey(Outlet, on_delete=models.PROTECT, related_name="contracts")
    budget_line = models.ForeignKey(BudgetLine, on_delete=models.PROTECT, related_name="contracts")
    fiscal_year = models.PositiveSmallIntegerField("tahun anggaran")
    number = models.CharField("nomor SPK/perjanjian", max_length=100)
    title = models.CharField("uraian pekerjaan", max_length=200)
    value = models.DecimalField("nilai kontrak (Rp)", max_digits=16, decimal_places=2)
    start_date = models.DateField("mulai")
    end_date = models.DateField("selesai")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.ACTIVE)
    eligibility = models.JSONField("hasil pemeriksaan syarat", default=list, blank=True)
    override_reason = models.TextField("alasan pengecualian syarat", blank=True)

    class Meta:
        ordering = ["-fiscal_year", "outlet__name", "id"]
        constraints = [
            models.UniqueConstraint(fields=["organization", "number"], name="press_contract_number_unique"),
            models.CheckConstraint(
                condition=Q(end_date__gte=models.F("start_date")),
                name="press_contract_period_ordered",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} — {self.outlet}"


class DeliverableKind(models.TextChoices):
    ARTICLE = "artikel", "Berita/artikel"
    ADVERTORIAL = "advertorial", "Advertorial"
    BANNER = "banner", "Banner/iklan tayang"
    SPOT = "spot", "Spot siaran"


class Quota(OrgOwnedModel):
    """`quantity` deliverables of one kind per period (month, quarter, or the whole contract)."""

    class Period(models.TextChoices):
        MONTH = "month", "per bulan"
        QUARTER = "quarter", "per triwulan"
        CONTRACT = "contract", "selama kontrak"

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="quotas")
    kind = models.CharField("jenis", max_length=12, choices=DeliverableKind.choices)
    quantity = models.PositiveIntegerField("jumlah per periode")
    period = models.CharField("periode", max_length=8, choices=Period.choices)
    unit_price = models.DecimalField("harga satuan (Rp)", max_digits=14, decimal_places=2)

    class Meta:
        ordering = ["id"]

    def __str__(self) -> str:
        return f"{self.quantity} {self.get_kind_display()} {self.get_period_display()}"


class Deliverable(OrgOwnedModel):
    """One expected publication (a slot of a quota in one period) and its proof state."""

    class Status(models.TextChoices):
        PENDING = "pending", "Belum ada bukti"
        SUBMITTED = "submitted", "Bukti diajukan"
        VERIFIED = "verified", "Terverifikasi"
        RETURNED = "returned", "Dikembalikan"

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="deliverables")
    quota = models.ForeignKey(Quota, on_delete=models.CASCADE, related_name="deliverables")
    kind = models.CharField(max_length=12, choices=DeliverableKind.choices)
    sequence = models.PositiveIntegerField("ke-")
    period_start = models.DateField("awal periode")
    due_date = models.DateField("batas periode")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    verified_at = models.DateTimeField(null=True, blank=True)
    on_time = models.BooleanField(null=True, blank=True)
    payment = models.ForeignKey(
        "PaymentRequest",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="deliverables",
    )

    class Meta:
        ordering = ["due_date", "kind", "sequence", "id"]
        indexes = [models.Index(fields=["contract", "status"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} #{self.sequence} ({self.period_start:%m/%Y})"

    @property
    def unit_price(self) -> Decimal:
        return self.quota.unit_price


class DeliverableTransition(Transition):
    deliverable = models.ForeignKey(Deliverable, on_delete=models.CASCADE, related_name="transitions")


class Proof(OrgOwnedModel):
    """A proof of publication (bukti tayang) submitted for one deliverable."""

    class Kind(models.TextChoices):
        ONLINE = "online", "URL + tangkapan layar bertanggal"
        PRINT = "print", "Pindaian halaman cetak"
        BROADCAST = "broadcast", "Rekaman siaran"

    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Diajukan"
        VERIFIED = "verified", "Terverifikasi"
        RETURNED = "returned", "Dikembalikan"

    deliverable = models.ForeignKey(Deliverable, on_delete=models.CASCADE, related_name="proofs")
    kind = models.CharField("jenis bukti", max_length=10, choices=Kind.choices)
    url = models.URLField("URL tayang", max_length=500, blank=True)
    published_on = models.DateField("tanggal tayang/terbit")
    file = models.FileField("berkas bukti", upload_to="press/proofs/%Y/%m/")
    content_type = models.CharField(max_length=60, blank=True)
    note = models.TextField("keterangan", blank=True)
    submitted_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    review_note = models.TextField("catatan pemeriksa", blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"Bukti tayang {self.deliverable} ({self.published_on:%d/%m/%Y})"


class PaymentRequest(OrgOwnedModel):
    """A payment request (termin) for verified deliverables of one contract."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", "Diajukan"
        APPROVED = "approved", "Disetujui"
        PAID = "paid", "Dibayar"
        REJECTED = "rejected", "Ditolak"

    contract = models.ForeignKey(Contract, on_delete=models.PROTECT, related_name="payments")
    term = models.PositiveSmallIntegerField("termin ke-")
    amount = models.DecimalField("jumlah (Rp)", max_digits=16, decimal_places=2)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.SUBMITTED)
    reference = models.CharField("nomor SP2D/bukti bayar", max_length=100, blank=True)
    paid_on = models.DateField("tanggal bayar", null=True, blank=True)

    class Meta:
        ordering = ["contract", "term"]
        constraints = [models.UniqueConstraint(fields=["contract", "term"], name="press_payment_term_unique")]

    def __str__(self) -> str:
        return f"Termin {self.term} — {self.contract.number}"


class PaymentTransition(Transition):
    payment = models.ForeignKey(PaymentRequest, on_delete=models.CASCADE, related_name="transitions")


class ContractDocument(OrgOwnedModel):
    """SPK, invoice, BAST and other files of a contract (optionally of one termin)."""

    class Kind(models.TextChoices):
        SPK = "spk", "SPK/perjanjian"
        INVOICE = "invoice", "Invoice/tagihan"
        BAST = "bast", "BAST"
        OTHER = "lainnya", "Lainnya"

    contract = models.ForeignKey(Contract, on_delete=models.CASCADE, related_name="documents")
    payment = models.ForeignKey(
        PaymentRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    kind = models.CharField("jenis dokumen", max_length=8, choices=Kind.choices)
    file = models.FileField("berkas", upload_to="press/contracts/%Y/")
    description = models.CharField("keterangan", max_length=200, blank=True)

    class Meta:
        ordering = ["kind", "-created_at"]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} — {self.contract.number}"
