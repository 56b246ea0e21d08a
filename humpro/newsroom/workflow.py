"""The release workflow: which move is allowed from which status, and for whom.

draft → review → approved → scheduled (embargo) → published → corrected / withdrawn.
Approval needs a role the organization chose in its newsroom settings (default: head), and
nobody approves their own text (second pair of eyes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from humpro.newsroom.models import NewsroomSettings, Release, ReleaseStatus
from humpro.orgs.models import Organization
from humpro.orgs.permissions import has_perm, roles_of
from humpro.orgs.roles import Role

S = ReleaseStatus
DEFAULT_APPROVER_ROLES = [Role.HEAD.value]


@dataclass(frozen=True)
class Move:
    action: str
    label: str
    source: tuple[str, ...]
    target: str
    permission: str
    needs_note: bool = False


MOVES: dict[str, Move] = {
    m.action: m
    for m in [
        Move("submit", "Ajukan ke telaah", (S.DRAFT,), S.REVIEW, "newsroom.write"),
        Move(
            "return",
            "Kembalikan ke penulis",
            (S.REVIEW,),
            S.DRAFT,
            "newsroom.review",
            needs_note=True,
        ),
        Move("approve", "Setujui", (S.REVIEW,), S.APPROVED, "newsroom.review"),
        Move(
            "reopen",
            "Buka kembali sebagai draf",
            (S.APPROVED, S.SCHEDULED),
            S.DRAFT,
            "newsroom.publish",
        ),
        Move("schedule", "Jadwalkan (embargo)", (S.APPROVED,), S.SCHEDULED, "newsroom.publish"),
        Move("unschedule", "Batalkan jadwal", (S.SCHEDULED,), S.APPROVED, "newsroom.publish"),
        Move("publish", "Terbitkan sekarang", (S.APPROVED,), S.PUBLISHED, "newsroom.publish"),
        Move(
            "correct",
            "Koreksi",
            (S.PUBLISHED, S.CORRECTED),
            S.CORRECTED,
            "newsroom.publish",
            needs_note=True,
        ),
        Move(
            "withdraw",
            "Tarik",
            (S.PUBLISHED, S.CORRECTED),
            S.WITHDRAWN,
            "newsroom.publish",
            needs_note=True,
        ),
    ]
}


class WorkflowError(Exception):
    """A refused move; the message is shown to the user (Indonesian)."""


class MoveForbidden(WorkflowError):
    """The move exists and fits the status, but this user may not make it (HTTP 403)."""


def settings_for(organization: Organization) -> NewsroomSettings:
    found = NewsroomSettings.objects.filter(organization=organization).first()
    if found is None:
        found, _ = NewsroomSettings.objects.get_or_create(
            organization=organization,
            defaults={
                "approver_roles": list(DEFAULT_APPROVER_ROLES),
                "credit_line": f"Dok. Humas {organization.name}",
            },
        )
    return found


def approver_roles(organization: Organization) -> set[str]:
    return set(settings_for(organization).approver_roles or DEFAULT_APPROVER_ROLES)


def check_move(*, release: Release, action: str, user: Any) -> Move:
    """The move if `user` may do `action` on `release` now, else WorkflowError (Indonesian)."""
    move = MOVES.get(action)
    if move is None:
        raise WorkflowError(f"Tindakan tidak dikenal: {action!r}.")
    if release.status not in move.source:
        raise WorkflowError(
            f"Tidak bisa \u201c{move.label.lower()}\u201d: status rilis \u201c{release.get_status_display()}\u201d."
        )
    if user is not None:  # None = the system (embargo worker)
        if not has_perm(user, release.organization, move.permission):
            raise MoveForbidden("Anda tidak memiliki wewenang untuk tindakan ini.")
        if action == "approve":
            allowed = approver_roles(release.organization)
            if not roles_of(user, release.organization) & allowed:
                raise MoveForbidden(
                    "Persetujuan hanya oleh peran yang ditetapkan organisasi: "
                    + ", ".join(sorted(Role(r).label for r in allowed if r in Role.values))
                    + "."
                )
            if release.author_id == user.pk:
                raise MoveForbidden("Penulis tidak dapat menyetujui rilisnya sendiri.")
    return move


def available_moves(*, release: Release, user: Any) -> list[Move]:
    found = []
    for action in MOVES:
        try:
            found.append(check_move(release=release, action=action, user=user))
        except WorkflowError:
            continue
    return found


EDITABLE = (S.DRAFT, S.REVIEW)


def can_edit(*, release: Release, user: Any) -> bool:
    org = release.organization
    if release.status == S.DRAFT:
        return has_perm(user, org, "newsroom.write")
    if release.status == S.REVIEW:
        # reviewers who also write may edit in review; a leader reviews and approves, not edits
        return has_perm(user, org, "newsroom.review") and has_perm(user, org, "newsroom.write")
    return False
