"""Partner-media outlets as members of the newsroom's distribution lists.

Registered from `PressConfig.ready()` as the recipient source "press.outlet" of
`humpro.newsroom.recipients` (the newsroom's hook module, the only newsroom module press uses);
a list entry carries `source_id` = the outlet's pk.

An outlet stands for these addresses (decided for issue 4/5): its editorial e-mail (`Outlet.email`)
and the e-mail of every journalist marked active (`Journalist.is_active`), each once. An inactive
outlet receives nothing; an outlet with no address at all cannot be added. Only outlets of the
list's own organization resolve (checked when adding and again when sending).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from django.db.models import Prefetch

from humpro.orgs.models import Organization
from humpro.press.models import Journalist, Outlet

SOURCE = "press.outlet"
LABEL = "Media mitra"


def _outlets(ids: Iterable[str]) -> dict[str, Outlet]:
    pks = {int(i) for i in ids if str(i).isdigit()}
    qs = Outlet.objects.filter(pk__in=pks).prefetch_related(
        Prefetch("journalists", queryset=Journalist.objects.filter(is_active=True).exclude(email=""))
    )
    return {str(o.pk): o for o in qs}


def outlet_addresses(outlet: Outlet) -> list[tuple[str, str]]:
    """(email, name) of the outlet's addresses: the editorial address, then active journalists."""
    out: dict[str, tuple[str, str]] = {}
    if outlet.email:
        out.setdefault(outlet.email.strip().lower(), (outlet.email.strip(), f"Redaksi {outlet.name}"))
    journalists = outlet.journalists.all()
    for j in journalists:
        if j.is_active and j.email:
            out.setdefault(j.email.strip().lower(), (j.email.strip(), f"{j.name} ({outlet.name})"))
    return list(out.values())


def resolve(entries: list[Any]) -> Iterable[Any]:
    from humpro.newsroom.recipients import Recipient

    outlets = _outlets(e.source_id for e in entries)
    for entry in entries:
        outlet = outlets.get(entry.source_id)
        if outlet is None or not outlet.is_active or outlet.organization_id != entry.organization_id:
            continue
        for email, name in outlet_addresses(outlet):
            yield Recipient(email, name, SOURCE, entry.source_id)


def describe(entries: list[Any]) -> dict[int, str]:
    outlets = _outlets(e.source_id for e in entries)
    labels: dict[int, str] = {}
    for entry in entries:
        outlet = outlets.get(entry.source_id)
        if outlet is None or outlet.organization_id != entry.organization_id:
            continue
        n = len(outlet_addresses(outlet))
        state = "" if outlet.is_active else ", nonaktif — tidak dikirimi"
        labels[entry.pk] = (
            f"{outlet.name} ({outlet.get_media_type_display()}, {outlet.get_dewan_pers_status_display()}"
            f"{state}) — {n} alamat email"
        )
    return labels


def validate(organization: Organization, source_id: str) -> str:
    """The outlet's name when it may join a list of `organization`; ValueError otherwise."""
    outlet = _outlets([source_id]).get(str(source_id))
    if outlet is None or outlet.organization_id != organization.pk:
        raise ValueError("Media mitra tidak ditemukan.")
    if not outlet.is_active:
        raise ValueError(f"{outlet.name} nonaktif dan tidak dapat ditambahkan.")
    if not outlet_addresses(outlet):
        raise ValueError(f"{outlet.name} belum mempunyai alamat email (redaksi atau wartawan aktif).")
    return outlet.name


def _forget_deleted_outlet(sender: Any, instance: Outlet, **kwargs: Any) -> None:
    from humpro.newsroom.recipients import list_entries_forget

    list_entries_forget(organization_id=instance.organization_id, source=SOURCE, source_id=str(instance.pk))


def register() -> None:
    from django.db.models.signals import post_delete

    from humpro.newsroom.recipients import register_recipient_source

    register_recipient_source(
        SOURCE,
        resolve,
        label=LABEL,
        describe=describe,
        validate=validate,
        picker_url="press:list_picker",
    )
    post_delete.connect(_forget_deleted_outlet, sender=Outlet, dispatch_uid="press.forget_outlet_in_lists")
