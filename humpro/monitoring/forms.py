from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from humpro.monitoring.models import SourceKind, SourceType, Tone, ToneCorrection
from humpro.officials.models import Official
from humpro.press.models import Outlet

MAX_UPLOAD = 30 * 1024 * 1024


class SourceForm(forms.Form):
    name = forms.CharField(label=_("Nama sumber"), max_length=200)
    kind = forms.ChoiceField(label=_("Jenis"), choices=SourceKind.choices)
    url = forms.URLField(label=_("Alamat umpan/peta situs"), max_length=1000, assume_scheme="https")
    outlet_name = forms.CharField(label=_("Nama media"), max_length=200)
    outlet_url = forms.URLField(
        label=_("Situs media"), max_length=500, required=False, assume_scheme="https"
    )
    is_major = forms.BooleanField(label=_("Media besar (peringatan krisis)"), required=False)
    active = forms.BooleanField(label=_("Aktif"), required=False, initial=True)
    poll_minutes = forms.IntegerField(
        label=_("Interval pengambilan (menit)"), min_value=5, max_value=1440, initial=30
    )
    outlet = forms.ModelChoiceField(
        label=_("Media mitra"),
        queryset=Outlet.objects.none(),
        required=False,
        empty_label=_("— otomatis menurut domain —"),
        help_text=_("Kosong = dicocokkan dengan domain situs/umpan di daftar media mitra."),
    )

    def __init__(self, *args: Any, org: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["outlet"].queryset = Outlet.objects.for_org(org).only("id", "name")


class UrlForm(forms.Form):
    url = forms.URLField(label=_("Tautan berita"), max_length=1000, assume_scheme="https")


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("widget", MultipleFileInput(attrs={"multiple": True}))
        super().__init__(*args, **kwargs)

    def clean(self, data: Any, initial: Any = None) -> Any:
        if isinstance(data, list | tuple):
            if not data:
                raise forms.ValidationError("Pilih minimal satu berkas.")
            return [super(MultipleFileField, self).clean(d, initial) for d in data]
        return [super().clean(data, initial)]


class UploadForm(forms.Form):
    files = MultipleFileField(label=_("Berkas .html/.htm/.txt atau .zip (sekumpulan folder)"))
    is_own_release = forms.BooleanField(label=_("Ini siaran pers kita"), required=False)

    def clean_files(self) -> list[Any]:
        files = self.cleaned_data["files"]
        if sum(f.size for f in files) > MAX_UPLOAD:
            raise forms.ValidationError("Total berkas terlalu besar (maks. 30 MB).")
        return files


class ClipForm(forms.Form):
    medium = forms.ChoiceField(
        label=_("Jenis media"),
        choices=[
            (SourceType.PRINT, _("Media cetak")),
            (SourceType.TV, _("Televisi")),
            (SourceType.RADIO, _("Radio")),
        ],
    )
    outlet = forms.CharField(label=_("Nama media/stasiun"), max_length=200)
    title = forms.CharField(label=_("Judul"), max_length=500)
    date = forms.DateField(
        label=_("Tanggal terbit/tayang"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    text = forms.CharField(label=_("Teks berita (diketik)"), widget=forms.Textarea(attrs={"rows": 8}))
    media_file = forms.FileField(label=_("Pindaian/rekaman (opsional)"), required=False)

    def clean_media_file(self) -> Any:
        f = self.cleaned_data.get("media_file")
        if f and f.size > MAX_UPLOAD:
            raise forms.ValidationError("Berkas terlalu besar (maks. 30 MB).")
        return f


class ToneForm(forms.Form):
    field = forms.ChoiceField(label=_("Bagian"), choices=ToneCorrection.Field.choices)
    tone = forms.ChoiceField(label=_("Nada yang benar"), choices=Tone.choices)
    note = forms.CharField(label=_("Alasan"), max_length=500, required=False)


class AnalyzeForm(forms.Form):
    text = forms.CharField(label=_("Teks atau HTML berita"), widget=forms.Textarea(attrs={"rows": 12}))


class ClippingForm(forms.Form):
    start = forms.DateTimeField(
        label=_("Dari"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )
    end = forms.DateTimeField(
        label=_("Sampai"), widget=forms.DateTimeInput(attrs={"type": "datetime-local"})
    )

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if data.get("start") and data.get("end") and data["end"] <= data["start"]:
            self.add_error("end", "Akhir periode harus setelah awal periode.")
        return data


class SettingsForm(forms.Form):
    crisis_emails = forms.CharField(
        label=_("Email peringatan krisis (satu per baris)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    digest_emails = forms.CharField(
        label=_("Email ringkasan harian/mingguan & kliping (satu per baris)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    webhook_url = forms.URLField(
        label=_("Webhook gateway WhatsApp (peringatan krisis)"), required=False, assume_scheme="https"
    )
    major_outlets = forms.CharField(
        label=_("Media besar (satu per baris)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    leaders = forms.ModelMultipleChoiceField(
        label=_("Pimpinan yang dipantau"), queryset=Official.objects.none(), required=False
    )
    taxonomy_text = forms.CharField(
        label=_("Taksonomi topik (topik: kata1, kata2 — kosong = bawaan)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 10}),
    )

    def __init__(self, *args: Any, org: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["leaders"].queryset = Official.objects.for_org(org)
