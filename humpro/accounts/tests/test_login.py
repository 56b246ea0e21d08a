from __future__ import annotations

import pyotp
import pytest
from django.core import mail
from django.urls import reverse

from humpro.accounts.models import ApiToken, LoginAttempt
from humpro.core.models import OutboxMessage
from humpro.core.worker import run_pending_tasks
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db


def _login(client, username: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return client.post(reverse("accounts:login"), {"username": username, "password": password})


def test_login_and_logout(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=[Role.PROTOCOL])
    response = _login(client, user.username)
    assert response.status_code == 302
    assert client.get("/").url == f"/o/{org.slug}/"
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert client.get(f"/o/{org.slug}/").status_code == 302


def test_wrong_password_shows_indonesian_error(client) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    response = _login(client, user.username, "salah")
    assert response.status_code == 200
    assert "kata sandi" in response.content.decode().lower()


def test_lockout_after_repeated_failures(client, settings) -> None:  # type: ignore[no-untyped-def]
    settings.LOGIN_FAILURE_LIMIT = 3
    user = make_user()
    for _ in range(3):
        _login(client, user.username, "salah")
    response = _login(client, user.username)  # even the right password is refused while locked
    assert response.status_code == 429
    assert "dikunci sementara" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert LoginAttempt.objects.filter(username=user.username, success=False).count() == 3


def test_lockout_expires(client, settings) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from django.utils import timezone

    settings.LOGIN_FAILURE_LIMIT = 2
    user = make_user()
    for _ in range(2):
        _login(client, user.username, "salah")
    LoginAttempt.objects.update(at=timezone.now() - dt.timedelta(minutes=settings.LOGIN_LOCKOUT_MINUTES + 1))
    assert _login(client, user.username).status_code == 302


def test_totp_two_step_login(client) -> None:  # type: ignore[no-untyped-def]
    user = make_user()
    user.totp_secret = pyotp.random_base32()
    user.totp_enabled = True
    user.save()
    response = _login(client, user.username)
    assert response.url == reverse("accounts:login_2fa")
    assert "_auth_user_id" not in client.session
    assert client.post(reverse("accounts:login_2fa"), {"code": "000000"}).status_code == 200
    assert "_auth_user_id" not in client.session
    code = pyotp.TOTP(user.totp_secret).now()
    assert client.post(reverse("accounts:login_2fa"), {"code": code}).status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_required_2fa_for_heads_redirects_until_enabled(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org(require_2fa_for_heads=True)
    head = make_user(org=org, roles=[Role.HEAD])
    reporter = make_user(org=org, roles=[Role.REPORTER])
    client.force_login(reporter)
    assert client.get(f"/o/{org.slug}/").status_code == 200
    client.force_login(head)
    response = client.get(f"/o/{org.slug}/")
    assert response.status_code == 302 and response.url.startswith(reverse("accounts:two_factor"))
    page = client.get(reverse("accounts:two_factor"))
    assert "mewajibkan" in page.content.decode()
    head.refresh_from_db()
    code = pyotp.TOTP(head.totp_secret).now()
    assert client.post(reverse("accounts:two_factor"), {"code": code}).status_code == 302
    assert client.get(f"/o/{org.slug}/").status_code == 200
    # and it cannot be switched off while required
    client.post(reverse("accounts:two_factor"), {"action": "disable"})
    head.refresh_from_db()
    assert head.totp_enabled


def test_password_reset_goes_through_the_outbox(client, django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    user = make_user(email="sinta@nusamakmur.go.id")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": "sinta@nusamakmur.go.id"})
    assert response.status_code == 302
    message = OutboxMessage.objects.get(purpose="password_reset")
    assert message.recipient == "sinta@nusamakmur.go.id" and mail.outbox == []
    run_pending_tasks()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    link = next(line for line in body.splitlines() if "/akun/sandi/atur/" in line)
    path = link.split("testserver", 1)[1] if "testserver" in link else link[link.index("/akun/"):]
    response = client.get(path, follow=True)
    response = client.post(response.redirect_chain[-1][0],
                           {"new_password1": "Sandi-Baru-2026!", "new_password2": "Sandi-Baru-2026!"})
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password("Sandi-Baru-2026!")


def test_api_token_is_shown_once_and_can_be_revoked(client) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    user = make_user(org=org, roles=[Role.PROTOCOL])
    client.force_login(user)
    response = client.post(reverse("accounts:api_tokens"), {"name": "laptop"})
    raw = response.context["new_token"]
    assert raw.startswith("hp_") and ApiToken.objects.get().key_hash != raw
    api = client.__class__()
    assert api.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 200
    client.post(reverse("accounts:api_token_revoke", kwargs={"pk": ApiToken.objects.get().pk}))
    assert api.get("/api/v1/orgs", HTTP_AUTHORIZATION=f"Bearer {raw}").status_code == 401
