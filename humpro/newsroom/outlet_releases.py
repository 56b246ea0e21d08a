"""Releases delivered to a partner-media outlet, for the press portal (`humpro.press.hooks`).

Registered from `NewsroomConfig.ready()` when the press app is installed; this module never
imports press: it only knows that press names its outlets "press.outlet" + the outlet's pk in
distribution-list entries (see `humpro.newsroom.recipients`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.text import Truncator

from humpro.core.models import OutboxStatus
from humpro.newsroom.distribution import public_url
from humpro.newsroom.models import Delivery, ReleaseStatus

OUTLET_SOURCE = "press.outlet"


def releases_for_outlet(outlet: Any, limit: int) -> list[Any]:
    """One entry per release actually sent (SMTP accepted) to at least one of the outlet's
    addresses as a member of a distribution list, newest first; withdrawn/corrected releases
    say so in the summary."""
    from humpro.press.hooks import ReleaseRef

    deliveries = (
        Delivery.objects.filter(
            organization_id=outlet.organization_id,
            refs__source=OUTLET_SOURCE,
            refs__source_id=str(outlet.pk),
            message__status=OutboxStatus.SENT,
            bounced_at__isnull=True,
        )
        .select_related("release__organization", "message")
        .order_by("-message__sent_at", "-id")
    )
    found: dict[int, Any] = {}
    for d in deliveries.iterator():
        if d.release_id in found:
            continue
        release = d.release
        summary = Truncator(release.lead).words(40)
        if release.status == ReleaseStatus.WITHDRAWN:
            summary = f"Ditarik: {release.withdrawn_reason}".strip()
        elif release.status == ReleaseStatus.CORRECTED and release.correction_note:
            summary = f"Koreksi: {release.correction_note} — {summary}"
        sent_at: dt.datetime = d.message.sent_at or d.created_at
        found[d.release_id] = ReleaseRef(title=release.title, sent_at=sent_at, url=public_url(release), summary=summary)
        if len(found) >= limit:
            break
    return list(found.values())
