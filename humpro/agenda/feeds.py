"""Writes of the agenda settings: clash rules per organization and iCalendar feed tokens."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from humpro.agenda.models import CalendarFeed, ClashRule, FeedKind, RuleAction, Visibility
from humpro.agenda.validation import AgendaError
from humpro.agenda.validation import check_choice as _check_choice
from humpro.agenda.validation import official_in as _official
from humpro.officials.models import Official
from humpro.orgs.models import Organization


@transaction.atomic
def clash_rule_save(
    *,
    organization: Organization,
    person_overlap: str,
    venue_overlap: str,
    travel_time: str,
    travel_speed_kmh: int,
    min_buffer_minutes: int,
    lead_time_days: int,
) -> ClashRule:

    for name, value in (
        ("person_overlap", person_overlap),
        ("venue_overlap", venue_overlap),
        ("travel_time", travel_time),
    ):
        _check_choice(value, RuleAction, name, "Tindakan")
    if not 1 <= travel_speed_kmh <= 1000:
        raise AgendaError({"travel_speed_kmh": "Kecepatan harus antara 1 dan 1000 km/jam."})
    if not 0 <= min_buffer_minutes <= 720 or not 0 <= lead_time_days <= 60:
        raise AgendaError({"min_buffer_minutes": "Jeda 0–720 menit dan tenggat 0–60 hari."})
    rule, _ = ClashRule.objects.get_or_create(organization=organization)
    rule.person_overlap, rule.venue_overlap, rule.travel_time = (
        person_overlap,
        venue_overlap,
        travel_time,
    )
    rule.travel_speed_kmh, rule.min_buffer_minutes, rule.lead_time_days = (
        travel_speed_kmh,
        min_buffer_minutes,
        lead_time_days,
    )
    rule.save()
    return rule


@transaction.atomic
def feed_create(
    *,
    organization: Organization,
    by: Any,
    name: str,
    kind: str,
    leader: Official | int | None = None,
    audience: str = Visibility.INTERNAL,
) -> CalendarFeed:
    _check_choice(kind, FeedKind, "kind", "Jenis feed")
    _check_choice(audience, Visibility, "audience", "Audiens")
    leader_obj = _official(organization, leader, "leader")
    if kind == FeedKind.LEADER and leader_obj is None:
        raise AgendaError({"leader": "Feed per pimpinan memerlukan pimpinan."})
    if not name.strip():
        raise AgendaError({"name": "Nama feed wajib diisi."})
    return CalendarFeed.objects.create(
        organization=organization,
        name=name.strip()[:120],
        kind=kind,
        leader=leader_obj if kind == FeedKind.LEADER else None,
        audience=audience,
        created_by=by if getattr(by, "pk", None) else None,
    )


def feed_revoke(*, feed: CalendarFeed) -> CalendarFeed:
    if feed.revoked_at is None:
        feed.revoked_at = timezone.now()
        feed.save(update_fields=["revoked_at", "updated_at"])
    return feed
