"""REST endpoints for distribution-list membership (contacts and other apps' sources, e.g.
partner-media outlets "press.outlet"), on the newsroom router (imported at the end of api.py)."""

from __future__ import annotations

from django.http import HttpRequest
from ninja import Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.newsroom.api import P, router
from humpro.newsroom.recipients import (
    SOURCES,
    distribution_list_for,
    list_entries,
    list_entry_add,
    list_entry_remove,
    recipients_of,
)
from humpro.newsroom.workflow import WorkflowError


class EntryIn(Schema):
    source: str = Field(min_length=1, max_length=40, description='mis. "press.outlet"')
    source_id: str = Field(min_length=1, max_length=64, description="pk rekaman sumber, mis. id media mitra")


class EntryOut(Schema):
    id: int
    source: str
    source_id: str
    source_label: str
    label: str


@router.get(f"{P}/sources", response=list[dict], summary="Sumber anggota daftar distribusi")
def sources_api(request: HttpRequest, org: str) -> list[dict]:
    org_for(request, org, "newsroom.distribute")
    return [{"source": key, "label": info.label, "addable": info.validate is not None} for key, info in SOURCES.items()]


@router.get(f"{P}/lists/{{list_id}}", response=dict, summary="Satu daftar distribusi: anggota dan alamat")
def list_detail_api(request: HttpRequest, org: str, list_id: int) -> dict:
    organization = org_for(request, org, "newsroom.distribute")
    dl = distribution_list_for(organization, list_id)
    return {
        "id": dl.pk,
        "name": dl.name,
        "entries": [_entry(v) for v in list_entries(dl)],
        "recipients": [
            {"email": r.email, "name": r.name, "members": sorted(f"{s}:{i}" for s, i in r.refs)}
            for r in recipients_of([dl])
        ],
    }


def _entry(v) -> dict:  # type: ignore[no-untyped-def]
    e = v.entry
    return {
        "id": e.pk,
        "source": e.source,
        "source_id": e.source_id or str(e.contact_id or ""),
        "source_label": v.source_label,
        "label": v.label,
    }


@router.post(
    f"{P}/lists/{{list_id}}/entries", response={201: EntryOut}, summary="Tambah anggota daftar (mis. media mitra)"
)
def list_entry_add_api(request: HttpRequest, org: str, list_id: int, payload: EntryIn) -> Status:
    organization = org_for(request, org, "newsroom.distribute")
    dl = distribution_list_for(organization, list_id)
    try:
        entry = list_entry_add(distribution_list=dl, source=payload.source, source_id=payload.source_id)
    except WorkflowError as exc:
        status = 409 if "Sudah menjadi anggota" in str(exc) else 422
        raise HttpError(status, str(exc)) from exc
    view = next(v for v in list_entries(dl) if v.entry.pk == entry.pk)
    return Status(201, _entry(view))


@router.delete(f"{P}/lists/{{list_id}}/entries/{{entry_id}}", response={204: None}, summary="Keluarkan anggota daftar")
def list_entry_delete_api(request: HttpRequest, org: str, list_id: int, entry_id: int) -> Status:
    organization = org_for(request, org, "newsroom.distribute")
    dl = distribution_list_for(organization, list_id)
    list_entry_remove(distribution_list=dl, entry_id=entry_id)
    return Status(204, None)
