"""Web forms of the protocol app (validation messages in Indonesian)."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from humpro.officials.models import Official
from humpro.protocol.law.rundown import TEMPLATES
from humpro.protocol.law.tiers import get_tier, tier_choices
from humpro.protocol.models import Attendee, EventProtocol, Level
from humpro.protocol.seating import MAX_FRONT_ROWS, parse_seat_sizes
from humpro.protocol.services import ProtocolError


class AttendeeForm(forms.Form):
    official = forms.ModelChoiceField(label=_("Pejabat dari direktori"), required=False,
                                      queryset=Official.objects.none(),
                                      empty_label=_("— tamu (isi nama dan jabatan) —"))
    name = forms.CharField(label=_("Nama"), max_length=200, required=False,
                           help_text=_("Kosongkan untuk memakai nama dari direktori."))
    position = forms.CharField(label=_("Jabatan (sesuai tulisan)"), max_length=300, required=False,
                               help_text=_('Mis. "Kapolda Nusa Makmur". Kosongkan untuk memakai '
                                         "jabatan dari direktori."))
    represents = forms.CharField(label=_("Mewakili (jabatan yang diwakili)"), max_length=300,
                                 required=False, help_text=_('Mis. "Gubernur Nusa Makmur".'))
    spouse_of = forms.ModelChoiceField(label=_("Pasangan dari"), required=False,
                                       queryset=Attendee.objects.none())
    order_in_tier = forms.IntegerField(label=_("Urutan dalam tier"), required=False, min_value=1,
                                       max_value=999)
    speaks = forms.BooleanField(label=_("Memberi sambutan"), required=False)

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
    tier = forms.ChoiceField(label=_("Tier tata tempat"), required=False)
    reason = forms.CharField(label=_("Alasan"), max_length=300,
                             widget=forms.TextInput(attrs={"placeholder": _("wajib diisi")}))

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["tier"].choices = [("", "— hapus tier manual —"), *tier_choices()]


class EventSettingsForm(forms.Form):
    level = forms.ChoiceField(label=_("Tingkat acara"), choices=Level.choices)
    template = forms.ChoiceField(label=_("Templat susunan acara"),
                                 choices=[(k, t.title) for k, t in TEMPLATES.items()])
    host = forms.ModelChoiceField(label=_("Tuan rumah"), required=False,
                                  queryset=Attendee.objects.none())
    seats_per_row = forms.CharField(label=_("Kursi per baris"), max_length=60,
                                    help_text=_("Mis. 7, atau 5,7,9 untuk tiap baris."))
    front_rows = forms.IntegerField(label=_("Jumlah baris depan"), min_value=1,
                                    max_value=MAX_FRONT_ROWS)
    notes = forms.CharField(label=_("Catatan"), required=False,
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
    attendee = forms.ModelChoiceField(label=_("Peserta"), queryset=Attendee.objects.none())
    row = forms.IntegerField(label=_("Baris"), min_value=1, max_value=MAX_FRONT_ROWS)
    seat_number = forms.IntegerField(label=_("Nomor kursi"), min_value=1, max_value=60)
    reason = forms.CharField(label=_("Alasan"), max_length=300)

    def __init__(self, *args: Any, event: EventProtocol, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["attendee"].queryset = event.attendees.all()


class RundownItemForm(forms.Form):
    time = forms.TimeField(label=_("Pukul"), required=False,
                           widget=forms.TimeInput(attrs={"type": "time"}))
    minutes = forms.IntegerField(label=_("Menit"), required=False, min_value=1, max_value=1440)
    title = forms.CharField(label=_("Acara"), max_length=400)
    note = forms.CharField(label=_("Catatan"), max_length=400, required=False)

    def __init__(self, *args, **kwargs) -> None:  # type: ignore[no-untyped-def]
        super().__init__(*args, **kwargs)
        for field in self.fields.values():  # rows show no visible labels: name each input for screen readers
            field.widget.attrs.setdefault("aria-label", str(field.label))


class TierOrderForm(forms.Form):
    tier = forms.CharField(label=_("Kode tier"), max_length=10,
                           widget=forms.TextInput(attrs={"placeholder": "10.1.g"}))
    keywords = forms.CharField(
        label=_("Urutan (kata kunci jabatan, satu per baris)"), required=False,
        widget=forms.Textarea(attrs={"rows": 5, "placeholder": _("sekretaris daerah\npanglima"
                                     "\nkepala kepolisian\nkepala kejaksaan tinggi")}),
        help_text=_("Kosongkan untuk menghapus aturan tier ini."))

    def clean_tier(self) -> str:
        tier = self.cleaned_data["tier"].strip().lower()
        if get_tier(tier) is None:
            raise forms.ValidationError(f"Kode tata tempat tidak dikenal: {tier!r} "
                                        "(contoh: 10.1.g).")
        return tier
