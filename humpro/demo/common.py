"""Small helpers shared by the demo seeders: look-ups and "now"-relative local times."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

from django.contrib.auth import get_user_model
from django.utils import timezone

from humpro.officials.models import Official
from humpro.orgs.models import Organization, Unit


def official(org: Organization, title: str) -> Official:
    """The official of `org` holding the office written exactly as `title`."""
    return Official.objects.for_org(org).filter(offices__title=title).distinct().get()


def user(username: str) -> Any:
    return get_user_model().objects.get(username=username)


def unit(org: Organization, name: str) -> Unit:
    return Unit.objects.get(organization=org, name=name)


def today(org: Organization) -> dt.date:
    """Today's date in the organization's own time zone."""
    return timezone.localdate(timezone=org.tz)


def at(org: Organization, day: dt.date, hour: int, minute: int = 0) -> dt.datetime:
    """An aware datetime at a local clock time of `day` in the organization's zone."""
    return dt.datetime.combine(day, dt.time(hour, minute), tzinfo=org.tz)


def picture(text: str, *, size: tuple[int, int] = (1600, 1000), colours: tuple[str, str] = ("#0b4f6c", "#f2a541"),
            fmt: str = "JPEG") -> bytes:
    """A deterministic generated picture (same bytes for the same arguments, so idempotent by hash):
    a vertical gradient, a stylised stage and a caption line."""
    from PIL import Image, ImageColor, ImageDraw, ImageFont

    width, height = size
    top, bottom = (ImageColor.getrgb(c) for c in colours)
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / max(height - 1, 1)
        draw.line([(0, y), (width, y)], fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)))
    stage = (width // 8, height * 3 // 5, width * 7 // 8, height * 4 // 5)
    draw.rectangle(stage, fill="#3b2f2f")
    for i in range(7):  # people on the stage
        x = stage[0] + (i + 1) * (stage[2] - stage[0]) // 8
        draw.ellipse((x - 28, stage[1] - 150, x + 28, stage[1] - 94), fill="#f5deb3")
        draw.rectangle((x - 40, stage[1] - 92, x + 40, stage[1]), fill="#1f3a5f" if i % 2 else "#7a1f1f")
    draw.rectangle((0, height - 120, width, height), fill="#000000")
    try:
        font = ImageFont.truetype("DejaVuSans.ttf", 44)
    except OSError:
        font = ImageFont.load_default()
    draw.text((40, height - 95), text, fill="#ffffff", font=font)
    out = io.BytesIO()
    image.save(out, format=fmt, quality=85) if fmt == "JPEG" else image.save(out, format=fmt)
    return out.getvalue()
