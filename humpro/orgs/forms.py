from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model

from humpro.core.models import CalendarAdjustment
from humpro.orgs.roles import Role


class OrganizationSettingsForm(forms.ModelForm):
    class Meta:
        from humpro.orgs.models import Organization

        model = Organization
        fields = ["name", "timezone", "leader_title", "logo", "require_2fa_for_heads", "cuti_bersama_is_workday"]

    def clean_logo(self) -> object:
        logo = self.cleaned_data.get("logo")
        if logo and getattr(logo, "size", 0) > 2 * 1024 * 1024:
            raise forms.ValidationError("Logo terlalu besar (maks. 2 MB).")
        return logo


class UnitForm(forms.Form):
    name = forms.CharField(label="Nama unit", max_length=200)
    short_name = forms.CharField(label="Singkatan", max_length=40, required=False)


class CalendarAdjustmentForm(forms.ModelForm):
    class Meta:
        model = CalendarAdjustment
        fields = ["date", "kind", "reason", "decree_number"]
        widgets = {"date": forms.DateInput(attrs={"type": "date"})}


class MembershipForm(forms.Form):
    username = forms.CharField(label="Nama pengguna", max_length=150)
    role = forms.ChoiceField(label="Peran", choices=Role.choices)

    def clean_username(self) -> object:
        username = self.cleaned_data["username"]
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise forms.ValidationError("Pengguna tidak ditemukan.")
        return user
