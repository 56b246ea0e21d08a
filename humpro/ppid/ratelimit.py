"""Per-IP rate limit of the public form and tracking page, kept in the database (works across
processes and machines). The IP address is stored only as a keyed hash."""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from humpro.ppid.models import PublicFormHit

LIMITS = {"mohon": (5, dt.timedelta(hours=1)), "lacak": (20, dt.timedelta(hours=1))}


def client_ip(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR") or "0.0.0.0"  # noqa: S104 (a key, not a bind address)


def _hash(ip: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), ip.encode(), hashlib.sha256).hexdigest()


def is_limited(request: HttpRequest, kind: str) -> bool:
    limit, window = LIMITS[kind]
    since = timezone.now() - window
    return (
        PublicFormHit.objects.filter(
            kind=kind, ip_hash=_hash(client_ip(request)), at__gte=since
        ).count()
        >= limit
    )


def record_hit(request: HttpRequest, kind: str) -> None:
    now = timezone.now()
    PublicFormHit.objects.create(kind=kind, ip_hash=_hash(client_ip(request)), at=now)
    PublicFormHit.objects.filter(at__lt=now - dt.timedelta(days=1)).delete()
