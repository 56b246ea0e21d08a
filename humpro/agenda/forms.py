"""Web forms of the agenda (the services do the real validation; forms only parse)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from humpro.agenda.models import (
    AgendaStatus,
    AssignmentRole,
    Decision,
    FeedKind,
    RuleAction,
    Visibility,
)
from humpro.officials.models import Level, Official
from humpro.orgs.models import TIME_ZONES

DT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"]


class LocalDateTimeInput(forms.DateTimeInput):
    input_type = "datetime-local"

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(format="%Y-%m-%dT%H:%M", **kwargs)


def dt_field(label: str, required: bool = True) -> forms.DateTimeField:
    return forms.DateTimeField(label=label, required=required, widget=LocalDateTimeInput(), input_formats=DT_FORMATS)


def wall_time(value: dt.datetime | None) -> dt.datetime | None:
    """The wall-clock time typed in the form (the service reads it in the chosen time zone)."""
    return value.replace(tzinfo=None) if value is not None else None


class OfficialChoice(forms.ModelChoiceField):
    def label_from_instance(self, obj: Official) -> str:
        office = obj.current_office()
        return f"{obj.full_name} — {office.title}" if office else obj.full_name


class OrgForm(forms.Form):
    def __init__(self, *args: Any, org: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.org = org
        officials = Official.objects.for_org(org).prefetch_related("offices") if org else Official.objects.none()
        for field in self.fields.values():
            if isinstance(field, forms.ModelChoiceField):
                field.queryset = officials
        if "timezone" in self.fields and not self.is_bound and org is not None:
            self.fields["timezone"].initial = org.timezone


class WhenWhereMixin(forms.Form):
    start = dt_field(_("Mulai"))
    end = dt_field(_("Selesai"), required=False)
    all_day = forms.BooleanField(label=_("Sepanjang hari"), required=False)
    timezone = forms.CharField(
        label=_("Zona waktu"),
        max_length=40,
        required=False,
        help_text=_("Asia/Jakarta (WIB), Asia/Makassar (WITA), Asia/Jayapura (WIT)."),
        widget=forms.TextInput(attrs={"list": "tz-list"}),
    )
    venue_name = forms.CharField(label=_("Tempat"), max_length=200, required=False)
    venue_address = forms.CharField(label=_("Alamat"), max_length=300, required=False)
    latitude = forms.FloatField(label=_("Lintang"), required=False)
    longitude = forms.FloatField(label=_("Bujur"), required=False)
    dress_code = forms.CharField(label=_("Pakaian"), max_length=120, required=False)

    time_zones = TIME_ZONES

    def when_where(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "start": wall_time(d["start"]),
            "end": wall_time(d.get("end")),
            "all_day": d["all_day"],
            "timezone_name": d.get("timezone") or "",
            "venue_name": d["venue_name"],
            "venue_address": d["venue_address"],
            "latitude": d.get("latitude"),
            "longitude": d.get("longitude"),
            "dress_code": d["dress_code"],
        }


class InvitationForm(OrgForm, WhenWhereMixin):
    sender_name = forms.CharField(label=_("Pengirim"), max_length=200)
    sender_institution = forms.CharField(label=_("Instansi pengirim"), max_length=200, required=False)
    sender_email = forms.CharField(label=_("Email pengirim"), max_length=254, required=False)
    sender_phone = forms.CharField(label=_("Telepon pengirim"), max_length=40, required=False)
    letter_number = forms.CharField(label=_("Nomor surat"), max_length=120, required=False)
    letter_date = forms.DateField(
        label=_("Tanggal surat"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    event_title = forms.CharField(label=_("Acara"), max_length=300)
    description = forms.CharField(label=_("Keterangan"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    contact_name = forms.CharField(label=_("Narahubung"), max_length=120, required=False)
    contact_phone = forms.CharField(label=_("Telepon narahubung"), max_length=40, required=False)
    invited_leader = OfficialChoice(label=_("Pimpinan yang diundang"), queryset=Official.objects.none(), required=False)
    level = forms.ChoiceField(label=_("Tingkat acara"), choices=Level.choices, initial=Level.PROVINCE)

    field_order = [
        "sender_name",
        "sender_institution",
        "sender_email",
        "sender_phone",
        "letter_number",
        "letter_date",
        "event_title",
        "description",
        "invited_leader",
        "level",
        "start",
        "end",
        "all_day",
        "timezone",
        "venue_name",
        "venue_address",
        "latitude",
        "longitude",
        "dress_code",
        "contact_name",
        "contact_phone",
    ]

    def service_kwargs(self) -> dict[str, Any]:
        d = self.cleaned_data
        keys = [
            "sender_name",
            "sender_institution",
            "sender_email",
            "sender_phone",
            "letter_number",
            "letter_date",
            "event_title",
            "description",
            "contact_name",
            "contact_phone",
            "invited_leader",
            "level",
        ]
        return {**{k: d.get(k) for k in keys}, **self.when_where()}


class PublicRequestForm(WhenWhereMixin):
    sender_name = forms.CharField(label=_("Nama pemohon"), max_length=200)
    sender_institution = forms.CharField(label=_("Instansi/lembaga"), max_length=200, required=False)
    sender_email = forms.EmailField(label=_("Email"), max_length=254)
    sender_phone = forms.CharField(label=_("Telepon"), max_length=40, required=False)
    event_title = forms.CharField(label=_("Nama acara"), max_length=300)
    description = forms.CharField(label=_("Keterangan acara"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    website = forms.CharField(
        label=_("Jangan diisi"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    field_order = [
        "sender_name",
        "sender_institution",
        "sender_email",
        "sender_phone",
        "event_title",
        "description",
        "start",
        "end",
        "all_day",
        "timezone",
        "venue_name",
        "venue_address",
        "latitude",
        "longitude",
        "dress_code",
        "website",
    ]

    def service_kwargs(self) -> dict[str, Any]:
        d = self.cleaned_data
        keys = [
            "sender_name",
            "sender_institution",
            "sender_email",
            "sender_phone",
            "event_title",
            "description",
        ]
        return {
            **{k: d.get(k) for k in keys},
            **self.when_where(),
            "contact_name": d["sender_name"],
            "contact_phone": d.get("sender_phone") or "",
        }


class DispositionForm(OrgForm):
    decision = forms.ChoiceField(label=_("Disposisi"), choices=Decision.choices, widget=forms.RadioSelect)
    leader = OfficialChoice(label=_("Pimpinan"), queryset=Official.objects.none(), required=False)
    representative = OfficialChoice(label=_("Diwakili oleh"), queryset=Official.objects.none(), required=False)
    reason = forms.CharField(
        label=_("Alasan (wajib jika tidak hadir)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    coordinate_with = forms.CharField(label=_("Koordinasi dengan"), max_length=200, required=False)
    note = forms.CharField(label=_("Catatan"), required=False, widget=forms.Textarea(attrs={"rows": 2}))
    visibility = forms.ChoiceField(
        label=_("Visibilitas agenda"), choices=Visibility.choices, initial=Visibility.INTERNAL
    )


class AgendaItemForm(OrgForm, WhenWhereMixin):
    title = forms.CharField(label=_("Acara"), max_length=300)
    leader = OfficialChoice(label=_("Pimpinan"), queryset=Official.objects.none())
    representative = OfficialChoice(label=_("Diwakili oleh"), queryset=Official.objects.none(), required=False)
    description = forms.CharField(label=_("Keterangan"), required=False, widget=forms.Textarea(attrs={"rows": 3}))
    status = forms.ChoiceField(label=_("Status"), choices=AgendaStatus.choices, initial=AgendaStatus.TENTATIVE)
    visibility = forms.ChoiceField(label=_("Visibilitas"), choices=Visibility.choices, initial=Visibility.INTERNAL)
    level = forms.ChoiceField(label=_("Tingkat acara"), choices=Level.choices, initial=Level.PROVINCE)

    field_order = [
        "title",
        "leader",
        "start",
        "end",
        "all_day",
        "timezone",
        "venue_name",
        "venue_address",
        "latitude",
        "longitude",
        "representative",
        "status",
        "visibility",
        "level",
        "dress_code",
        "description",
    ]

    def service_kwargs(self) -> dict[str, Any]:
        d = self.cleaned_data
        return {
            "title": d["title"],
            "leader": d["leader"],
            "representative": d.get("representative"),
            "description": d["description"],
            "status": d["status"],
            "visibility": d["visibility"],
            "level": d["level"],
            **self.when_where(),
        }


class QuickItemForm(OrgForm):
    """Fast path for an unscheduled event: what, who, when, where."""

    title = forms.CharField(label=_("Acara"), max_length=300)
    leader = OfficialChoice(label=_("Pimpinan"), queryset=Official.objects.none())
    start = dt_field(_("Mulai"))
    end = dt_field(_("Selesai"))
    venue_name = forms.CharField(label=_("Tempat"), max_length=200, required=False)
    visibility = forms.ChoiceField(label=_("Visibilitas"), choices=Visibility.choices, initial=Visibility.INTERNAL)


class AssignmentForm(forms.Form):
    role = forms.ChoiceField(label=_("Peran"), choices=AssignmentRole.choices)
    person = forms.ChoiceField(label=_("Petugas"))

    def __init__(self, *args: Any, org: Any = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from django.contrib.auth import get_user_model

        users = get_user_model().objects.filter(memberships__organization=org).distinct().order_by("username")
        choices: list[tuple[str, str]] = [("", "— pilih —")]
        choices += [(f"user:{u.pk}", f"{getattr(u, 'full_name', '') or u.username} (pengguna)") for u in users]
        choices += [(f"official:{o.pk}", f"{o.full_name} (pejabat)") for o in Official.objects.for_org(org)]
        self.fields["person"].choices = choices


class ClashRuleForm(forms.Form):
    person_overlap = forms.ChoiceField(label=_("Bentrok orang"), choices=RuleAction.choices)
    venue_overlap = forms.ChoiceField(label=_("Tempat dipakai ganda"), choices=RuleAction.choices)
    travel_time = forms.ChoiceField(label=_("Waktu tempuh kurang"), choices=RuleAction.choices)
    travel_speed_kmh = forms.IntegerField(label=_("Kecepatan perjalanan (km/jam)"), min_value=1, max_value=1000)
    min_buffer_minutes = forms.IntegerField(label=_("Jeda minimum (menit)"), min_value=0, max_value=720)
    lead_time_days = forms.IntegerField(label=_("Tenggat permohonan (hari)"), min_value=0, max_value=60)


class FeedForm(OrgForm):
    name = forms.CharField(label=_("Nama feed"), max_length=120)
    kind = forms.ChoiceField(label=_("Jenis"), choices=FeedKind.choices)
    leader = OfficialChoice(label=_("Pimpinan"), queryset=Official.objects.none(), required=False)
    audience = forms.ChoiceField(label=_("Audiens"), choices=Visibility.choices)
