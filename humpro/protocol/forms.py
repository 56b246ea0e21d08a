"""Web forms of the protocol app (validation messages in Indonesian)."""

from __future__ import annotations

from typing import Any

from django import forms

from humpro.officials.models import Official
from humpro.protocol.law.rundown import TEMPLATES
from humpro.protocol.law.tiers import get_tier, tier_choices
from humpro.protocol.models import Attendee, EventProtocol, Level
from humpro.protocol.seating import MAX_FRONT_ROWS, parse_seat_sizes
from humpro.protocol.services import ProtocolError


class AttendeeForm(forms.Form):
    official = forms.ModelChoiceField(label="Pejabat dari direktori", required=False,
                                      queryset=Official.objects.none(),
                                      empty_label="— tamu (isi nama dan jabatan) —")
    name = forms.CharField(label="Nama", max_length=200, required=False,
                           help_text="Kosongkan untuk memakai nama dari direktori.")
    position = forms.CharField(label="Jabatan (sesuai tulisan)", max_length=300, required=False,
                               help_text='Mis. "Kapolda Nusa Makmur". Kosongkan untuk memakai '
                                         "jabatan dari direktori.")
    represents = forms.CharField(label="Mewakili (jabatan yang diwakili)", max_length=300,
                                 required=False, help_text='Mis. "Gubernur Nusa Makmur".')
    spouse_of = forms.ModelChoiceField(label="Pasangan dari", required=False,
                                       queryset=Attendee.objects.none())
    order_in_tier = forms.IntegerField(label="Urutan dalam tier", required=False, min_value=1,
                                       max_value=999)
    speaks = forms.BooleanField(label="Memberi sambutan", required=False)

    def __init__(self, *args: Any, event: EventProtocol, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["official"].queryset = Official.objects.for_org(event.organization)
        self.fields["spouse_of"].queryset = event.attendees.filter(spouse_of__isnull=True)

    def clean(self) -> dict[str, Any]:
        data = super().clean()
        if not data.get("official") and not (data.get("name") or "").strip():
            raise forms.ValidationError("Pilih pejabat dari direktori atau isi nama tamu.")
        if (not data.get("official") and not data.get("spouse_of")
                and not (data.get("position") or "").strip()):
            self.add_error("position", "Jabatan wajib diisi untuk tamu (kecuali pasangan).")
        return data


class ManualTierForm(forms.Form):
    tier = forms.ChoiceField(label="Tier tata tempat", required=False)
    reason = forms.CharField(label="Alasan", max_length=300,
                             widget=forms.TextInput(attrs={"placeholder": "wajib diisi"}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tier"].choices = [("", "— hapus tier manual —"), *tier_choices()]


class EventSettingsForm(forms.Form):
    level = forms.ChoiceField(label="Tingkat acara", choices=Level.choices)
    template = forms.ChoiceField(label="Templat susunan acara",
                                 choices=[(k, t.title) for k, t in TEMPLATES.items()])
    host = forms.ModelChoiceField(label="Tuan rumah", required=False,
                                  queryset=Attendee.objects.none())
    seats_per_row = forms.CharField(label="Kursi per baris", max_length=60,
                                    help_text="Mis. 7, atau 5,7,9 untuk tiap baris.")
    front_rows = forms.IntegerField(label="Jumlah baris depan", min_value=1,
                                    max_value=MAX_FRONT_ROWS)
    notes = forms.CharField(label="Catatan", required=False,
                            widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args: Any, event: EventProtocol, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["host"].queryset = event.attendees.filter(spouse_of__isnull=True)

    def clean_seats_per_row(self) -> str:
        value = self.cleaned_data["seats_per_row"]
        try:
            return ",".join(str(n) for n in parse_seat_sizes(value))
        except ProtocolError as exc:
            raise forms.ValidationError(str(exc)) from exc


class SeatOverrideForm(forms.Form):
    attendee = forms.ModelChoiceField(label="Peserta", queryset=Attendee.objects.none())
    row = forms.IntegerField(label="Baris", min_value=1, max_value=MAX_FRONT_ROWS)
    seat_number = forms.IntegerField(label="Nomor kursi", min_value=1, max_value=60)
    reason = forms.CharField(label="Alasan", max_length=300)

    def __init__(self, *args: Any, event: EventProtocol, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attendee"].queryset = event.attendees.all()


class RundownItemForm(forms.Form):
    time = forms.TimeField(label="Pukul", required=False,
                           widget=forms.TimeInput(attrs={"type": "time"}))
    minutes = forms.IntegerField(label="Menit", required=False, min_value=1, max_value=1440)
    title = forms.CharField(label="Acara", max_length=400)
    note = forms.CharField(label="Catatan", max_length=400, required=False)


class TierOrderForm(forms.Form):
    tier = forms.CharField(label="Kode tier", max_length=10,
                           widget=forms.TextInput(attrs={"placeholder": "10.1.g"}))
    keywords = forms.CharField(
        label="Urutan (kata kunci jabatan, satu per baris)", required=False,
        widget=forms.Textarea(attrs={"rows": 5, "placeholder": "sekretaris daerah\npanglima"
                                     "\nkepala kepolisian\nkepala kejaksaan tinggi"}),
        help_text="Kosongkan untuk menghapus aturan tier ini.")

    def clean_tier(self) -> str:
        tier = self.cleaned_data["tier"].strip().lower()
        if get_tier(tier) is None:
            raise forms.ValidationError(f"Kode tata tempat tidak dikenal: {tier!r} "
                                        "(contoh: 10.1.g).")
        return tier
