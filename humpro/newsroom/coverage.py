"""Coverage plans (liputan): a crew proposed automatically for public agenda items.

Crew members become `agenda.AgendaAssignment` rows, so the agenda's clash engine checks them
like anyone else; the proposal prefers people without a clash and with the fewest coverage
jobs in the surrounding weeks.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone

from humpro.agenda import clash
from humpro.agenda.models import (
    AgendaAssignment,
    AgendaItem,
    AgendaStatus,
    AssignmentRole,
    Visibility,
)
from humpro.agenda.selectors import candidate_entries, entry_for, rules_for
from humpro.newsroom.models import (
    CoverageAssignment,
    CoveragePlan,
    CoverageStatus,
    CrewRole,
    MediaAsset,
)
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.roles import Role

CREW = [  # (crew role, membership role that can fill it, agenda assignment role)
    (CrewRole.WRITER, Role.REPORTER, AssignmentRole.REPORTER),
    (CrewRole.PHOTOGRAPHER, Role.PHOTOGRAPHER, AssignmentRole.PHOTOGRAPHER),
    (CrewRole.VIDEOGRAPHER, Role.PHOTOGRAPHER, AssignmentRole.PHOTOGRAPHER),
]
MEMBER_ROLE = {c: m for c, m, _ in CREW}
AGENDA_ROLE = {c: a for c, _, a in CREW}


def needs_coverage(item: AgendaItem) -> bool:
    return item.visibility == Visibility.PUBLIC and item.status not in (AgendaStatus.CANCELLED,)


def crew_clashes(item: AgendaItem, user: Any) -> list[clash.Clash]:
    """Person clashes of `user` if they join `item` (the agenda's engine, with its rules)."""
    person = clash.Person(f"user:{user.pk}", getattr(user, "full_name", "") or user.get_username())
    base = entry_for(item, assignments=[], labels=False)
    new = dataclasses.replace(base, people=(person,))
    others = candidate_entries(organization=item.organization, new=new)
    return [
        c
        for c in clash.find_clashes(new, others, rules_for(item.organization), item.organization.timezone)
        if c.kind in (clash.PERSON, clash.TRAVEL)
    ]


def _candidates(item: AgendaItem, member_role: str, taken: set[int]) -> list[Any]:
    window = (item.start - dt.timedelta(days=14), item.start + dt.timedelta(days=14))
    return list(
        get_user_model()
        .objects.filter(
            memberships__organization=item.organization,
            memberships__role=member_role,
            is_active=True,
        )
        .exclude(pk__in=taken)
        .distinct()
        .annotate(
            load=Count(
                "coverage_assignments",
                filter=Q(coverage_assignments__plan__agenda_item__start__range=window),
            )
        )
        .order_by("load", "pk")
    )


def _attach(ca: CoverageAssignment, item: AgendaItem, user: Any | None) -> list[clash.Clash]:
    """Point a crew slot at `user` (or nobody), keeping the agenda assignment in step."""
    if ca.agenda_assignment_id:
        AgendaAssignment.objects.filter(pk=ca.agenda_assignment_id).delete()
        ca.agenda_assignment = None
    ca.user, ca.clash_note = user, ""
    found: list[clash.Clash] = []
    if user is not None:
        found = crew_clashes(item, user)
        ca.clash_note = " ".join(c.message for c in found)[:300]
        ca.agenda_assignment = AgendaAssignment.objects.create(
            organization=item.organization,
            item=item,
            user=user,
            role=AGENDA_ROLE[ca.role],
            note=f"Liputan: {ca.get_role_display().lower()}",
        )
    ca.save()
    return found


@transaction.atomic
def coverage_propose(*, item: AgendaItem) -> CoveragePlan | None:
    """Create the coverage plan of a public item with a proposed crew (idempotent)."""
    item = AgendaItem.objects.select_related("organization").get(pk=item.pk)
    if not needs_coverage(item):
        return None
    plan, created = CoveragePlan.objects.get_or_create(
        agenda_item=item, defaults={"organization": item.organization, "auto": True}
    )
    if not created:
        return plan
    taken: set[int] = set()
    for crew_role, member_role, _ in CREW:
        chosen = None
        pool = _candidates(item, member_role, taken)
        for user in pool:
            if not any(c.kind == clash.PERSON for c in crew_clashes(item, user)):
                chosen = user
                break
        if chosen is None and pool:
            chosen = pool[0]  # everyone is busy: propose the least loaded, the clash is shown
        ca = CoverageAssignment(organization=item.organization, plan=plan, role=crew_role)
        _attach(ca, item, chosen)
        if chosen is not None:
            taken.add(chosen.pk)
    return plan


@transaction.atomic
def coverage_assign(*, plan: CoveragePlan, role: str, user: Any | None) -> list[clash.Clash]:
    """Change who fills a crew slot; returns the clashes the engine found (shown as warnings)."""
    if role not in CrewRole.values:
        raise WorkflowError("Tugas kru tidak dikenal.")
    if (
        user is not None
        and not user.memberships.filter(organization=plan.organization, role=MEMBER_ROLE[role]).exists()
    ):
        raise WorkflowError("Petugas harus memiliki peran peliput/fotografer di organisasi ini.")
    ca, _ = CoverageAssignment.objects.get_or_create(plan=plan, role=role, defaults={"organization": plan.organization})
    return _attach(ca, plan.agenda_item, user)


@transaction.atomic
def coverage_set_status(*, plan: CoveragePlan, status: str) -> CoveragePlan:
    if status not in CoverageStatus.values:
        raise WorkflowError("Status liputan tidak dikenal.")
    plan.status = status
    plan.save()
    return plan


@dataclass
class Delivered:
    releases: list[Any]
    photos: int
    videos: int
    by_role: dict[str, bool]


def delivered(plan: CoveragePlan) -> Delivered:
    """What the coverage produced: releases and media linked to the agenda item, per crew slot."""
    item = plan.agenda_item
    releases = list(item.releases.all().order_by("-created_at"))
    media = MediaAsset.objects.filter(agenda_item=item)
    crew = {ca.role: ca.user_id for ca in plan.crew.all()}
    by_role = {
        CrewRole.WRITER: any(r.author_id == crew.get(CrewRole.WRITER) for r in releases)
        if crew.get(CrewRole.WRITER)
        else bool(releases),
        CrewRole.PHOTOGRAPHER: media.filter(
            kind="photo",
            **({"uploaded_by_id": crew[CrewRole.PHOTOGRAPHER]} if crew.get(CrewRole.PHOTOGRAPHER) else {}),
        ).exists(),
        CrewRole.VIDEOGRAPHER: media.filter(
            kind="video",
            **({"uploaded_by_id": crew[CrewRole.VIDEOGRAPHER]} if crew.get(CrewRole.VIDEOGRAPHER) else {}),
        ).exists(),
    }
    return Delivered(releases, media.filter(kind="photo").count(), media.filter(kind="video").count(), by_role)


def propose_missing(*, now: dt.datetime | None = None, days: int = 30) -> int:
    """Propose plans for upcoming public items that have none (periodic safety net)."""
    now = now or timezone.now()
    items = AgendaItem.objects.filter(
        visibility=Visibility.PUBLIC,
        end__gte=now,
        start__lte=now + dt.timedelta(days=days),
        coverage__isnull=True,
    ).exclude(status=AgendaStatus.CANCELLED)
    return sum(1 for item in items if coverage_propose(item=item))
