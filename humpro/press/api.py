"""REST endpoints of press under /api/v1/orgs/{org}/press/... (see humpro/api.py for auth and errors)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import File, Router, Schema, Status, UploadedFile
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.core.tabular import check_url
from humpro.orgs.permissions import has_perm
from humpro.press import contracts as contract_services
from humpro.press import hooks, registry, services
from humpro.press import proofs as proof_services
from humpro.press.contracts import QuotaSpec, eligibility_for
from humpro.press.models import (
    BudgetLine,
    Contract,
    Deliverable,
    DeliverableKind,
    DewanPersStatus,
    MediaType,
    Outlet,
    PaymentRequest,
    Proof,
    Quota,
    UkwLevel,
)
from humpro.press.selectors import contract_realisation, outlet_evaluation, outlets_list, quota_summary

router = Router(tags=["media mitra"])


def _invalid(exc: ValidationError) -> HttpError:
    return HttpError(422, " ".join(exc.messages))


# --- outlets -------------------------------------------------------------------------------------


class OutletOut(Schema):
    id: int
    name: str
    media_type: str
    is_active: bool
    legal_name: str
    kbli: str
    deed_number: str
    deed_date: dt.date | None
    sk_kemenkumham: str
    nib: str
    npwp: str
    dewan_pers_status: str
    dewan_pers_date: dt.date | None
    dewan_pers_evidence: str
    chief_editor: str
    chief_editor_ukw: str
    address: str
    city: str
    phone: str
    email: str
    website: str
    domain: str
    feed_urls: list[str]
    sitemap_urls: list[str]
    social_accounts: list[dict[str, str]]
    reach: int | None
    reach_unit: str


class OutletIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    media_type: MediaType
    legal_name: str = ""
    kbli: str = ""
    deed_number: str = ""
    deed_date: dt.date | None = None
    sk_kemenkumham: str = ""
    nib: str = Field("", pattern=r"^(\d{13})?$")
    npwp: str = Field("", pattern=r"^(\d{15,16})?$")
    dewan_pers_status: DewanPersStatus = DewanPersStatus.NONE
    dewan_pers_date: dt.date | None = None
    dewan_pers_evidence: str = ""
    chief_editor: str = ""
    chief_editor_ukw: UkwLevel = UkwLevel.NONE
    address: str = ""
    city: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    feed_urls: list[str] = []
    sitemap_urls: list[str] = []
    reach: int | None = Field(None, ge=0)
    reach_unit: str = ""


class CheckOut(Schema):
    key: str
    passed: bool
    blocking: bool
    message: str


class ImportOut(Schema):
    ok: bool
    rows: int
    created: int
    errors: list[dict]
    warnings: list[dict]
    duplicates: list[dict]


@router.get("/orgs/{org}/press/outlets", response=list[OutletOut], summary="Daftar media mitra")
def outlet_list_api(
    request: HttpRequest,
    org: str,
    q: str = "",
    media_type: str = "",
    dewan_pers: str = "",
    limit: int = 100,
    offset: int = 0,
) -> Any:
    organization = org_for(request, org, "press.view")
    limit = min(max(limit, 1), 500)
    return outlets_list(organization=organization, q=q, media_type=media_type, dewan_pers=dewan_pers)[
        offset : offset + limit
    ]


@router.post(
    "/orgs/{org}/press/outlets/import",
    response={200: ImportOut, 400: ImportOut},
    summary="Impor media mitra dari XLSX/CSV (dry_run=true hanya memeriksa)",
)
def outlet_import_api(request: HttpRequest, org: str, file: UploadedFile = File(...), dry_run: bool = True) -> Status:
    organization = org_for(request, org, "press.import")
    report = registry.outlets_import(
        organization=organization, content=file.read(), filename=file.name or "", dry_run=dry_run
    )
    return Status(200 if report.ok else 400, report.as_dict())


@router.get("/orgs/{org}/press/outlets/{outlet_id}", response=OutletOut, summary="Satu media mitra")
def outlet_detail_api(request: HttpRequest, org: str, outlet_id: int) -> Any:
    organization = org_for(request, org, "press.view")
    return get_object_or_404(Outlet.objects.for_org(organization), pk=outlet_id)


@router.get(
    "/orgs/{org}/press/outlets/{outlet_id}/eligibility",
    response=list[CheckOut],
    summary="Pemeriksaan syarat kerja sama satu media",
)
def outlet_eligibility_api(request: HttpRequest, org: str, outlet_id: int) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    outlet = get_object_or_404(Outlet.objects.for_org(organization), pk=outlet_id)
    return [c.as_dict() for c in eligibility_for(outlet)]


@router.post("/orgs/{org}/press/outlets", response={201: OutletOut}, summary="Tambah media mitra")
def outlet_create_api(request: HttpRequest, org: str, payload: OutletIn) -> Status:
    organization = org_for(request, org, "press.change")
    try:
        outlet = services.outlet_save(organization=organization, **payload.dict())
    except ValidationError as exc:
        raise _invalid(exc) from exc
    return Status(201, outlet)


# --- contracts -----------------------------------------------------------------------------------


class QuotaIn(Schema):
    kind: DeliverableKind
    quantity: int = Field(ge=1, le=500)
    period: Quota.Period
    unit_price: Decimal = Field(ge=0)


class ContractIn(Schema):
    outlet_id: int
    budget_line_id: int
    number: str = Field(min_length=1, max_length=100)
    title: str = Field(min_length=1, max_length=200)
    value: Decimal = Field(gt=0)
    start_date: dt.date
    end_date: dt.date
    quotas: list[QuotaIn]
    override_reason: str = ""


class QuotaOut(Schema):
    kind: str
    quantity: int
    period: str
    unit_price: Decimal
    contracted: int
    due: int
    submitted: int
    verified: int
    on_time: int
    returned: int


class DeliverableOut(Schema):
    id: int
    kind: str
    sequence: int
    period_start: dt.date
    due_date: dt.date
    status: str
    on_time: bool | None
    payment_term: int | None


class PaymentOut(Schema):
    id: int
    contract_id: int
    term: int
    amount: Decimal
    status: str
    reference: str
    paid_on: dt.date | None
    deliverable_ids: list[int]


class RealisationOut(Schema):
    value: Decimal
    verified_value: Decimal
    requested_value: Decimal
    paid_value: Decimal
    contracted: int
    verified: int
    on_time: int
    percent: int


class ContractOut(Schema):
    id: int
    number: str
    title: str
    outlet_id: int
    outlet_name: str
    budget_line_code: str
    fiscal_year: int
    value: Decimal
    start_date: dt.date
    end_date: dt.date
    status: str
    override_reason: str
    eligibility: list[dict]


class ContractDetailOut(ContractOut):
    quotas: list[QuotaOut]
    deliverables: list[DeliverableOut]
    payments: list[PaymentOut]
    realisation: RealisationOut


def _contract(c: Contract) -> dict[str, Any]:
    return {
        "id": c.pk,
        "number": c.number,
        "title": c.title,
        "outlet_id": c.outlet_id,
        "outlet_name": c.outlet.name,
        "budget_line_code": c.budget_line.code,
        "fiscal_year": c.fiscal_year,
        "value": c.value,
        "start_date": c.start_date,
        "end_date": c.end_date,
        "status": c.status,
        "override_reason": c.override_reason,
        "eligibility": c.eligibility,
    }


def _payment(p: PaymentRequest) -> dict[str, Any]:
    return {
        "id": p.pk,
        "contract_id": p.contract_id,
        "term": p.term,
        "amount": p.amount,
        "status": p.status,
        "reference": p.reference,
        "paid_on": p.paid_on,
        "deliverable_ids": [d.pk for d in p.deliverables.all()],
    }


def _deliverable(d: Deliverable) -> dict[str, Any]:
    return {
        "id": d.pk,
        "kind": d.kind,
        "sequence": d.sequence,
        "period_start": d.period_start,
        "due_date": d.due_date,
        "status": d.status,
        "on_time": d.on_time,
        "payment_term": d.payment.term if d.payment else None,
    }


def _contract_detail(c: Contract) -> dict[str, Any]:
    r = contract_realisation(c)
    return {
        **_contract(c),
        "quotas": [
            {
                "kind": q.quota.kind,
                "quantity": q.quota.quantity,
                "period": q.quota.period,
                "unit_price": q.quota.unit_price,
                "contracted": q.contracted,
                "due": q.due,
                "submitted": q.submitted,
                "verified": q.verified,
                "on_time": q.on_time,
                "returned": q.returned,
            }
            for q in quota_summary(c)
        ],
        "deliverables": [_deliverable(d) for d in c.deliverables.select_related("payment")],
        "payments": [_payment(p) for p in c.payments.prefetch_related("deliverables")],
        "realisation": {**r.__dict__, "percent": r.percent},
    }


@router.get("/orgs/{org}/press/contracts", response=list[ContractOut], summary="Daftar kontrak kerja sama media")
def contract_list_api(
    request: HttpRequest, org: str, fiscal_year: int | None = None, outlet_id: int | None = None
) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    qs = Contract.objects.for_org(organization).select_related("outlet", "budget_line")
    if fiscal_year:
        qs = qs.filter(fiscal_year=fiscal_year)
    if outlet_id:
        qs = qs.filter(outlet_id=outlet_id)
    return [_contract(c) for c in qs[:1000]]


@router.get(
    "/orgs/{org}/press/contracts/{contract_id}",
    response=ContractDetailOut,
    summary="Satu kontrak: kuota, keluaran, pembayaran, realisasi",
)
def contract_detail_api(request: HttpRequest, org: str, contract_id: int) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    contract = get_object_or_404(
        Contract.objects.for_org(organization).select_related("outlet", "budget_line"), pk=contract_id
    )
    return _contract_detail(contract)


@router.post(
    "/orgs/{org}/press/contracts",
    response={201: ContractDetailOut},
    summary="Buat kontrak (syarat, pagu dan kuota diperiksa)",
)
def contract_create_api(request: HttpRequest, org: str, payload: ContractIn) -> Status:
    organization = org_for(request, org, "press.contracts")
    outlet = Outlet.objects.for_org(organization).filter(pk=payload.outlet_id).first()
    line = BudgetLine.objects.for_org(organization).filter(pk=payload.budget_line_id).first()
    if outlet is None or line is None:
        raise HttpError(422, "Media atau mata anggaran tidak ditemukan di organisasi ini.")
    try:
        contract = contract_services.contract_create(
            organization=organization,
            outlet=outlet,
            budget_line=line,
            number=payload.number,
            title=payload.title,
            value=payload.value,
            start_date=payload.start_date,
            end_date=payload.end_date,
            quotas=[QuotaSpec(q.kind, q.quantity, q.period, q.unit_price) for q in payload.quotas],
            override_reason=payload.override_reason,
        )
    except ValidationError as exc:
        raise _invalid(exc) from exc
    return Status(201, _contract_detail(contract))


# --- proofs ---------------------------------------------------------------------------------------


class ProofOut(Schema):
    id: int
    deliverable_id: int
    contract_id: int
    kind: str
    url: str
    published_on: dt.date
    content_type: str
    status: str
    review_note: str
    created_at: dt.datetime


class ReviewIn(Schema):
    note: str = ""


class ReturnIn(Schema):
    reason: str = Field(min_length=1)


def _proof(p: Proof) -> dict[str, Any]:
    return {
        "id": p.pk,
        "deliverable_id": p.deliverable_id,
        "contract_id": p.deliverable.contract_id,
        "kind": p.kind,
        "url": p.url,
        "published_on": p.published_on,
        "content_type": p.content_type,
        "status": p.status,
        "review_note": p.review_note,
        "created_at": p.created_at,
    }


@router.get("/orgs/{org}/press/proofs", response=list[ProofOut], summary="Bukti tayang (filter status)")
def proof_list_api(request: HttpRequest, org: str, status: str = "", contract_id: int | None = None) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    qs = Proof.objects.for_org(organization).select_related("deliverable")
    if status:
        qs = qs.filter(status=status)
    if contract_id:
        qs = qs.filter(deliverable__contract_id=contract_id)
    return [_proof(p) for p in qs[:1000]]


@router.post(
    "/orgs/{org}/press/deliverables/{deliverable_id}/proofs",
    response={201: ProofOut},
    summary="Kirim bukti tayang (multipart: file; kind, published_on, url, note di query)",
)
def proof_submit_api(
    request: HttpRequest,
    org: str,
    deliverable_id: int,
    kind: Proof.Kind,
    published_on: dt.date,
    url: str = "",
    note: str = "",
    file: UploadedFile = File(...),
) -> Status:
    organization = org_for(request, org, "press.submit_proof")
    qs = Deliverable.objects.for_org(organization)
    if not has_perm(request.user, organization, "press.verify"):
        # a partner-media user: only deliverables of its own outlet exist for it
        outlet = services.portal_outlet(request.user, organization)
        qs = qs.filter(contract__outlet=outlet) if outlet else qs.none()
    deliverable = get_object_or_404(qs, pk=deliverable_id)
    if url and (message := check_url(url)):
        raise HttpError(422, message)
    try:
        proof = proof_services.proof_submit(
            deliverable=deliverable,
            kind=kind,
            url=url,
            published_on=published_on,
            upload=file,
            note=note,
            user=request.user,
        )
    except ValidationError as exc:
        raise _invalid(exc) from exc
    return Status(201, _proof(proof))


@router.post("/orgs/{org}/press/proofs/{proof_id}/verify", response=ProofOut, summary="Verifikasi bukti tayang")
def proof_verify_api(request: HttpRequest, org: str, proof_id: int, payload: ReviewIn) -> Any:
    organization = org_for(request, org, "press.verify")
    proof = get_object_or_404(Proof.objects.for_org(organization), pk=proof_id)
    try:
        return _proof(proof_services.proof_verify(proof=proof, user=request.user, note=payload.note))
    except ValidationError as exc:
        raise HttpError(409, " ".join(exc.messages)) from exc


@router.post(
    "/orgs/{org}/press/proofs/{proof_id}/return", response=ProofOut, summary="Kembalikan bukti tayang dengan alasan"
)
def proof_return_api(request: HttpRequest, org: str, proof_id: int, payload: ReturnIn) -> Any:
    organization = org_for(request, org, "press.verify")
    proof = get_object_or_404(Proof.objects.for_org(organization), pk=proof_id)
    try:
        return _proof(proof_services.proof_return(proof=proof, reason=payload.reason, user=request.user))
    except ValidationError as exc:
        raise HttpError(409, " ".join(exc.messages)) from exc


# --- payments and evaluation ----------------------------------------------------------------------


class PaymentIn(Schema):
    deliverable_ids: list[int]
    note: str = ""


class PaymentStatusIn(Schema):
    status: PaymentRequest.Status
    note: str = ""
    reference: str = ""
    paid_on: dt.date | None = None


class EvaluationOut(Schema):
    outlet_id: int
    outlet_name: str
    contracts: int
    value: Decimal
    contracted: int
    due: int
    verified: int
    on_time: int
    returned_proofs: int
    paid: Decimal
    delivery_percent: int
    on_time_percent: int
    pickups: int = Field(description="siaran pers kita yang dimuat ulang media ini (pemantauan media)")
    coverage_articles: int = Field(description="berita media ini pada tahun anggaran (pemantauan media)")
    tone_positive_percent: int | None = Field(description="bagian berita bernada positif; null tanpa data")
    tone_neutral_percent: int | None
    tone_negative_percent: int | None


@router.get("/orgs/{org}/press/payments", response=list[PaymentOut], summary="Pengajuan pembayaran (termin)")
def payment_list_api(request: HttpRequest, org: str, status: str = "", contract_id: int | None = None) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    qs = PaymentRequest.objects.for_org(organization).prefetch_related("deliverables")
    if status:
        qs = qs.filter(status=status)
    if contract_id:
        qs = qs.filter(contract_id=contract_id)
    return [_payment(p) for p in qs[:1000]]


@router.post(
    "/orgs/{org}/press/contracts/{contract_id}/payments",
    response={201: PaymentOut},
    summary="Ajukan termin untuk keluaran terverifikasi",
)
def payment_create_api(request: HttpRequest, org: str, contract_id: int, payload: PaymentIn) -> Status:
    organization = org_for(request, org, "press.payments")
    contract = get_object_or_404(Contract.objects.for_org(organization), pk=contract_id)
    try:
        payment = proof_services.payment_request_create(
            contract=contract, deliverable_ids=payload.deliverable_ids, user=request.user, note=payload.note
        )
    except ValidationError as exc:
        raise _invalid(exc) from exc
    return Status(201, _payment(payment))


@router.post(
    "/orgs/{org}/press/payments/{payment_id}/status",
    response=PaymentOut,
    summary="Ubah status termin (disetujui, dibayar, ditolak)",
)
def payment_status_api(request: HttpRequest, org: str, payment_id: int, payload: PaymentStatusIn) -> Any:
    organization = org_for(request, org, "press.payments")
    payment = get_object_or_404(PaymentRequest.objects.for_org(organization), pk=payment_id)
    try:
        payment = proof_services.payment_set_status(
            payment=payment,
            status=payload.status,
            user=request.user,
            note=payload.note,
            reference=payload.reference,
            paid_on=payload.paid_on,
        )
    except ValidationError as exc:
        raise _invalid(exc) from exc
    return _payment(payment)


@router.get(
    "/orgs/{org}/press/evaluation",
    response=list[EvaluationOut],
    summary="Evaluasi per media: keluaran kontrak vs terverifikasi, ketepatan waktu, pemuatan rilis dan nada liputan",
)
def evaluation_api(request: HttpRequest, org: str, fiscal_year: int | None = None) -> Any:
    organization = org_for(request, org, "press.contracts_view")
    year = fiscal_year or dt.date.today().year  # noqa: DTZ011 (a calendar year is enough here)
    return [
        {
            "outlet_id": e.outlet.pk,
            "outlet_name": e.outlet.name,
            "contracts": e.contracts,
            "value": e.value,
            "contracted": e.contracted,
            "due": e.due,
            "verified": e.verified,
            "on_time": e.on_time,
            "returned_proofs": e.returned_proofs,
            "paid": e.paid,
            "delivery_percent": e.delivery_percent,
            "on_time_percent": e.on_time_percent,
            "pickups": e.pickups,
            "coverage_articles": e.coverage.articles,
            "tone_positive_percent": e.tone_share["positive"],
            "tone_neutral_percent": e.tone_share["neutral"],
            "tone_negative_percent": e.tone_share["negative"],
        }
        for e in outlet_evaluation(organization=organization, fiscal_year=year)
    ]


# --- partner-media portal -------------------------------------------------------------------------


class PortalReleaseOut(Schema):
    title: str
    sent_at: dt.datetime
    url: str
    summary: str


class PortalOut(Schema):
    outlet: OutletOut | None
    open_deliverables: list[DeliverableOut]
    proofs: list[ProofOut]
    releases: list[PortalReleaseOut] = []


class ProfileUpdateIn(Schema):
    changes: dict[str, Any]


class ProfileUpdateOut(Schema):
    id: int
    status: str
    changes: dict[str, Any]


@router.get(
    "/orgs/{org}/press/portal",
    response=PortalOut,
    summary="Portal media: profil, keluaran yang perlu dibuktikan, bukti, siaran pers terkirim (hanya media sendiri)",
)
def portal_api(request: HttpRequest, org: str) -> Any:
    from humpro.press.views_portal import open_deliverables

    organization = org_for(request, org, "press.portal")
    outlet = services.portal_outlet(request.user, organization)
    if outlet is None:
        return {"outlet": None, "open_deliverables": [], "proofs": []}
    proofs = Proof.objects.filter(deliverable__contract__outlet=outlet).select_related("deliverable")[:200]
    return {
        "outlet": outlet,
        "open_deliverables": [_deliverable(d) for d in open_deliverables(outlet)[:500]],
        "proofs": [_proof(p) for p in proofs],
        "releases": hooks.releases_for(outlet),
    }


@router.post(
    "/orgs/{org}/press/portal/profile-updates",
    response={201: ProfileUpdateOut},
    summary="Portal media: usulkan perubahan profil (ditinjau hubungan media)",
)
def portal_profile_update_api(request: HttpRequest, org: str, payload: ProfileUpdateIn) -> Status:
    organization = org_for(request, org, "press.portal")
    outlet = services.portal_outlet(request.user, organization)
    if outlet is None:
        raise HttpError(409, "Akun Anda belum ditautkan ke media mana pun.")
    try:
        update = services.profile_update_propose(outlet=outlet, user=request.user, changes=payload.changes)
    except ValidationError as exc:
        raise _invalid(exc) from exc
    return Status(201, {"id": update.pk, "status": update.status, "changes": update.changes})


from humpro.press import api_suggestions  # noqa: E402,F401  (endpoints on the same router)
