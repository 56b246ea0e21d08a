from __future__ import annotations

import base64
import io

import qrcode
from django.contrib import messages
from django.contrib.auth import get_user_model, login
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

from humpro.accounts import services
from humpro.accounts.forms import ApiTokenForm, TotpForm
from humpro.accounts.models import ApiToken
from humpro.core.audit import audit_log
from humpro.core.models import AuditAction

PENDING_KEY = "humpro_2fa_pending"


def _client_ip(request: HttpRequest) -> str | None:
    return request.META.get("REMOTE_ADDR")


def _safe_next(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return reverse("home")


def _finish_login(request: HttpRequest, user: object, next_url: str) -> HttpResponse:
    login(request, user, backend="django.contrib.auth.backends.ModelBackend")
    services.login_attempt_record(username=user.get_username(), ip=_client_ip(request), success=True)
    audit_log(organization=None, action=AuditAction.LOGIN, obj=user, summary="masuk", actor=user)
    return redirect(next_url)


def login_view(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    locked_until = None
    if request.method == "POST":
        username = request.POST.get("username", "")
        locked_until = services.login_locked_until(username=username)
        if locked_until is None and form.is_valid():
            user = form.get_user()
            if user.totp_enabled:
                request.session[PENDING_KEY] = {"user": user.pk, "next": _safe_next(request)}
                return redirect("accounts:login_2fa")
            return _finish_login(request, user, _safe_next(request))
        if locked_until is None:
            services.login_attempt_record(username=username, ip=_client_ip(request), success=False)
            locked_until = services.login_locked_until(username=username)
    return render(request, "accounts/login.html", {
        "form": form, "locked_until": locked_until, "next": request.GET.get("next", ""),
    }, status=429 if locked_until else 200)


def login_2fa(request: HttpRequest) -> HttpResponse:
    pending = request.session.get(PENDING_KEY)
    if not pending:
        return redirect("accounts:login")
    user = get_object_or_404(get_user_model(), pk=pending["user"], is_active=True)
    form = TotpForm(request.POST or None)
    locked_until = services.login_locked_until(username=user.get_username())
    if request.method == "POST" and locked_until is None and form.is_valid():
        if services.totp_verify(user=user, code=form.cleaned_data["code"]):
            del request.session[PENDING_KEY]
            return _finish_login(request, user, pending["next"])
        services.login_attempt_record(username=user.get_username(), ip=_client_ip(request), success=False)
        form.add_error("code", "Kode salah atau kedaluwarsa.")
        locked_until = services.login_locked_until(username=user.get_username())
    return render(request, "accounts/login_2fa.html", {"form": form, "locked_until": locked_until})


@login_required
def two_factor_setup(request: HttpRequest) -> HttpResponse:
    user = request.user
    if request.method == "POST" and request.POST.get("action") == "disable":
        if services.requires_2fa(user=user):
            messages.error(request, "Organisasi Anda mewajibkan 2FA; tidak dapat dinonaktifkan.")
        else:
            services.totp_disable(user=user)
            messages.success(request, "2FA dinonaktifkan.")
        return redirect("accounts:two_factor")
    if not user.totp_enabled and (not user.totp_secret or request.GET.get("new")):
        services.totp_new_secret(user=user)
    form = TotpForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if services.totp_enable(user=user, code=form.cleaned_data["code"]):
            messages.success(request, "2FA aktif. Kode dari aplikasi autentikator diminta setiap masuk.")
            return redirect("home")
        form.add_error("code", "Kode tidak cocok. Periksa jam ponsel Anda lalu coba lagi.")
    qr_png = ""
    if not user.totp_enabled:
        image = qrcode.make(services.totp_provisioning_uri(user=user))
        buf = io.BytesIO()
        image.save(buf, format="PNG")
        qr_png = base64.b64encode(buf.getvalue()).decode("ascii")
    return render(request, "accounts/two_factor.html", {
        "form": form, "qr_png": qr_png, "secret": user.totp_secret,
        "required": services.requires_2fa(user=user),
    })


@login_required
def api_tokens(request: HttpRequest) -> HttpResponse:
    form = ApiTokenForm(request.POST or None)
    new_token = None
    if request.method == "POST" and form.is_valid():
        _, new_token = ApiToken.issue(user=request.user, name=form.cleaned_data["name"])
        form = ApiTokenForm()
    tokens = ApiToken.objects.filter(user=request.user).order_by("-created_at")
    return render(request, "accounts/api_tokens.html", {"form": form, "tokens": tokens, "new_token": new_token})


@login_required
@require_POST
def api_token_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    token = get_object_or_404(ApiToken, pk=pk, user=request.user)
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    messages.success(request, f"Token {token.name} dicabut.")
    return redirect("accounts:api_tokens")
