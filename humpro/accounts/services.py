"""Account rules: lockout after repeated failures, TOTP two-factor, password reset by outbox."""

from __future__ import annotations

import datetime as dt

import pyotp
from django.conf import settings
from django.utils import timezone

from humpro.accounts.models import LoginAttempt, User
from humpro.orgs.models import Membership
from humpro.orgs.roles import Role


def login_locked_until(*, username: str) -> dt.datetime | None:
    """When the lockout for `username` ends, or None if it may try now."""
    window = dt.timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES)
    since = timezone.now() - window
    last_success = (
        LoginAttempt.objects.filter(username__iexact=username, success=True).order_by("-at").first()
    )
    failures = LoginAttempt.objects.filter(username__iexact=username, success=False, at__gte=since)
    if last_success:
        failures = failures.filter(at__gt=last_success.at)
    recent = list(failures.order_by("-at").values_list("at", flat=True)[: settings.LOGIN_FAILURE_LIMIT])
    if len(recent) < settings.LOGIN_FAILURE_LIMIT:
        return None
    return recent[0] + window


def login_attempt_record(*, username: str, ip: str | None, success: bool) -> None:
    LoginAttempt.objects.create(username=username[:150], ip=ip, success=success)


def totp_new_secret(*, user: User) -> str:
    user.totp_secret = pyotp.random_base32()
    user.totp_enabled = False
    user.save(update_fields=["totp_secret", "totp_enabled"])
    return user.totp_secret


def totp_provisioning_uri(*, user: User) -> str:
    return pyotp.TOTP(user.totp_secret).provisioning_uri(name=user.get_username(), issuer_name="humpro")


def totp_verify(*, user: User, code: str) -> bool:
    if not user.totp_secret:
        return False
    return pyotp.TOTP(user.totp_secret).verify(code.strip().replace(" ", ""), valid_window=1)


def totp_enable(*, user: User, code: str) -> bool:
    if not totp_verify(user=user, code=code):
        return False
    user.totp_enabled = True
    user.save(update_fields=["totp_enabled"])
    return True


def totp_disable(*, user: User) -> None:
    user.totp_enabled = False
    user.totp_secret = ""
    user.save(update_fields=["totp_enabled", "totp_secret"])


def requires_2fa(*, user: User) -> bool:
    """True when an organization of the user demands 2FA for its heads/admins and the user is one."""
    return Membership.objects.filter(
        user=user,
        role__in=[Role.HEAD, Role.ADMIN],
        organization__require_2fa_for_heads=True,
    ).exists()
