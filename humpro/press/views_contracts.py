"""Staff views of cooperation contracts, proofs of publication, payments and evaluation."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.orgs.permissions import has_perm, org_view
from humpro.press import contracts as contract_services
from humpro.press import proofs as proof_services
from humpro.press.contracts import eligibility_for, policy_for
from humpro.press.eligibility import failures
from humpro.press.exports import contracts_export
from humpro.press.forms import BudgetLineForm, ContractDocumentForm, ContractForm, PolicyForm, ProofForm
from humpro.press.models import (
    BudgetLine,
    Contract,
    ContractDocument,
    Deliverable,
    EligibilityPolicy,
    Outlet,
    PaymentRequest,
    Proof,
)
from humpro.press.selectors import (
    budget_lines,
    contract_realisation,
    outlet_evaluation,
    quota_summary,
    verification_queue,
)
from humpro.press.suggestions import contract_suggestions
from humpro.press.views import error_messages, file_response


def _year(request: HttpRequest) -> int:
    try:
        year = int(request.GET.get("tahun") or timezone.localdate().year)
    except ValueError:
        year = timezone.localdate().year
    return min(max(year, 2000), 2100)


@org_view("press.contracts_view")
def contract_list(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    contracts = Contract.objects.for_org(request.org).filter(fiscal_year=year).select_related("outlet", "budget_line")
    return render(
        request,
        "press/contract_list.html",
        {
            "year": year,
            "contracts": contracts,
            "lines": budget_lines(organization=request.org, fiscal_year=year),
            "queue_count": verification_queue(request.org).count(),
        },
    )


@org_view("press.contracts")
def contract_create(request: HttpRequest) -> HttpResponse:
    initial = {"outlet": request.GET.get("outlet")} if request.GET.get("outlet") else None
    form = ContractForm(request.POST or None, organization=request.org, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            contract = contract_services.contract_create(
                organization=request.org,
                outlet=data["outlet"],
                budget_line=data["budget_line"],
                number=data["number"],
                title=data["title"],
                value=data["value"],
                start_date=data["start_date"],
                end_date=data["end_date"],
                quotas=data["quotas"],
                override_reason=data["override_reason"],
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                gettext("Kontrak %(number)s dibuat dengan %(deliverables)s keluaran.") % {
                    "number": contract.number,
                    "deliverables": contract.deliverables.count(),
                }
            )
            return redirect("press:contract_detail", org=request.org.slug, pk=contract.pk)
    outlet_id = form["outlet"].value()
    outlet = (
        Outlet.objects.for_org(request.org).filter(pk=outlet_id).first() if str(outlet_id or "").isdigit() else None
    )
    return render(
        request,
        "press/contract_form.html",
        {"form": form, "checks": eligibility_for(outlet) if outlet else None, "outlet": outlet},
    )


@org_view("press.contracts_view")
def eligibility_fragment(request: HttpRequest) -> HttpResponse:
    outlet_id = request.GET.get("outlet", "")
    outlet = Outlet.objects.for_org(request.org).filter(pk=outlet_id).first() if outlet_id.isdigit() else None
    return render(
        request, "press/_eligibility.html", {"checks": eligibility_for(outlet) if outlet else None, "outlet": outlet}
    )


@org_view("press.contracts_view")
def contract_detail(request: HttpRequest, pk: int) -> HttpResponse:
    contract = get_object_or_404(Contract.objects.for_org(request.org).select_related("outlet", "budget_line"), pk=pk)
    deliverables = contract.deliverables.select_related("quota", "payment").prefetch_related("proofs")
    return render(
        request,
        "press/contract_detail.html",
        {
            "contract": contract,
            "quotas": quota_summary(contract),
            "realisation": contract_realisation(contract),
            "deliverables": deliverables,
            "payable": proof_services.payable_deliverables(contract),
            "payments": contract.payments.prefetch_related("transitions__actor", "deliverables"),
            "documents": contract.documents.all(),
            "document_form": ContractDocumentForm(),
            "failed_checks": [c for c in contract.eligibility if not c.get("passed")],
            "suggestions": contract_suggestions(contract),
            "payment_statuses": PaymentRequest.Status.choices,
            "statuses": Contract.Status.choices,
            "audit_entries": entries_for(contract)[:30],
        },
    )


@org_view("press.contracts")
@require_POST
def contract_status(request: HttpRequest, pk: int) -> HttpResponse:
    contract = get_object_or_404(Contract.objects.for_org(request.org), pk=pk)
    try:
        contract_services.contract_set_status(contract=contract, status=request.POST.get("status", ""))
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(
            request,
            gettext("Status kontrak: %(contract)s.") % {
                "contract": contract.get_status_display(),
            },
        )
    return redirect("press:contract_detail", org=request.org.slug, pk=contract.pk)


@org_view("press.contracts")
@require_POST
def contract_document_upload(request: HttpRequest, pk: int) -> HttpResponse:
    contract = get_object_or_404(Contract.objects.for_org(request.org), pk=pk)
    form = ContractDocumentForm(request.POST, request.FILES)
    if form.is_valid():
        ContractDocument.objects.create(organization=request.org, contract=contract, **form.cleaned_data)
        messages.success(request, gettext("Dokumen kontrak tersimpan."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, gettext("Dokumen tidak tersimpan: %(error)s") % {"error": error})
    return redirect("press:contract_detail", org=request.org.slug, pk=contract.pk)


@org_view("press.contracts_view")
def contract_document_file(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(ContractDocument.objects.for_org(request.org), pk=pk)
    return file_response(document.file)


@org_view("press.contracts_view")
def contract_export(request: HttpRequest) -> HttpResponse:
    content, content_type, name = contracts_export(organization=request.org, fiscal_year=_year(request))
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@org_view("press.verify")
def deliverable_proof(request: HttpRequest, pk: int) -> HttpResponse:
    """Media relations record a proof received outside the portal (e-mail, WhatsApp)."""
    deliverable = get_object_or_404(Deliverable.objects.for_org(request.org).select_related("contract__outlet"), pk=pk)
    form = ProofForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            proof_services.proof_submit(
                deliverable=deliverable,
                kind=data["kind"],
                url=data["url"],
                published_on=data["published_on"],
                upload=data["file"],
                note=data["note"],
                user=request.user,
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, gettext("Bukti tayang tercatat dan menunggu verifikasi."))
            return redirect("press:contract_detail", org=request.org.slug, pk=deliverable.contract_id)
    return render(request, "press/proof_form.html", {"form": form, "deliverable": deliverable})


@org_view("press.verify")
def proof_queue(request: HttpRequest) -> HttpResponse:
    return render(request, "press/proof_queue.html", {"proofs": verification_queue(request.org)[:200]})


@org_view("press.contracts_view")
def proof_file(request: HttpRequest, pk: int) -> HttpResponse:
    proof = get_object_or_404(Proof.objects.for_org(request.org), pk=pk)
    return file_response(proof.file, proof.content_type)


@org_view("press.verify")
@require_POST
def proof_verify(request: HttpRequest, pk: int) -> HttpResponse:
    proof = get_object_or_404(Proof.objects.for_org(request.org).select_related("deliverable"), pk=pk)
    try:
        proof_services.proof_verify(proof=proof, user=request.user, note=request.POST.get("note", ""))
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(
            request,
            gettext("Bukti tayang %(deliverable)s terverifikasi.") % {
                "deliverable": proof.deliverable,
            },
        )
    if request.POST.get("next"):
        return redirect(_safe_next(request))
    return redirect("press:proof_queue", org=request.org.slug)


@org_view("press.verify")
@require_POST
def proof_return(request: HttpRequest, pk: int) -> HttpResponse:
    proof = get_object_or_404(Proof.objects.for_org(request.org).select_related("deliverable"), pk=pk)
    try:
        proof_services.proof_return(proof=proof, reason=request.POST.get("reason", ""), user=request.user)
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(
            request,
            gettext("Bukti tayang %(deliverable)s dikembalikan ke media.") % {
                "deliverable": proof.deliverable,
            },
        )
    if request.POST.get("next"):
        return redirect(_safe_next(request))
    return redirect("press:proof_queue", org=request.org.slug)


def _safe_next(request: HttpRequest) -> str:
    from django.utils.http import url_has_allowed_host_and_scheme

    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}) and target.startswith("/"):
        return target
    return f"/o/{request.org.slug}/media/bukti/"


@org_view("press.payments")
@require_POST
def payment_create(request: HttpRequest, pk: int) -> HttpResponse:
    contract = get_object_or_404(Contract.objects.for_org(request.org), pk=pk)
    ids = [int(v) for v in request.POST.getlist("deliverable") if v.isdigit()]
    try:
        payment = proof_services.payment_request_create(
            contract=contract, deliverable_ids=ids, user=request.user, note=request.POST.get("note", "")
        )
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(
            request,
            gettext("Termin %(term)s diajukan: %(amount)s.") % {
                "term": payment.term,
                "amount": contract_services.rupiah(payment.amount),
            },
        )
    return redirect("press:contract_detail", org=request.org.slug, pk=contract.pk)


@org_view("press.payments")
@require_POST
def payment_status(request: HttpRequest, pk: int) -> HttpResponse:
    payment = get_object_or_404(PaymentRequest.objects.for_org(request.org), pk=pk)
    paid_on = None
    if request.POST.get("paid_on"):
        try:
            paid_on = dt.date.fromisoformat(request.POST["paid_on"])
        except ValueError:
            messages.error(request, gettext("Tanggal bayar tidak valid."))
            return redirect("press:contract_detail", org=request.org.slug, pk=payment.contract_id)
    try:
        proof_services.payment_set_status(
            payment=payment,
            status=request.POST.get("status", ""),
            user=request.user,
            note=request.POST.get("note", ""),
            reference=request.POST.get("reference", ""),
            paid_on=paid_on,
        )
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(request, gettext("Termin %(term)s: status diperbarui.") % {"term": payment.term})
    return redirect("press:contract_detail", org=request.org.slug, pk=payment.contract_id)


@org_view("press.contracts_view")
def evaluation(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    return render(
        request,
        "press/evaluation.html",
        {"year": year, "rows": outlet_evaluation(organization=request.org, fiscal_year=year)},
    )


@org_view("press.contracts_view")
def budget_line_list(request: HttpRequest) -> HttpResponse:
    year = _year(request)
    form = BudgetLineForm(request.POST or None, initial={"fiscal_year": year})
    if request.method == "POST":
        if not has_perm(request.user, request.org, "press.contracts"):
            messages.error(request, gettext("Anda tidak berwenang menambah mata anggaran."))
            return redirect("press:budget_lines", org=request.org.slug)
        if form.is_valid():
            try:
                line = contract_services.budget_line_save(organization=request.org, **form.cleaned_data)
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, gettext("Mata anggaran %(code)s tersimpan.") % {"code": line.code})
                return redirect(f"{request.path}?tahun={line.fiscal_year}")
    return render(
        request,
        "press/budget_lines.html",
        {"year": year, "lines": budget_lines(organization=request.org, fiscal_year=year), "form": form},
    )


@org_view("press.contracts")
def budget_line_edit(request: HttpRequest, pk: int) -> HttpResponse:
    line = get_object_or_404(BudgetLine.objects.for_org(request.org), pk=pk)
    form = BudgetLineForm(request.POST or None, instance=line)
    if request.method == "POST" and form.is_valid():
        data = {k: form.cleaned_data[k] for k in ("fiscal_year", "code", "name", "ceiling")}
        line.refresh_from_db()
        try:
            contract_services.budget_line_save(organization=request.org, line=line, **data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, gettext("Mata anggaran tersimpan."))
            return redirect(f"/o/{request.org.slug}/media/anggaran/?tahun={line.fiscal_year}")
    title = gettext("Ubah mata anggaran %(code)s") % {"code": line.code}
    return render(request, "press/form.html", {"form": form, "title": title})


@org_view("press.policy")
def policy_edit(request: HttpRequest) -> HttpResponse:
    policy = policy_for(request.org)
    form = PolicyForm(request.POST or None, instance=policy)
    if request.method == "POST" and form.is_valid():
        saved: EligibilityPolicy = form.save(commit=False)
        saved.organization = request.org
        saved.save()
        messages.success(request, gettext("Syarat media mitra tersimpan."))
        return redirect("press:policy", org=request.org.slug)
    outlets = list(Outlet.objects.for_org(request.org).filter(is_active=True)[:500])
    ineligible = [(o, failures(eligibility_for(o))) for o in outlets]
    return render(
        request,
        "press/policy.html",
        {"form": form, "ineligible": [(o, f) for o, f in ineligible if f], "checked": len(outlets)},
    )
