from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings

from humpro.officials.models import Level
from humpro.officials.tiers import choices as tier_choices


class OfficialForm(forms.Form):
    front_title = forms.CharField(label="Gelar depan", max_length=60, required=False)
    name = forms.CharField(label="Nama", max_length=200)
    degrees = forms.CharField(label="Gelar belakang", max_length=100, required=False)
    office_title = forms.CharField(label="Jabatan (sesuai tulisan)", max_length=300)
    institution = forms.CharField(label="Instansi", max_length=200, required=False)
    level = forms.ChoiceField(label="Tingkat", choices=Level.choices)
    tier = forms.ChoiceField(label="Tata tempat", required=False,
                             help_text="Kosongkan agar dikenali dari jabatan.")
    start_date = forms.DateField(label="Mulai menjabat", required=False,
                                 widget=forms.DateInput(attrs={"type": "date"}))
    end_date = forms.DateField(label="Selesai", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    phone = forms.CharField(label="Telepon", max_length=40, required=False)
    email = forms.EmailField(label="Email", required=False)
    notes = forms.CharField(label="Catatan", required=False, widget=forms.Textarea(attrs={"rows": 3}))
    photo = forms.ImageField(label="Foto", required=False, help_text="JPG/PNG, maks. 5 MB.")

    def clean_photo(self) -> Any:
        photo = self.cleaned_data.get("photo")
        if photo and photo.size > 5 * 1024 * 1024:
            raise forms.ValidationError("Foto terlalu besar (maks. 5 MB).")
        return photo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tier"].choices = tier_choices()

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("start_date") and data.get("end_date") and data["end_date"] < data["start_date"]:
            self.add_error("end_date", "Tanggal selesai tidak boleh sebelum tanggal mulai.")
        return data


class ImportForm(forms.Form):
    file = forms.FileField(label="Berkas XLSX atau CSV")

    def clean_file(self) -> Any:
        upload = self.cleaned_data["file"]
        if upload.size > settings.HUMPRO_MAX_IMPORT_BYTES:
            raise forms.ValidationError(
                f"Berkas terlalu besar (maks. {settings.HUMPRO_MAX_IMPORT_BYTES // (1024 * 1024)} MB)."
            )
        if not upload.name.lower().endswith((".xlsx", ".csv")):
            raise forms.ValidationError("Jenis berkas tidak didukung: gunakan .xlsx atau .csv.")
        return upload
