"""Reads of the agenda: calendar ranges, clash-engine entries, settings."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db.models import Prefetch, QuerySet

from humpro.agenda import clash
from humpro.agenda.models import (
    AgendaAssignment,
    AgendaItem,
    AgendaStatus,
    ClashRule,
    Visibility,
)
from humpro.officials.models import Official
from humpro.orgs.models import Organization


def clash_rule_for(organization: Organization) -> ClashRule:
    rule = ClashRule.objects.filter(organization=organization).first()
    return rule or ClashRule(organization=organization)


def rules_for(organization: Organization) -> clash.Rules:
    rule = clash_rule_for(organization)
    return clash.Rules(
        person=rule.person_overlap,
        venue=rule.venue_overlap,
        travel=rule.travel_time,
        speed_kmh=float(rule.travel_speed_kmh),
        min_buffer_minutes=rule.min_buffer_minutes,
    )


def official_label(official: Official) -> str:
    """How an official is named in clash messages: the office title ("Gubernur"), else the name."""
    office = official.current_office()
    return office.title if office else official.full_name


def items_in_range(
    *,
    organization: Organization,
    start: dt.datetime,
    end: dt.datetime,
    leader_id: int | None = None,
    public_only: bool = False,
    include_cancelled: bool = True,
) -> QuerySet[AgendaItem]:
    qs = (
        AgendaItem.objects.for_org(organization)
        .between(start, end)
        .select_related("leader", "representative", "invitation")
        .order_by("start", "id")
    )
    if leader_id:
        qs = qs.filter(leader_id=leader_id)
    if public_only:
        qs = qs.filter(visibility=Visibility.PUBLIC)
    if not include_cancelled:
        qs = qs.active()
    return qs


def people_of(
    item: AgendaItem, assignments: list[AgendaAssignment] | None = None, labels: bool = True
) -> tuple[clash.Person, ...]:
    """Who is at an item: the leader unless represented, the representative, assignees."""
    people: list[clash.Person] = []
    if item.status != AgendaStatus.REPRESENTED and item.leader_id:
        people.append(clash.Person(f"official:{item.leader_id}", official_label(item.leader) if labels else ""))
    if item.representative_id:
        label = official_label(item.representative) if labels else ""  # same name on both sides
        people.append(clash.Person(f"official:{item.representative_id}", label, "mewakili"))
    for a in assignments if assignments is not None else item.assignments.all():
        role = a.get_role_display()
        label = f"{role} {a.person_label}" if labels else ""
        people.append(clash.Person(a.person_key, label, role))
    return tuple(people)


def entry_for(item: AgendaItem, assignments: list[AgendaAssignment] | None = None, labels: bool = True) -> clash.Entry:
    return clash.Entry(
        id=item.pk,
        title=item.title,
        start=item.start,
        end=item.end,
        timezone=item.timezone,
        all_day=item.all_day,
        venue=item.venue_name,
        latitude=item.latitude,
        longitude=item.longitude,
        people=people_of(item, assignments, labels),
        cancelled=item.status == AgendaStatus.CANCELLED,
        group=f"inv:{item.invitation_id}" if item.invitation_id else "",
    )


def candidate_entries(*, organization: Organization, new: clash.Entry) -> list[clash.Entry]:
    """Non-cancelled items close enough in time to clash with `new` (query + prefetch)."""
    start, end = clash.candidates_window(new)
    qs = (
        AgendaItem.objects.for_org(organization)
        .active()
        .between(start, end)
        .only(
            "id",
            "title",
            "start",
            "end",
            "timezone",
            "all_day",
            "venue_name",
            "latitude",
            "longitude",
            "status",
            "leader_id",
            "representative_id",
            "invitation_id",
        )
        .prefetch_related(
            Prefetch(
                "assignments",
                queryset=AgendaAssignment.objects.only("id", "item_id", "user_id", "official_id", "role"),
            )
        )
    )
    return [entry_for(item, list(item.assignments.all()), labels=False) for item in qs]


def check_entry(*, organization: Organization, new: clash.Entry) -> list[clash.Clash]:
    return clash.find_clashes(
        new,
        candidate_entries(organization=organization, new=new),
        rules_for(organization),
        display_tz=organization.timezone,
    )


def clashes_by_item(*, organization: Organization, items: list[AgendaItem]) -> dict[int, list[clash.Clash]]:
    """Clashes of each shown calendar item against the rest of the agenda."""
    if not items:
        return {}
    rules = rules_for(organization)
    lo = min(i.start for i in items) - dt.timedelta(days=1)
    hi = max(i.end for i in items) + dt.timedelta(days=1)
    pool = list(
        AgendaItem.objects.for_org(organization)
        .active()
        .between(lo, hi)
        .select_related("leader", "representative")
        .prefetch_related("assignments__user", "assignments__official")
    )
    entries = {i.pk: entry_for(i, list(i.assignments.all())) for i in pool}
    found: dict[int, list[clash.Clash]] = {}
    for item in items:
        if item.pk in entries:
            result = clash.find_clashes(entries[item.pk], entries.values(), rules, organization.timezone)
            if result:
                found[item.pk] = result
    return found


def leaders(organization: Organization) -> QuerySet[Official]:
    """Officials who have agenda items, or all officials of the organization as choices."""
    return Official.objects.for_org(organization).order_by("name")


def as_choices(qs: Any) -> list[tuple[int, str]]:
    return [(o.pk, o.full_name) for o in qs]
