"""Writes to the partner-media registry: outlets, journalists, cards, portal users, updates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from humpro.core.tabular import check_email, check_url
from humpro.orgs.models import Membership, Organization
from humpro.orgs.roles import Role
from humpro.press.models import (
    AccreditationCard,
    Journalist,
    Outlet,
    OutletUser,
    ProfileUpdate,
    ProfileUpdateTransition,
)

# Fields an outlet's own users may propose to change through the portal (reviewed before applied).
PORTAL_FIELDS = [
    "name",
    "legal_name",
    "deed_number",
    "deed_date",
    "sk_kemenkumham",
    "nib",
    "npwp",
    "dewan_pers_status",
    "dewan_pers_date",
    "dewan_pers_evidence",
    "chief_editor",
    "chief_editor_ukw",
    "chief_editor_ukw_number",
    "address",
    "city",
    "phone",
    "email",
    "website",
    "feed_urls",
    "sitemap_urls",
    "social_accounts",
    "reach",
    "reach_unit",
]


def _actor(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None


def validate_outlet_data(data: dict[str, Any]) -> list[str]:
    """Problems (Indonesian) with outlet fields that forms/schemas do not check themselves."""
    problems = []
    for url in [
        data.get("website") or "",
        *(data.get("feed_urls") or []),
        *(data.get("sitemap_urls") or []),
    ]:
        if message := check_url(url):
            problems.append(message)
    if message := check_email(data.get("email") or ""):
        problems.append(message)
    return problems


@transaction.atomic
def outlet_save(*, organization: Organization, outlet: Outlet | None = None, **fields: Any) -> Outlet:
    problems = validate_outlet_data(fields)
    if not (fields.get("name") or (outlet and outlet.name)):
        problems.append("Nama media wajib diisi.")
    if problems:
        raise ValidationError(problems)
    outlet = outlet or Outlet(organization=organization)
    for key, value in fields.items():
        setattr(outlet, key, value)
    outlet.full_clean(exclude=["organization"])
    outlet.save()
    return outlet


@transaction.atomic
def journalist_save(*, outlet: Outlet, journalist: Journalist | None = None, **fields: Any) -> Journalist:
    if message := check_email(fields.get("email") or ""):
        raise ValidationError(message)
    journalist = journalist or Journalist(organization=outlet.organization, outlet=outlet)
    for key, value in fields.items():
        setattr(journalist, key, value)
    journalist.save()
    return journalist


@transaction.atomic
def card_issue(*, journalist: Journalist, number: str, valid_from: dt.date, valid_until: dt.date) -> AccreditationCard:
    if valid_until < valid_from:
        raise ValidationError("Tanggal akhir berlaku tidak boleh sebelum tanggal mulai.")
    if AccreditationCard.objects.filter(organization=journalist.organization, number=number).exists():
        raise ValidationError(f"Nomor kartu {number!r} sudah dipakai.")
    return AccreditationCard.objects.create(
        organization=journalist.organization,
        journalist=journalist,
        number=number,
        valid_from=valid_from,
        valid_until=valid_until,
    )


@transaction.atomic
def card_revoke(*, card: AccreditationCard, reason: str) -> AccreditationCard:
    if not reason.strip():
        raise ValidationError("Alasan pencabutan wajib diisi.")
    card.status, card.revoked_reason = AccreditationCard.Status.REVOKED, reason.strip()
    card.save()
    return card


def card_public_path(card: AccreditationCard) -> str:
    return reverse("press_public:card", kwargs={"org": card.organization.slug, "code": card.code})


def qr_svg(data: str) -> str:
    """An inline SVG QR code (no raster library needed)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(data, image_factory=qrcode.image.svg.SvgPathImage, box_size=8, border=2)
    return image.to_string(encoding="unicode")


@transaction.atomic
def outlet_user_link(*, outlet: Outlet, user: Any) -> OutletUser:
    """Give `user` the partner_media role in the organization and link them to the outlet."""
    organization = outlet.organization
    staff = Membership.objects.filter(user=user, organization=organization).exclude(role=Role.PARTNER_MEDIA)
    if staff.exists():
        raise ValidationError("Pengguna ini staf organisasi; akun media mitra harus akun terpisah.")
    Membership.objects.get_or_create(user=user, organization=organization, role=Role.PARTNER_MEDIA)
    link, _ = OutletUser.objects.update_or_create(organization=organization, user=user, defaults={"outlet": outlet})
    return link


def portal_outlet(user: Any, organization: Organization) -> Outlet | None:
    """The outlet a partner_media user acts for in this organization (None when not linked)."""
    link = OutletUser.objects.filter(organization=organization, user=user).select_related("outlet").first()
    return link.outlet if link else None


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


@transaction.atomic
def profile_update_propose(*, outlet: Outlet, user: Any, changes: dict[str, Any]) -> ProfileUpdate:
    """Store the fields that differ from the current profile as a pending proposal."""
    unknown = set(changes) - set(PORTAL_FIELDS)
    if unknown:
        raise ValidationError(f"Kolom tidak dapat diusulkan: {', '.join(sorted(unknown))}.")
    problems = validate_outlet_data(changes)
    if problems:
        raise ValidationError(problems)
    diff = {k: _jsonable(v) for k, v in changes.items() if _jsonable(getattr(outlet, k)) != _jsonable(v)}
    if not diff:
        raise ValidationError("Tidak ada perubahan dibandingkan profil saat ini.")
    update = ProfileUpdate.objects.create(
        organization=outlet.organization, outlet=outlet, proposed_by=_actor(user), changes=diff
    )
    ProfileUpdateTransition.objects.create(update=update, to_status=update.status, actor=_actor(user))
    return update


@transaction.atomic
def profile_update_review(*, update: ProfileUpdate, approve: bool, user: Any = None, note: str = "") -> ProfileUpdate:
    update = ProfileUpdate.objects.select_for_update().select_related("outlet").get(pk=update.pk)
    if update.status != ProfileUpdate.Status.PENDING:
        raise ValidationError("Usulan ini sudah ditinjau.")
    if not approve and not note.strip():
        raise ValidationError("Alasan penolakan wajib diisi.")
    status = ProfileUpdate.Status.APPROVED if approve else ProfileUpdate.Status.REJECTED
    if approve:
        outlet = update.outlet
        for key, value in update.changes.items():
            field = outlet._meta.get_field(key)
            setattr(outlet, key, field.to_python(value) if not isinstance(value, list) else value)
        outlet.full_clean(exclude=["organization"])
        outlet.save()
    ProfileUpdateTransition.objects.create(
        update=update,
        from_status=update.status,
        to_status=status,
        note=note.strip(),
        actor=_actor(user),
        at=timezone.now(),
    )
    update.status = status
    update.save()
    return update
