"""Forms of the press module (Indonesian labels and messages)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from humpro.orgs.models import Organization
from humpro.press.contracts import QuotaSpec
from humpro.press.models import (
    BudgetLine,
    DeliverableKind,
    EligibilityPolicy,
    Journalist,
    Outlet,
    OutletDocument,
    Proof,
    Quota,
)
from humpro.press.proofs import MB, sniff_content_type
from humpro.press.registry import parse_social, split_list
from humpro.press.services import PORTAL_FIELDS

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ListField(forms.CharField):
    """One URL per line (or separated by ";") ↔ a list of strings."""

    widget = forms.Textarea(attrs={"rows": 2})

    def prepare_value(self, value: Any) -> Any:
        return "\n".join(value) if isinstance(value, list) else value

    def to_python(self, value: Any) -> list[str]:  # type: ignore[override]
        urls = split_list(super().to_python(value) or "")
        validator = forms.URLField(assume_scheme="https")
        for url in urls:
            validator.clean(url)
        return urls


class SocialField(forms.CharField):
    widget = forms.Textarea(attrs={"rows": 2})

    def prepare_value(self, value: Any) -> Any:
        if isinstance(value, list):
            return "\n".join(a.get("url") or f"{a.get('platform')}:{a.get('handle')}" for a in value)
        return value

    def to_python(self, value: Any) -> list[dict[str, str]]:  # type: ignore[override]
        accounts, problems = parse_social(super().to_python(value) or "")
        if problems:
            raise forms.ValidationError(problems)
        return accounts


class OutletForm(forms.ModelForm):
    website = forms.URLField(label=_("Situs web"), required=False, max_length=300, assume_scheme="https")
    feed_urls = ListField(label=_("URL RSS/Atom (satu per baris)"), required=False)
    sitemap_urls = ListField(label=_("URL sitemap (satu per baris)"), required=False)
    social_accounts = SocialField(
        label=_("Akun media sosial (instagram:@akun atau URL, satu per baris)"), required=False
    )

    class Meta:
        model = Outlet
        fields = [
            "name",
            "media_type",
            "is_active",
            "legal_name",
            "kbli",
            "deed_number",
            "deed_date",
            "sk_kemenkumham",
            "nib",
            "npwp",
            "dewan_pers_status",
            "dewan_pers_date",
            "dewan_pers_evidence",
            "chief_editor",
            "chief_editor_ukw",
            "chief_editor_ukw_number",
            "address",
            "city",
            "phone",
            "email",
            "website",
            "feed_urls",
            "sitemap_urls",
            "social_accounts",
            "reach",
            "reach_unit",
            "notes",
        ]
        widgets = {
            "deed_date": DATE,
            "dewan_pers_date": DATE,
            "address": forms.Textarea(attrs={"rows": 2}),
            "notes": forms.Textarea(attrs={"rows": 2}),
        }
        labels = {
            "name": _("Nama media"),
            "media_type": _("Jenis media"),
            "is_active": _("Aktif"),
            "legal_name": _("Badan hukum"),
            "kbli": _("KBLI"),
            "deed_number": _("Nomor akta pendirian"),
            "deed_date": _("Tanggal akta"),
            "sk_kemenkumham": _("Nomor SK Kemenkumham"),
            "nib": _("NIB"),
            "npwp": _("NPWP"),
            "dewan_pers_status": _("Status Dewan Pers"),
            "dewan_pers_date": _("Tanggal verifikasi Dewan Pers"),
            "dewan_pers_evidence": _("Bukti verifikasi (nomor/URL)"),
            "chief_editor": _("Pemimpin redaksi/penanggung jawab"),
            "chief_editor_ukw": _("Jenjang UKW pemimpin redaksi"),
            "chief_editor_ukw_number": _("Nomor sertifikat UKW pemred"),
            "address": _("Alamat redaksi"),
            "city": _("Kabupaten/kota"),
            "phone": _("Telepon"),
            "email": _("Email redaksi"),
            "reach": _("Jangkauan/oplah"),
            "reach_unit": _("Satuan jangkauan"),
            "notes": _("Catatan"),
        }
        help_texts = {"legal_name": _("Mis. PT Nusa Makmur Media.")}


class PortalProfileForm(OutletForm):
    class Meta(OutletForm.Meta):
        fields = list(PORTAL_FIELDS)


class JournalistForm(forms.ModelForm):
    class Meta:
        model = Journalist
        fields = [
            "name",
            "position",
            "beat",
            "ukw_level",
            "ukw_certificate",
            "phone",
            "email",
            "is_primary_contact",
            "is_active",
        ]
        labels = {
            "name": _("Nama"),
            "position": _("Jabatan di redaksi"),
            "beat": _("Desk/liputan"),
            "ukw_level": _("Jenjang UKW"),
            "ukw_certificate": _("Nomor sertifikat UKW"),
            "phone": _("Telepon"),
            "email": _("Email"),
            "is_primary_contact": _("Kontak utama"),
            "is_active": _("Masih aktif"),
        }
        help_texts = {
            "is_active": _("Wartawan nonaktif tidak lagi menerima siaran pers lewat daftar distribusi."),
        }


class CardForm(forms.Form):
    number = forms.CharField(label=_("Nomor kartu"), max_length=40)
    valid_from = forms.DateField(label=_("Berlaku mulai"), widget=DATE)
    valid_until = forms.DateField(label=_("Berlaku sampai"), widget=DATE)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("valid_from") and data.get("valid_until") and data["valid_until"] < data["valid_from"]:
            self.add_error("valid_until", "Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.")
        return data


def _document_file(upload: Any) -> Any:
    if upload.size > 20 * MB:
        raise forms.ValidationError("Berkas terlalu besar (maks. 20 MB).")
    head = upload.read(32)
    upload.seek(0)
    if sniff_content_type(head) not in {"application/pdf", "image/png", "image/jpeg", "image/webp"}:
        raise forms.ValidationError("Unggah dokumen PDF atau gambar (PNG/JPEG/WebP).")
    return upload


class DocumentForm(forms.Form):
    kind = forms.ChoiceField(label=_("Jenis dokumen"), choices=OutletDocument.Kind.choices)
    file = forms.FileField(label=_("Berkas (PDF/gambar, maks. 20 MB)"))
    description = forms.CharField(label=_("Keterangan"), max_length=200, required=False)

    def clean_file(self) -> Any:
        return _document_file(self.cleaned_data["file"])


class ContractDocumentForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("Jenis dokumen"),
        choices=[
            ("spk", _("SPK/perjanjian")),
            ("invoice", _("Invoice/tagihan")),
            ("bast", _("BAST")),
            ("lainnya", _("Lainnya")),
        ],
    )
    file = forms.FileField(label=_("Berkas (PDF/gambar, maks. 20 MB)"))
    description = forms.CharField(label=_("Keterangan"), max_length=200, required=False)

    def clean_file(self) -> Any:
        return _document_file(self.cleaned_data["file"])


class PortalUserForm(forms.Form):
    username = forms.CharField(label=_("Nama pengguna"), max_length=150)
    full_name = forms.CharField(label=_("Nama lengkap"), max_length=200, required=False)
    email = forms.EmailField(label=_("Email"), required=False)
    password = forms.CharField(
        label=_("Kata sandi awal (untuk pengguna baru)"),
        required=False,
        widget=forms.PasswordInput,
        min_length=10,
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        exists = get_user_model().objects.filter(username=data.get("username")).exists()
        if not exists and not data.get("password"):
            self.add_error("password", "Pengguna baru memerlukan kata sandi awal (min. 10 karakter).")
        return data


class ImportForm(forms.Form):
    file = forms.FileField(label=_("Berkas XLSX atau CSV"))

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.HUMPRO_MAX_IMPORT_BYTES:
            raise forms.ValidationError(f"Berkas terlalu besar (maks. {settings.HUMPRO_MAX_IMPORT_BYTES // MB} MB).")
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError("Jenis berkas tidak didukung: gunakan .xlsx atau .csv.")
        return upload


class ContractForm(forms.Form):
    outlet = forms.ModelChoiceField(label=_("Media"), queryset=Outlet.objects.none())
    budget_line = forms.ModelChoiceField(label=_("Mata anggaran"), queryset=BudgetLine.objects.none())
    number = forms.CharField(label=_("Nomor SPK/perjanjian"), max_length=100)
    title = forms.CharField(label=_("Uraian pekerjaan"), max_length=200)
    value = forms.DecimalField(label=_("Nilai kontrak (Rp)"), max_digits=16, decimal_places=2, min_value=1)
    start_date = forms.DateField(label=_("Mulai"), widget=DATE)
    end_date = forms.DateField(label=_("Selesai"), widget=DATE)
    override_reason = forms.CharField(
        label=_("Alasan pengecualian syarat (hanya bila media belum memenuhi syarat)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, organization: Organization, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["outlet"].queryset = Outlet.objects.for_org(organization).filter(is_active=True)
        self.fields["budget_line"].queryset = BudgetLine.objects.for_org(organization)
        for kind, label in DeliverableKind.choices:
            self.fields[f"qty_{kind}"] = forms.IntegerField(
                label=_("%(label)s: jumlah") % {"label": label}, required=False, min_value=1, max_value=500
            )
            self.fields[f"period_{kind}"] = forms.ChoiceField(
                label=_("%(label)s: periode") % {"label": label}, choices=Quota.Period.choices, required=False
            )
            self.fields[f"price_{kind}"] = forms.DecimalField(
                label=_("%(label)s: harga satuan (Rp)") % {"label": label},
                required=False,
                min_value=0,
                max_digits=14,
                decimal_places=2,
            )

    def quota_rows(self) -> list[tuple[str, Any, Any, Any]]:
        return [
            (label, self[f"qty_{k}"], self[f"period_{k}"], self[f"price_{k}"]) for k, label in DeliverableKind.choices
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        quotas = []
        for kind, _label in DeliverableKind.choices:
            qty = data.get(f"qty_{kind}")
            if not qty:
                continue
            quotas.append(
                QuotaSpec(
                    kind,
                    qty,
                    data.get(f"period_{kind}") or "month",
                    data.get(f"price_{kind}") or Decimal(0),
                )
            )
        data["quotas"] = quotas
        if not quotas:
            raise forms.ValidationError("Isi minimal satu kuota keluaran.")
        return data


class ProofForm(forms.Form):
    kind = forms.ChoiceField(label=_("Jenis bukti"), choices=Proof.Kind.choices)
    url = forms.URLField(
        label=_("URL tayang (wajib untuk media daring)"), required=False, max_length=500, assume_scheme="https"
    )
    published_on = forms.DateField(label=_("Tanggal tayang/terbit"), widget=DATE)
    file = forms.FileField(label=_("Berkas bukti: tangkapan layar bertanggal, pindaian halaman, atau rekaman"))
    note = forms.CharField(label=_("Keterangan"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class BudgetLineForm(forms.ModelForm):
    class Meta:
        model = BudgetLine
        fields = ["fiscal_year", "code", "name", "ceiling"]
        labels = {
            "fiscal_year": _("Tahun anggaran"),
            "code": _("Kode rekening"),
            "name": _("Uraian"),
            "ceiling": _("Pagu (Rp)"),
        }


class PolicyForm(forms.ModelForm):
    class Meta:
        model = EligibilityPolicy
        fields = [
            "min_dewan_pers",
            "require_ukw_utama",
            "require_legal_entity",
            "require_nib",
            "require_npwp",
            "grace_until",
        ]
        widgets = {"grace_until": DATE}
        labels = {
            "min_dewan_pers": _("Status Dewan Pers minimal"),
            "require_ukw_utama": _("Pemimpin redaksi wajib UKW Utama"),
            "require_legal_entity": _("Wajib berbadan hukum (akta + SK Kemenkumham)"),
            "require_nib": _("Wajib NIB"),
            "require_npwp": _("Wajib NPWP"),
            "grace_until": _("Masa tenggang Dewan Pers/UKW sampai"),
        }
        help_texts = {
            "grace_until": _(
                "Sampai tanggal ini syarat Dewan Pers dan UKW hanya menjadi catatan, bukan penghalang."
            ),
        }
