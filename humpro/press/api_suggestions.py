"""REST endpoints of proof-of-publication suggestions from media monitoring (same router as
`humpro.press.api`, imported at its end)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.press import suggestions
from humpro.press.api import ProofOut, _proof, router
from humpro.press.models import Contract, Deliverable


class ProofSuggestionOut(Schema):
    deliverable_id: int
    key: str = Field(description="kunci usulan (id berita di pemantauan media)")
    url: str
    published_on: dt.date
    title: str
    outlet_name: str
    pickup_of: str = Field(description="judul siaran pers kita yang dimuat ulang; kosong = berita biasa")


class SuggestionAcceptIn(Schema):
    key: str = Field(min_length=1, max_length=40)


@router.get(
    "/orgs/{org}/press/contracts/{contract_id}/proof-suggestions",
    response=list[ProofSuggestionOut],
    summary="Usulan bukti tayang dari pemantauan media untuk keluaran yang belum terbukti",
)
def suggestion_list_api(request: HttpRequest, org: str, contract_id: int) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    contract = get_object_or_404(Contract.objects.for_org(organization), pk=contract_id)
    return [
        {
            "deliverable_id": deliverable.pk,
            "key": p.key,
            "url": p.url,
            "published_on": p.published_on,
            "title": p.title,
            "outlet_name": p.outlet_name,
            "pickup_of": p.pickup_of,
        }
        for deliverable, publications in suggestions.contract_suggestions(contract, limit=50)
        for p in publications
    ]


@router.post(
    "/orgs/{org}/press/deliverables/{deliverable_id}/proof-suggestions",
    response={201: ProofOut},
    summary="Terima usulan dari pemantauan media sebagai bukti tayang (URL; tetap diverifikasi)",
)
def suggestion_accept_api(
    request: HttpRequest, org: str, deliverable_id: int, payload: SuggestionAcceptIn
) -> Status:
    organization = org_for(request, org, "press.verify")
    deliverable = get_object_or_404(Deliverable.objects.for_org(organization), pk=deliverable_id)
    try:
        proof = suggestions.suggestion_accept(deliverable=deliverable, key=payload.key, user=request.user)
    except ValidationError as exc:
        raise HttpError(422, " ".join(exc.messages)) from exc
    return Status(201, _proof(proof))
