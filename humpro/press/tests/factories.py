"""Press test factories, and the URL/API samples for the permission walks."""

from __future__ import annotations

import datetime as dt
import io
import itertools
from decimal import Decimal
from typing import Any

from django.core.files.uploadedfile import SimpleUploadedFile

from humpro.orgs.models import Organization
from humpro.press.contracts import QuotaSpec, contract_create
from humpro.press.models import (
    AccreditationCard,
    BudgetLine,
    Contract,
    EligibilityPolicy,
    Journalist,
    Outlet,
    PaymentRequest,
    ProfileUpdate,
    Proof,
)
from humpro.press.proofs import payment_request_create, proof_submit, proof_verify
from humpro.testing import api_sample, sample

_seq = itertools.count(1)


def png_bytes(size: tuple[int, int] = (40, 20)) -> bytes:
    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def png_upload(name: str = "tangkapan.png") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, png_bytes(), content_type="image/png")


def make_outlet(org: Organization, **overrides: Any) -> Outlet:
    n = next(_seq)
    data: dict[str, Any] = {
        "name": f"Warta Nusa {n}",
        "media_type": "siber",
        "legal_name": f"PT Warta Nusa {n}",
        "deed_number": f"{n:02d}",
        "sk_kemenkumham": f"AHU-00{n}.AH.01.01.TAHUN 2020",
        "nib": "9120001234567",
        "npwp": "012345678901000",
        "dewan_pers_status": "faktual",
        "dewan_pers_date": dt.date(2023, 5, 2),
        "chief_editor": f"Rahmat Hidayat {n}",
        "chief_editor_ukw": "utama",
        "website": f"https://warta{n}.nusamakmur.test/",
    }
    data.update(overrides)
    return Outlet.objects.create(organization=org, **data)


def make_budget_line(org: Organization, **overrides: Any) -> BudgetLine:
    n = next(_seq)
    data: dict[str, Any] = {
        "fiscal_year": 2026,
        "code": f"5.1.02.{n:03d}",
        "name": "Belanja jasa publikasi media",
        "ceiling": Decimal("500000000"),
    }
    data.update(overrides)
    return BudgetLine.objects.create(organization=org, **data)


def make_contract(org: Organization, outlet: Outlet | None = None, **overrides: Any) -> Contract:
    n = next(_seq)
    outlet = outlet or make_outlet(org)
    data: dict[str, Any] = {
        "organization": org,
        "outlet": outlet,
        "budget_line": overrides.pop("budget_line", None) or make_budget_line(org),
        "number": f"SPK/{n:03d}/HUMAS/2026",
        "title": "Publikasi kegiatan pemerintah provinsi",
        "value": Decimal("24000000"),
        "start_date": dt.date(2026, 1, 1),
        "end_date": dt.date(2026, 3, 31),
        "quotas": [QuotaSpec("artikel", 2, "month", Decimal("1000000"))],
    }
    data.update(overrides)
    return contract_create(**data)


def make_proof(org: Organization, user: Any = None) -> Proof:
    contract = make_contract(org)
    deliverable = contract.deliverables.first()
    return proof_submit(
        deliverable=deliverable,
        kind="online",
        url="https://warta.nusamakmur.test/berita/1",
        published_on=dt.date(2026, 1, 10),
        upload=png_upload(),
        user=user,
    )


def make_payment(org: Organization) -> PaymentRequest:
    proof = proof_verify(proof=make_proof(org))
    contract = proof.deliverable.contract
    return payment_request_create(contract=contract, deliverable_ids=[proof.deliverable_id])


def make_card(org: Organization) -> AccreditationCard:
    outlet = make_outlet(org)
    journalist = Journalist.objects.create(organization=org, outlet=outlet, name="Dewi Lestari")
    return AccreditationCard.objects.create(
        organization=org,
        journalist=journalist,
        number=f"KL-{next(_seq):04d}",
        valid_from=dt.date(2026, 1, 1),
        valid_until=dt.date(2026, 12, 31),
    )


# --- permission walk samples (web) ------------------------------------------------------------


@sample("press:outlet_detail")
@sample("press:outlet_edit")
@sample("press:journalist_create")
@sample("press:document_upload")
@sample("press:portal_user_add")
def _outlet_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_outlet(org).pk}


@sample("press:journalist_edit")
@sample("press:card_issue")
def _journalist_kwargs(org: Organization) -> dict[str, Any]:
    outlet = make_outlet(org)
    return {"pk": Journalist.objects.create(organization=org, outlet=outlet, name="Budi Wartawan").pk}


@sample("press:card_detail")
@sample("press:card_revoke")
def _card_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_card(org).pk}


@sample("press:document_file")
def _document_kwargs(org: Organization) -> dict[str, Any]:
    from humpro.press.models import OutletDocument

    outlet = make_outlet(org)
    doc = OutletDocument.objects.create(
        organization=org, outlet=outlet, kind="nib", file=SimpleUploadedFile("nib.pdf", b"%PDF-1.4 uji")
    )
    return {"pk": doc.pk}


@sample("press:update_review")
def _update_kwargs(org: Organization) -> dict[str, Any]:
    outlet = make_outlet(org)
    update = ProfileUpdate.objects.create(organization=org, outlet=outlet, changes={"phone": "0811"})
    return {"pk": update.pk}


@sample("press:contract_detail")
@sample("press:contract_status")
@sample("press:contract_document_upload")
@sample("press:payment_create")
def _contract_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_contract(org).pk}


@sample("press:deliverable_proof")
def _deliverable_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_contract(org).deliverables.first().pk}


@sample("press:proof_verify")
@sample("press:proof_return")
@sample("press:proof_file")
def _proof_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_proof(org).pk}


@sample("press:payment_status")
def _payment_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_payment(org).pk}


@sample("press:contract_document_file")
def _contract_document_kwargs(org: Organization) -> dict[str, Any]:
    from humpro.press.models import ContractDocument

    doc = ContractDocument.objects.create(
        organization=org,
        contract=make_contract(org),
        kind="spk",
        file=SimpleUploadedFile("spk.pdf", b"%PDF-1.4 uji"),
    )
    return {"pk": doc.pk}


@sample("press:budget_line_edit")
def _budget_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_budget_line(org).pk}


# --- API walk samples ------------------------------------------------------------------------


@api_sample("GET", "/api/v1/orgs/{org}/press/outlets", "press.view")
@api_sample("GET", "/api/v1/orgs/{org}/press/contracts", "press.contracts_view")
@api_sample("GET", "/api/v1/orgs/{org}/press/payments", "press.contracts_view")
@api_sample("GET", "/api/v1/orgs/{org}/press/proofs", "press.contracts_view")
@api_sample("GET", "/api/v1/orgs/{org}/press/evaluation", "press.contracts_view")
@api_sample("GET", "/api/v1/orgs/{org}/press/portal", "press.portal")
def _api_plain(org: Organization) -> dict[str, Any]:
    return {}


@api_sample("GET", "/api/v1/orgs/{org}/press/outlets/{outlet_id}", "press.view")
@api_sample("GET", "/api/v1/orgs/{org}/press/outlets/{outlet_id}/eligibility", "press.contracts_view")
def _api_outlet(org: Organization) -> dict[str, Any]:
    return {"path": {"outlet_id": make_outlet(org).pk}}


@api_sample("POST", "/api/v1/orgs/{org}/press/outlets", "press.change", ok=201)
def _api_outlet_create(org: Organization) -> dict[str, Any]:
    return {"json": {"name": f"Radio Suara Teluk {next(_seq)}", "media_type": "radio"}}


@api_sample("POST", "/api/v1/orgs/{org}/press/outlets/import", "press.import")
def _api_outlet_import(org: Organization) -> dict[str, Any]:
    csv = "nama,jenis\nKoran Pagi Nusa,cetak\n"
    return {"files": {"file": ("media.csv", csv.encode())}, "query": {"dry_run": "true"}}


@api_sample("GET", "/api/v1/orgs/{org}/press/contracts/{contract_id}", "press.contracts_view")
def _api_contract(org: Organization) -> dict[str, Any]:
    return {"path": {"contract_id": make_contract(org).pk}}


@api_sample("POST", "/api/v1/orgs/{org}/press/contracts", "press.contracts", ok=201)
def _api_contract_create(org: Organization) -> dict[str, Any]:
    outlet, line = make_outlet(org), make_budget_line(org)
    return {
        "json": {
            "outlet_id": outlet.pk,
            "budget_line_id": line.pk,
            "number": f"SPK/API/{next(_seq)}",
            "title": "Publikasi",
            "value": "12000000",
            "start_date": "2026-01-01",
            "end_date": "2026-06-30",
            "quotas": [{"kind": "artikel", "quantity": 1, "period": "month", "unit_price": "1000000"}],
        }
    }


@api_sample("POST", "/api/v1/orgs/{org}/press/deliverables/{deliverable_id}/proofs", "press.submit_proof", ok=201)
def _api_proof_submit(org: Organization) -> dict[str, Any]:
    deliverable = make_contract(org).deliverables.first()
    return {
        "path": {"deliverable_id": deliverable.pk},
        "files": {"file": ("bukti.png", png_bytes())},
        "query": {"kind": "online", "published_on": "2026-01-05", "url": "https://warta.test/a"},
    }


@api_sample("POST", "/api/v1/orgs/{org}/press/proofs/{proof_id}/verify", "press.verify")
def _api_proof_verify(org: Organization) -> dict[str, Any]:
    return {"path": {"proof_id": make_proof(org).pk}, "json": {"note": ""}}


@api_sample("POST", "/api/v1/orgs/{org}/press/proofs/{proof_id}/return", "press.verify")
def _api_proof_return(org: Organization) -> dict[str, Any]:
    return {"path": {"proof_id": make_proof(org).pk}, "json": {"reason": "Tangkapan layar tanpa tanggal."}}


@api_sample("POST", "/api/v1/orgs/{org}/press/contracts/{contract_id}/payments", "press.payments", ok=201)
def _api_payment_create(org: Organization) -> dict[str, Any]:
    proof = proof_verify(proof=make_proof(org))
    return {
        "path": {"contract_id": proof.deliverable.contract_id},
        "json": {"deliverable_ids": [proof.deliverable_id]},
    }


@api_sample("POST", "/api/v1/orgs/{org}/press/payments/{payment_id}/status", "press.payments")
def _api_payment_status(org: Organization) -> dict[str, Any]:
    return {"path": {"payment_id": make_payment(org).pk}, "json": {"status": "approved"}}


def set_policy(org: Organization, **fields: Any) -> EligibilityPolicy:
    policy, _ = EligibilityPolicy.objects.update_or_create(organization=org, defaults=fields)
    return policy


@api_sample("POST", "/api/v1/orgs/{org}/press/portal/profile-updates", "press.portal", ok=409)
def _api_portal_update(org: Organization) -> dict[str, Any]:
    # the walk's user holds the role but is not linked to an outlet: 409 (see test_portal.py)
    return {"json": {"changes": {"phone": "0411-000"}}}


# --- outlets in newsroom distribution lists (press knows the newsroom's hook module) ----------


def make_distribution_list(org: Organization, name: str = "") -> Any:
    from humpro.newsroom.models import DistributionList

    return DistributionList.objects.create(organization=org, name=name or f"Media mitra {next(_seq)}")


@sample("press:list_picker")
def _list_picker_kwargs(org: Organization) -> dict[str, Any]:
    make_outlet(org, email=f"redaksi{next(_seq)}@warta.test")
    return {"list_id": make_distribution_list(org).pk}


@api_sample("POST", "/api/v1/orgs/{org}/newsroom/lists/{list_id}/entries", "newsroom.distribute", ok=201)
def _api_list_add_outlet(org: Organization) -> dict[str, Any]:
    outlet = make_outlet(org, email=f"redaksi{next(_seq)}@warta.test")
    return {
        "path": {"list_id": make_distribution_list(org).pk},
        "json": {"source": "press.outlet", "source_id": str(outlet.pk)},
    }


# --- proof suggestions from media monitoring (tests may use monitoring; press code does not) --


def make_monitored_article(org: Organization, outlet: Outlet, **overrides: Any) -> Any:
    """An article monitoring attributed to `outlet` (stored directly, no extraction)."""
    from humpro.monitoring.models import Article

    n = next(_seq)
    data: dict[str, Any] = {
        "title": f"Pemprov Nusa Makmur perbaiki jalan lintas {n}",
        "text": f"Pemerintah Provinsi Nusa Makmur memperbaiki ruas jalan lintas nomor {n} pekan ini.",
        "content_hash": f"press-uji-{n}",
        "source_type": "url",
        "outlet": outlet.name,
        "url": f"https://{outlet.domain or 'warta.test'}/berita/{n}",
        "published_on": dt.date(2026, 1, 15),
        "press_outlet": outlet,
    }
    data.update(overrides)
    return Article.objects.create(organization=org, **data)


@sample("press:suggestion_accept")
def _suggestion_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_contract(org).deliverables.first().pk}


@api_sample("GET", "/api/v1/orgs/{org}/press/contracts/{contract_id}/proof-suggestions", "press.contracts_view")
def _api_suggestions(org: Organization) -> dict[str, Any]:
    contract = make_contract(org)
    make_monitored_article(org, contract.outlet)
    return {"path": {"contract_id": contract.pk}}


@api_sample(
    "POST", "/api/v1/orgs/{org}/press/deliverables/{deliverable_id}/proof-suggestions", "press.verify", ok=201
)
def _api_suggestion_accept(org: Organization) -> dict[str, Any]:
    contract = make_contract(org)
    article = make_monitored_article(org, contract.outlet)
    return {"path": {"deliverable_id": contract.deliverables.first().pk}, "json": {"key": str(article.pk)}}
