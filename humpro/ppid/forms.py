"""Web forms; the rules live in validation.py/services (forms only parse and show messages)."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _

from humpro.ppid.models import (
    Channel,
    Decision,
    Delivery,
    DisputeOutcome,
    Exemption,
    InfoForm,
    ObjectionDecision,
    ObjectionReason,
    RequesterKind,
)
from humpro.ppid.models_dip import Category
from humpro.ppid.validation import PpidInputError, requester_errors

TEXTAREA = forms.Textarea(attrs={"rows": 3})
FILE_ACCEPT = forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"})


def apply_errors(form: forms.Form, exc: PpidInputError) -> None:
    for field, message in exc.errors.items():
        form.add_error(field if field in form.fields else None, message)


class RequestForm(forms.Form):
    requester_kind = forms.ChoiceField(
        label=_("Jenis pemohon"), choices=RequesterKind.choices, initial=RequesterKind.PERSON
    )
    requester_name = forms.CharField(
        error_messages={"required": "Nama pemohon wajib diisi."},
        label=_("Nama pemohon / nama badan hukum"),
        max_length=200,
    )
    nik = forms.CharField(
        label=_("NIK (16 digit)"),
        max_length=16,
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    representative = forms.CharField(
        label=_("Nama penanggung jawab/kuasa (badan hukum)"), max_length=200, required=False
    )
    address = forms.CharField(
        error_messages={"required": "Alamat wajib diisi."}, label=_("Alamat"), widget=TEXTAREA
    )
    phone = forms.CharField(label=_("Nomor telepon/HP"), max_length=30, required=False)
    email = forms.CharField(
        label=_("Email"),
        max_length=254,
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    occupation = forms.CharField(label=_("Pekerjaan"), max_length=120, required=False)
    information = forms.CharField(
        error_messages={"required": "Informasi yang diminta wajib diisi."},
        label=_("Rincian informasi yang diminta"),
        widget=TEXTAREA,
    )
    purpose = forms.CharField(
        error_messages={"required": "Tujuan penggunaan informasi wajib diisi."},
        label=_("Tujuan penggunaan informasi"),
        widget=TEXTAREA,
    )
    form = forms.ChoiceField(label=_("Bentuk informasi"), choices=InfoForm.choices)
    delivery = forms.ChoiceField(label=_("Cara mendapatkan informasi"), choices=Delivery.choices)
    ktp = forms.FileField(
        label=_("Salinan KTP (PDF/JPG/PNG, maks. 5 MB)"), required=False, widget=FILE_ACCEPT
    )
    akta = forms.FileField(
        label=_("Akta pendirian / pengesahan badan hukum"), required=False, widget=FILE_ACCEPT
    )
    kuasa = forms.FileField(
        label=_("Surat kuasa (bila dikuasakan)"), required=False, widget=FILE_ACCEPT
    )

    def clean(self) -> dict:
        data = super().clean()
        merged = {name: self.data.get(name, "") for name in self.fields if name not in self.files}
        merged.update({k: v for k, v in data.items() if isinstance(v, str)})
        for field, message in requester_errors(merged).items():
            if field in self.fields and field not in self.errors:
                self.add_error(field, message)
        return data

    def documents(self) -> list[tuple[str, object]]:
        return [
            (kind, self.cleaned_data[name])
            for name, kind in (("ktp", "ktp"), ("akta", "akta"), ("kuasa", "kuasa"))
            if self.cleaned_data.get(name)
        ]


class PublicRequestForm(RequestForm):
    website = forms.CharField(
        label=_("Jangan diisi"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    agree = forms.BooleanField(
        label=_("Saya menyatakan data di atas benar dan informasi akan digunakan sesuai "
        "tujuan yang disebutkan (Pasal 4 ayat 3 UU 14/2008).")
    )


class CounterRequestForm(RequestForm):
    channel = forms.ChoiceField(
        label=_("Jenis permohonan"), choices=Channel.choices, initial=Channel.COUNTER
    )
    received_at = forms.DateTimeField(
        label=_("Waktu diterima (kosong = sekarang)"),
        required=False,
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
    )


class DisposeForm(forms.Form):
    units = forms.ModelMultipleChoiceField(
        label=_("Unit PPID Pelaksana"), queryset=None, widget=forms.CheckboxSelectMultiple
    )
    instruction = forms.CharField(
        label=_("Instruksi/bagian yang diminta"), required=False, widget=TEXTAREA
    )

    def __init__(self, *args, org=None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["units"].queryset = org.units.all() if org is not None else None


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Jawaban unit"), widget=TEXTAREA)
    held = forms.BooleanField(label=_("Informasi dikuasai unit ini"), required=False, initial=True)


class ExtendForm(forms.Form):
    reason = forms.CharField(label=_("Alasan perpanjangan (tertulis)"), widget=TEXTAREA)


class DecideForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Keputusan"), choices=Decision.choices, widget=forms.RadioSelect
    )
    response = forms.CharField(
        label=_("Informasi/tanggapan (gabungan jawaban unit)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    exemptions = forms.MultipleChoiceField(
        label=_("Dasar pengecualian (Pasal 17)"),
        choices=Exemption.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    consequence_test = forms.CharField(
        label=_("Hasil uji konsekuensi"), required=False, widget=TEXTAREA
    )
    holding_body = forms.CharField(
        label=_("Badan publik yang menguasai informasi"), max_length=200, required=False
    )
    fee = forms.IntegerField(label=_("Biaya (Rp)"), min_value=0, initial=0, required=False)
    fee_payment = forms.CharField(label=_("Cara pembayaran"), max_length=200, required=False)


class DeliverForm(forms.Form):
    note = forms.CharField(label=_("Catatan penyampaian"), max_length=300, required=False)


class ObjectionForm(forms.Form):
    reasons = forms.MultipleChoiceField(
        label=_("Alasan keberatan (Pasal 35 ayat 1)"),
        choices=ObjectionReason.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    description = forms.CharField(
        label=_("Uraian keberatan"), required=False, widget=TEXTAREA, max_length=5000
    )


class ObjectionRespondForm(forms.Form):
    decision = forms.ChoiceField(label=_("Tanggapan Atasan PPID"), choices=ObjectionDecision.choices)
    response = forms.CharField(label=_("Isi tanggapan"), widget=TEXTAREA)
    responder_name = forms.CharField(label=_("Nama dan jabatan Atasan PPID"), max_length=200)


class DisputeForm(forms.Form):
    dispute_number = forms.CharField(label=_("Nomor register Komisi Informasi"), max_length=80)
    filed_on = forms.DateField(
        label=_("Tanggal permohonan sengketa"), widget=forms.DateInput(attrs={"type": "date"})
    )


class OutcomeForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Hasil"), choices=DisputeOutcome.choices)
    outcome_on = forms.DateField(label=_("Tanggal"), widget=forms.DateInput(attrs={"type": "date"}))
    note = forms.CharField(label=_("Catatan"), required=False, widget=TEXTAREA)
    court_filed = forms.BooleanField(label=_("Digugat ke pengadilan (PTUN)"), required=False)
    court_note = forms.CharField(
        label=_("Putusan pengadilan dan pelaksanaannya"), required=False, widget=TEXTAREA
    )


class DipForm(forms.Form):
    title = forms.CharField(label=_("Judul informasi"), max_length=300)
    summary = forms.CharField(label=_("Ringkasan isi"), required=False, widget=TEXTAREA)
    category = forms.ChoiceField(label=_("Kategori"), choices=Category.choices)
    legal_basis = forms.CharField(
        label=_("Dasar hukum/alasan pengecualian"), required=False, widget=TEXTAREA
    )
    consequence_test = forms.CharField(
        label=_("Hasil uji konsekuensi (informasi dikecualikan)"), required=False, widget=TEXTAREA
    )
    owner_unit = forms.ModelChoiceField(
        label=_("Unit penguasa informasi"), queryset=None, required=False
    )
    responsible = forms.CharField(label=_("Penanggung jawab"), max_length=200, required=False)
    form = forms.CharField(label=_("Bentuk informasi"), max_length=60, initial="softcopy dan hardcopy")
    period = forms.CharField(label=_("Waktu/periode"), max_length=120, required=False)
    retention = forms.CharField(label=_("Jangka waktu penyimpanan"), max_length=120, required=False)
    last_updated_on = forms.DateField(
        label=_("Terakhir diperbarui"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    published = forms.BooleanField(label=_("Tampilkan di daftar publik"), required=False, initial=True)

    def __init__(self, *args, org=None, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        self.fields["owner_unit"].queryset = org.units.all() if org is not None else None


class DipDocumentForm(forms.Form):
    title = forms.CharField(label=_("Judul dokumen"), max_length=300, required=False)
    file = forms.FileField(label=_("Berkas"))


class TrackForm(forms.Form):
    number = forms.CharField(label=_("Nomor pendaftaran"), max_length=40)
    code = forms.CharField(
        label=_("Kode lacak rahasia"),
        max_length=20,
        widget=forms.PasswordInput(attrs={"autocomplete": "off"}),
    )
