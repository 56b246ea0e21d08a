from __future__ import annotations

from django import forms
from django.contrib.auth import get_user_model

from humpro.core.models import CalendarAdjustment
from humpro.orgs.roles import Role


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
