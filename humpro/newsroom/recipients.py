"""Where the recipients of a distribution list come from (the newsroom's hook module).

Each `ListEntry.source` names a resolver here. The newsroom registers "contact"; the
partner-media registry registers "press.outlet" from its AppConfig.ready() with
`register_recipient_source(...)` (entries carry `source_id` = the outlet's pk), without this app
importing it. Other apps use only this module to read and change list membership
(`distribution_list_for`, `list_entry_add`, `list_entry_remove`, `list_entries_forget`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace

from django.db import IntegrityError, transaction
from django.shortcuts import get_object_or_404

from humpro.newsroom.models import Delivery, DistributionList, ListEntry
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.models import Organization

Ref = tuple[str, str]


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    source: str
    source_id: str = ""
    # every list member (source, source_id) this address stands for; filled by `recipients_of`
    refs: frozenset[Ref] = field(default_factory=frozenset)


Resolver = Callable[[list[ListEntry]], Iterable[Recipient]]
# entries → {entry pk: label shown on the list page}
Describer = Callable[[list[ListEntry]], dict[int, str]]
# (organization, source_id) → label; raises ValueError with an Indonesian message when refused
Validator = Callable[[Organization, str], str]


@dataclass(frozen=True)
class RecipientSource:
    key: str
    resolver: Resolver
    label: str = ""
    describe: Describer | None = None
    validate: Validator | None = None
    picker_url: str = ""  # URL name taking (org, list_id): a page/fragment to pick members
    # addresses of this source are skipped after a bounce (contacts track it themselves)
    skip_bounced: bool = True


RECIPIENT_SOURCES: dict[str, Resolver] = {}
SOURCES: dict[str, RecipientSource] = {}


def register_recipient_source(
    source: str,
    resolver: Resolver,
    *,
    label: str = "",
    describe: Describer | None = None,
    validate: Validator | None = None,
    picker_url: str = "",
    skip_bounced: bool = True,
) -> None:
    RECIPIENT_SOURCES[source] = resolver
    SOURCES[source] = RecipientSource(source, resolver, label or source, describe, validate, picker_url, skip_bounced)


def _contacts(entries: list[ListEntry]) -> Iterable[Recipient]:
    for entry in entries:
        c = entry.contact
        if c is not None and c.active and c.bounced_at is None:
            name = f"{c.name} ({c.outlet_name})" if c.outlet_name else c.name
            yield Recipient(c.email, name, "contact", str(c.pk))


def _describe_contacts(entries: list[ListEntry]) -> dict[int, str]:
    return {e.pk: str(e.contact) for e in entries if e.contact is not None}


register_recipient_source("contact", _contacts, label="Kontak", describe=_describe_contacts, skip_bounced=False)


def recipients_of(lists: Iterable[DistributionList]) -> list[Recipient]:
    """Every active recipient of `lists`, each email once (case-insensitive), sorted; `refs` holds
    every list member the address stands for. Addresses of non-contact sources whose delivery
    was marked bounced in the organization are left out (as bounced contacts are)."""
    entries = list(ListEntry.objects.filter(distribution_list__in=list(lists)).select_related("contact"))
    by_source: dict[str, list[ListEntry]] = {}
    for e in entries:
        by_source.setdefault(e.source, []).append(e)
    bounced: set[str] = set()
    if any(SOURCES.get(s) and SOURCES[s].skip_bounced for s in by_source):
        bounced = set(
            Delivery.objects.filter(
                organization_id__in={e.organization_id for e in entries}, bounced_at__isnull=False
            ).values_list("email", flat=True)
        )
    seen: dict[str, Recipient] = {}
    refs: dict[str, set[Ref]] = {}
    for source, group in sorted(by_source.items()):
        info = SOURCES.get(source)
        if info is None:
            continue
        for r in info.resolver(group):
            key = r.email.strip().lower()
            if not key or (info.skip_bounced and key in bounced):
                continue
            seen.setdefault(key, r)
            if r.source_id:
                refs.setdefault(key, set()).add((r.source, r.source_id))
    return [replace(seen[k], refs=frozenset(refs.get(k, ()))) for k in sorted(seen)]


# --- list membership, for the newsroom's views/API and for other apps -------------------------


def distribution_list_for(organization: Organization, list_id: int | str) -> DistributionList:
    """The organization's list, or 404 (another organization's list is not found)."""
    return get_object_or_404(DistributionList.objects.for_org(organization), pk=list_id)


@dataclass(frozen=True)
class EntryView:
    entry: ListEntry
    source_label: str
    label: str


def list_entries(distribution_list: DistributionList) -> list[EntryView]:
    """The members of a list with a readable label per source (contacts first, then by label)."""
    entries = list(distribution_list.entries.select_related("contact").order_by("source", "id"))
    by_source: dict[str, list[ListEntry]] = {}
    for e in entries:
        by_source.setdefault(e.source, []).append(e)
    out: list[EntryView] = []
    for source, group in by_source.items():
        info = SOURCES.get(source)
        labels = info.describe(group) if info and info.describe else {}
        for e in group:
            out.append(
                EntryView(
                    e,
                    info.label if info else source,
                    labels.get(e.pk) or f"{source} #{e.source_id or e.contact_id} (tidak dikenal)",
                )
            )
    return sorted(out, key=lambda v: (v.entry.source != "contact", v.source_label, v.label.lower()))


@transaction.atomic
def list_entry_add(*, distribution_list: DistributionList, source: str, source_id: str) -> ListEntry:
    """Add a member of a registered non-contact source (contacts are added via the contact form).
    The source checks that the record belongs to the list's organization."""
    info = SOURCES.get(source)
    if info is None or source == "contact" or info.validate is None:
        raise WorkflowError("Sumber penerima tidak dikenal.")
    source_id = str(source_id).strip()
    try:
        info.validate(distribution_list.organization, source_id)
    except ValueError as exc:
        raise WorkflowError(str(exc)) from exc
    if ListEntry.objects.filter(distribution_list=distribution_list, source=source, source_id=source_id).exists():
        raise WorkflowError("Sudah menjadi anggota daftar ini.")
    try:
        with transaction.atomic():
            return ListEntry.objects.create(
                organization=distribution_list.organization,
                distribution_list=distribution_list,
                source=source,
                source_id=source_id,
            )
    except IntegrityError as exc:  # added concurrently
        raise WorkflowError("Sudah menjadi anggota daftar ini.") from exc


@transaction.atomic
def list_entry_remove(*, distribution_list: DistributionList, entry_id: int) -> None:
    entry = get_object_or_404(ListEntry.objects.filter(distribution_list=distribution_list), pk=entry_id)
    entry.delete()


def list_entries_forget(*, organization_id: int, source: str, source_id: str) -> int:
    """Remove a deleted record from every list of its organization; returns how many entries."""
    deleted, _ = ListEntry.objects.filter(
        organization_id=organization_id, source=source, source_id=str(source_id)
    ).delete()
    return deleted
