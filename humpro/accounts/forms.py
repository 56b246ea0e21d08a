from __future__ import annotations

from typing import Any

from django import forms
from django.contrib.auth.forms import PasswordResetForm
from django.template import loader

from humpro.core.outbox import outbox_enqueue


class TotpForm(forms.Form):
    code = forms.CharField(label="Kode 6 digit", max_length=8, widget=forms.TextInput(
        attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}))


class OutboxPasswordResetForm(PasswordResetForm):
    """Django's password reset, but the email goes through the outbox like every message."""

    def send_mail(  # type: ignore[override]
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        subject = "".join(loader.render_to_string(subject_template_name, context).splitlines())
        body = loader.render_to_string(email_template_name, context)
        outbox_enqueue(recipient=to_email, subject=subject, body=body, purpose="password_reset")


class ApiTokenForm(forms.Form):
    name = forms.CharField(label="Nama token", max_length=100)
