"""Register of information requests (rules-id §2.3), dispositions, history and objections."""

from __future__ import annotations

import hashlib
import hmac
import uuid

from django.conf import settings
from django.db import models

from humpro.core.models import OrgOwnedModel


class Channel(models.TextChoices):
    WEB = "web", "Formulir web"
    COUNTER = "langsung", "Langsung (loket)"
    EMAIL = "email", "Email"
    LETTER = "surat", "Surat"


class RequesterKind(models.TextChoices):
    PERSON = "perorangan", "Perorangan"
    ENTITY = "badan_hukum", "Badan hukum"


class InfoForm(models.TextChoices):
    SOFTCOPY = "softcopy", "Salinan elektronik (softcopy)"
    HARDCOPY = "hardcopy", "Salinan tercetak (hardcopy)"


class Delivery(models.TextChoices):
    EMAIL = "email", "Email"
    PICKUP = "ambil", "Mengambil langsung"
    POST = "pos", "Pos/kurir"


class Status(models.TextChoices):
    RECEIVED = "diterima", "Diterima"
    DISPOSED = "didisposisi", "Didisposisikan"
    ANSWERED = "dijawab_unit", "Jawaban unit lengkap"
    DECIDED = "diputuskan", "Pemberitahuan tertulis terbit"
    DELIVERED = "disampaikan", "Informasi disampaikan"


OPEN_STATUSES = (Status.RECEIVED, Status.DISPOSED, Status.ANSWERED)


class Decision(models.TextChoices):
    GRANTED = "dikabulkan", "Diterima seluruhnya"
    PARTLY = "sebagian", "Diterima sebagian"
    REFUSED = "ditolak", "Ditolak"
    NOT_HELD = "tidak_dikuasai", "Informasi tidak dikuasai"


class Exemption(models.TextChoices):
    """UU 14/2008 Pasal 17 (letters a–j; wording summarised, rules-id §2.2)."""

    A = "a", "Pasal 17 huruf a: menghambat proses penegakan hukum"
    B = "b", "Pasal 17 huruf b: mengganggu perlindungan HKI/persaingan usaha sehat"
    C = "c", "Pasal 17 huruf c: membahayakan pertahanan dan keamanan negara"
    D = "d", "Pasal 17 huruf d: mengungkap kekayaan alam Indonesia"
    E = "e", "Pasal 17 huruf e: merugikan ketahanan ekonomi nasional"
    F = "f", "Pasal 17 huruf f: merugikan kepentingan hubungan luar negeri"
    G = "g", "Pasal 17 huruf g: mengungkap isi akta otentik/wasiat pribadi"
    H = "h", "Pasal 17 huruf h: mengungkap rahasia pribadi"
    I = "i", "Pasal 17 huruf i: memorandum antar/intra badan publik yang dirahasiakan"  # noqa: E741
    J = "j", "Pasal 17 huruf j: informasi yang tidak boleh diungkap berdasarkan undang-undang"


def hash_code(code: str) -> str:
    """Keyed hash of a tracking code (the code itself is never stored)."""
    key = settings.SECRET_KEY.encode()
    normalised = code.replace("-", "").replace(" ", "").strip().upper()
    return hmac.new(key, normalised.encode(), hashlib.sha256).hexdigest()


class InformationRequest(OrgOwnedModel):
    number = models.CharField("nomor pendaftaran", max_length=40)
    year = models.PositiveIntegerField()
    sequence = models.PositiveIntegerField()
    tracking_code_hash = models.CharField(max_length=64, editable=False)
    received_at = models.DateTimeField("waktu diterima")
    received_on = models.DateField("tanggal diterima")
    channel = models.CharField("jenis permohonan", max_length=10, choices=Channel.choices)
    requester_kind = models.CharField(
        "jenis pemohon", max_length=12, choices=RequesterKind.choices, default=RequesterKind.PERSON
    )
    requester_name = models.CharField("nama pemohon", max_length=200)
    nik = models.CharField("NIK", max_length=16, blank=True)
    representative = models.CharField("nama kuasa/penanggung jawab", max_length=200, blank=True)
    address = models.TextField("alamat")
    phone = models.CharField("telepon", max_length=30, blank=True)
    email = models.EmailField("email", blank=True)
    occupation = models.CharField("pekerjaan", max_length=120, blank=True)
    information = models.TextField("informasi yang diminta")
    purpose = models.TextField("tujuan penggunaan informasi")
    form = models.CharField(
        "bentuk informasi", max_length=10, choices=InfoForm.choices, default=InfoForm.SOFTCOPY
    )
    delivery = models.CharField(
        "cara penyampaian", max_length=10, choices=Delivery.choices, default=Delivery.EMAIL
    )
    status = models.CharField(max_length=14, choices=Status.choices, default=Status.RECEIVED)
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="petugas",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    due_on = models.DateField("batas waktu")
    extended_due_on = models.DateField("batas waktu perpanjangan", null=True, blank=True)
    extension_reason = models.TextField("alasan perpanjangan", blank=True)
    decision = models.CharField("keputusan", max_length=16, choices=Decision.choices, blank=True)
    response = models.TextField("tanggapan/informasi yang diberikan", blank=True)
    exemptions = models.JSONField("dasar pengecualian (Pasal 17)", default=list, blank=True)
    consequence_test = models.TextField("hasil uji konsekuensi", blank=True)
    holding_body = models.CharField("badan publik yang menguasai", max_length=200, blank=True)
    fee = models.PositiveIntegerField("biaya (Rp)", default=0)
    fee_payment = models.CharField("cara pembayaran", max_length=200, blank=True)
    notice_number = models.CharField("nomor surat pemberitahuan", max_length=80, blank=True)
    notice_issued_at = models.DateTimeField("tanggal pemberitahuan tertulis", null=True, blank=True)
    delivered_at = models.DateTimeField("tanggal penyampaian informasi", null=True, blank=True)
    delivery_note = models.CharField("catatan penyampaian", max_length=300, blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "number"], name="ppid_request_unique_number"
            ),
        ]
        indexes = [models.Index(fields=["organization", "status", "due_on"])]

    def __str__(self) -> str:
        return f"{self.number} {self.requester_name}"

    @property
    def effective_due(self):  # type: ignore[no-untyped-def]
        return self.extended_due_on or self.due_on

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def check_code(self, code: str) -> bool:
        return hmac.compare_digest(self.tracking_code_hash, hash_code(code))


def identity_upload_to(instance: RequesterDocument, filename: str) -> str:
    suffix = filename.rsplit(".", 1)[-1].lower()[:8] if "." in filename else "bin"
    return f"private/ppid/{instance.organization_id}/{uuid.uuid4().hex}.{suffix}"


class RequesterDocument(OrgOwnedModel):
    """Identity or legal-entity document; stored under private/ and served only by a checked
    view."""

    class Kind(models.TextChoices):
        KTP = "ktp", "KTP/identitas"
        DEED = "akta", "Akta pendirian badan hukum"
        LEGALISATION = "pengesahan", "Pengesahan Kemenkumham"
        POWER = "kuasa", "Surat kuasa"
        OTHER = "lain", "Lainnya"

    request = models.ForeignKey(
        InformationRequest, on_delete=models.CASCADE, related_name="documents"
    )
    kind = models.CharField("jenis dokumen", max_length=12, choices=Kind.choices)
    file = models.FileField(upload_to=identity_upload_to, max_length=300)
    original_name = models.CharField(max_length=200)
    content_type = models.CharField(max_length=100, default="application/octet-stream")

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.original_name}"


class Disposition(OrgOwnedModel):
    """PPID Utama → one PPID Pelaksana unit, answering its part of the request."""

    request = models.ForeignKey(
        InformationRequest, on_delete=models.CASCADE, related_name="dispositions"
    )
    unit = models.ForeignKey(
        "orgs.Unit", verbose_name="unit PPID Pelaksana", on_delete=models.PROTECT, related_name="+"
    )
    instruction = models.TextField("instruksi/bagian yang diminta", blank=True)
    disposed_at = models.DateTimeField()
    disposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answer = models.TextField("jawaban unit", blank=True)
    held = models.BooleanField("informasi dikuasai unit", default=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["disposed_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["request", "unit"], name="ppid_disposition_unique")
        ]

    def __str__(self) -> str:
        return f"{self.request.number} → {self.unit}"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None


class EventKind(models.TextChoices):
    RECEIVED = "diterima", "Permohonan diterima"
    DISPOSED = "disposisi", "Didisposisikan"
    ANSWERED_PART = "jawab_unit", "Unit menjawab bagiannya"
    EXTENDED = "perpanjang", "Waktu diperpanjang"
    DECIDED = "putus", "Keputusan ditetapkan"
    NOTICE = "pemberitahuan", "Pemberitahuan tertulis terbit"
    DELIVERED = "disampaikan", "Informasi disampaikan"
    OBJECTION = "keberatan", "Keberatan diajukan"
    OBJECTION_ANSWERED = "tanggapan", "Keberatan ditanggapi"
    DISPUTE = "sengketa", "Sengketa ke Komisi Informasi"
    DISPUTE_OUTCOME = "putusan_ki", "Hasil sengketa dicatat"
    REMINDER = "pengingat", "Pengingat dikirim"


class RequestEvent(OrgOwnedModel):
    """One row of a request's history (who, when, from → to, note)."""

    request = models.ForeignKey(InformationRequest, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=16, choices=EventKind.choices)
    at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150, blank=True)
    from_status = models.CharField(max_length=14, blank=True)
    to_status = models.CharField(max_length=14, blank=True)
    note = models.TextField(blank=True)
    public = models.BooleanField(default=True, help_text="ditampilkan di halaman lacak pemohon")

    class Meta:
        ordering = ["at", "id"]

    def __str__(self) -> str:
        return f"{self.request.number} {self.get_kind_display()}"


class ObjectionReason(models.TextChoices):
    """UU 14/2008 Pasal 35(1) a–g."""

    A = "a", "a. penolakan berdasarkan alasan pengecualian (Pasal 17)"
    B = "b", "b. tidak disediakannya informasi berkala (Pasal 9)"
    C = "c", "c. tidak ditanggapinya permintaan informasi"
    D = "d", "d. permintaan ditanggapi tidak sebagaimana yang diminta"
    E = "e", "e. tidak dipenuhinya permintaan informasi"
    F = "f", "f. pengenaan biaya yang tidak wajar"
    G = "g", "g. penyampaian informasi melebihi waktu yang diatur"


class ObjectionStatus(models.TextChoices):
    RECEIVED = "diterima", "Diterima, menunggu tanggapan Atasan PPID"
    ANSWERED = "ditanggapi", "Ditanggapi Atasan PPID"
    DISPUTE = "sengketa", "Sengketa di Komisi Informasi"
    CLOSED = "selesai", "Selesai"


class ObjectionDecision(models.TextChoices):
    UPHELD = "diterima", "Keberatan diterima (informasi diberikan)"
    PARTLY = "sebagian", "Keberatan diterima sebagian"
    REJECTED = "ditolak", "Keberatan ditolak (keputusan PPID dikuatkan)"


class DisputeOutcome(models.TextChoices):
    MEDIATION = "mediasi", "Mediasi berhasil"
    GRANTED = "dikabulkan", "Putusan: permohonan dikabulkan"
    PARTLY = "sebagian", "Putusan: dikabulkan sebagian"
    REJECTED = "ditolak", "Putusan: permohonan ditolak"
    WITHDRAWN = "dicabut", "Dicabut/gugur"


class Objection(OrgOwnedModel):
    request = models.ForeignKey(
        InformationRequest, on_delete=models.CASCADE, related_name="objections"
    )
    number = models.CharField("nomor keberatan", max_length=40)
    received_at = models.DateTimeField("waktu diterima")
    received_on = models.DateField("tanggal diterima")
    reasons = models.JSONField("alasan (Pasal 35 ayat 1)", default=list)
    description = models.TextField("uraian keberatan", blank=True)
    due_on = models.DateField("batas tanggapan")
    status = models.CharField(
        max_length=12, choices=ObjectionStatus.choices, default=ObjectionStatus.RECEIVED
    )
    decision = models.CharField(
        "tanggapan", max_length=10, choices=ObjectionDecision.choices, blank=True
    )
    response = models.TextField("isi tanggapan Atasan PPID", blank=True)
    responder_name = models.CharField("nama/jabatan Atasan PPID", max_length=200, blank=True)
    responded_at = models.DateTimeField(null=True, blank=True)
    dispute_number = models.CharField("nomor register Komisi Informasi", max_length=80, blank=True)
    dispute_filed_on = models.DateField("tanggal permohonan sengketa", null=True, blank=True)
    dispute_outcome = models.CharField(
        "hasil sengketa", max_length=12, choices=DisputeOutcome.choices, blank=True
    )
    dispute_outcome_on = models.DateField("tanggal hasil sengketa", null=True, blank=True)
    dispute_note = models.TextField("catatan sengketa", blank=True)
    court_filed = models.BooleanField("digugat ke pengadilan", default=False)
    court_note = models.TextField("putusan pengadilan dan pelaksanaannya", blank=True)

    class Meta:
        ordering = ["-received_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "number"], name="ppid_objection_unique_number"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.number} ({self.request.number})"

    def reason_labels(self) -> list[str]:
        labels = dict(ObjectionReason.choices)
        return [labels.get(r, r) for r in self.reasons]


class PublicFormHit(models.Model):
    """One submission attempt of the public form, for the per-IP rate limit (IP stored hashed)."""

    kind = models.CharField(
        max_length=12
    )  # "mohon" (submission) or "lacak" (failed tracking attempt)
    ip_hash = models.CharField(max_length=64)
    at = models.DateTimeField()

    class Meta:
        indexes = [models.Index(fields=["kind", "ip_hash", "at"])]

    def __str__(self) -> str:
        return f"{self.kind} {self.at:%Y-%m-%d %H:%M}"


from humpro.ppid.models_dip import PublicDocument, PublicInformation  # noqa: E402,F401
