"""Staff views of the request register (/o/<org>/ppid/)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.orgs.permissions import has_perm, org_view
from humpro.ppid import services, services_intake
from humpro.ppid.access import (
    can_answer,
    is_utama,
    require_utama,
    visible_dispositions,
    visible_requests,
)
from humpro.ppid.forms import (
    AnswerForm,
    CounterRequestForm,
    DecideForm,
    DeliverForm,
    DisposeForm,
    ExtendForm,
    apply_errors,
)
from humpro.ppid.models import Disposition, RequesterDocument, Status
from humpro.ppid.pdf import notice_pdf, receipt_pdf
from humpro.ppid.selectors import request_search, with_countdown
from humpro.ppid.validation import PpidInputError


def _pdf_response(content: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def _error_messages(request: HttpRequest, exc: PpidInputError) -> None:
    for message in exc.errors.values():
        messages.error(request, message)


def documents_from_form(form: CounterRequestForm) -> list[services_intake.UploadedDocument]:
    docs = []
    for kind, upload in form.documents():
        docs.append(
            services_intake.UploadedDocument(
                kind=kind,
                name=upload.name,
                content=upload.read(),
                content_type=getattr(upload, "content_type", "") or "",
            )
        )
    return docs


def _list(request: HttpRequest, *, overdue: bool) -> HttpResponse:
    q, status = request.GET.get("q", "").strip(), request.GET.get("status", "")
    qs = request_search(
        visible_requests(request.user, request.org),
        q=q,
        status=status,
        overdue=overdue,
        org=request.org,
    )
    page = Paginator(qs, 50).get_page(request.GET.get("hal"))
    page.object_list = with_countdown(page.object_list, request.org)
    context = {
        "page": page,
        "q": q,
        "status": status,
        "statuses": Status.choices,
        "overdue": overdue,
        "utama": is_utama(request.user, request.org),
    }
    template = "ppid/_rows.html" if request.headers.get("HX-Request") else "ppid/list.html"
    return render(request, template, context)


@org_view("ppid.view")
def request_list(request: HttpRequest) -> HttpResponse:
    return _list(request, overdue=False)


@org_view("ppid.view")
def overdue_list(request: HttpRequest) -> HttpResponse:
    return _list(request, overdue=True)


@org_view("ppid.manage")
def request_create(request: HttpRequest) -> HttpResponse:
    require_utama(request.user, request.org)
    form = CounterRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            created, code = services_intake.request_create(
                organization=request.org,
                data=data,
                channel=data["channel"],
                documents=documents_from_form(form),
                received_at=data.get("received_at"),
                actor=request.user,
                handler=request.user,
            )
        except PpidInputError as exc:
            apply_errors(form, exc)
        else:
            messages.success(
                request,
                gettext(
                    "Permohonan %(number)s terdaftar. Kode lacak untuk pemohon: %(code)s "
                    "(tampil sekali; sampaikan kepada pemohon)."
                ) % {
                    "number": created.number,
                    "code": code,
                },
            )
            return redirect("ppid:detail", org=request.org.slug, pk=created.pk)
    return render(request, "ppid/form.html", {"form": form}, status=400 if form.errors else 200)


@org_view("ppid.view")
def request_detail(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(visible_requests(request.user, request.org), pk=pk)
    with_countdown([obj], request.org)
    utama = is_utama(request.user, request.org)
    dispositions = list(visible_dispositions(request.user, request.org, obj))
    can_manage = utama and has_perm(request.user, request.org, "ppid.manage")
    for d in dispositions:
        d.can_answer = (
            obj.is_open
            and has_perm(request.user, request.org, "ppid.answer")
            and can_answer(request.user, request.org, d)
        )
        d.form = AnswerForm(initial={"answer": d.answer, "held": d.held}, prefix=f"d{d.pk}")
    return render(
        request,
        "ppid/detail.html",
        {
            "r": obj,
            "utama": utama,
            "can_manage": can_manage,
            "dispositions": dispositions,
            "pending": [d for d in dispositions if not d.is_answered],
            "dispose_form": DisposeForm(org=request.org),
            "extend_form": ExtendForm(),
            "deliver_form": DeliverForm(),
            "events": obj.events.all()
            if utama
            else obj.events.filter(public=True).exclude(kind__in=["disposisi", "jawab_unit"]),
            "documents": obj.documents.all() if utama and has_perm(request.user, request.org, "ppid.identity") else [],
            "objections": obj.objections.all() if utama else [],
            "audit_entries": entries_for(obj)[:50] if utama else [],
        },
    )


def _utama_request(request: HttpRequest, pk: int):  # type: ignore[no-untyped-def]
    require_utama(request.user, request.org)
    return get_object_or_404(visible_requests(request.user, request.org), pk=pk)


@require_POST
@org_view("ppid.manage")
def request_dispose(request: HttpRequest, pk: int) -> HttpResponse:
    obj = _utama_request(request, pk)
    form = DisposeForm(request.POST, org=request.org)
    if not form.is_valid():
        messages.error(request, gettext("Pilih minimal satu unit PPID Pelaksana."))
    else:
        try:
            created = services.request_dispose(
                request=obj,
                units=list(form.cleaned_data["units"]),
                instruction=form.cleaned_data["instruction"],
                actor=request.user,
            )
            messages.success(request, gettext("Didisposisikan ke %(n)s unit.") % {"n": len(created)})
        except PpidInputError as exc:
            _error_messages(request, exc)
    return redirect("ppid:detail", org=request.org.slug, pk=obj.pk)


@require_POST
@org_view("ppid.answer")
def disposition_answer(request: HttpRequest, pk: int) -> HttpResponse:
    disposition = get_object_or_404(Disposition.objects.for_org(request.org).select_related("request", "unit"), pk=pk)
    if not can_answer(request.user, request.org, disposition):
        raise PermissionDenied("Disposisi ini bukan untuk unit Anda.")
    form = AnswerForm(request.POST, prefix=f"d{disposition.pk}")
    if not form.is_valid():
        messages.error(request, gettext("Jawaban unit wajib diisi."))
    else:
        try:
            services.disposition_answer(
                disposition=disposition,
                answer=form.cleaned_data["answer"],
                held=form.cleaned_data["held"],
                actor=request.user,
            )
            messages.success(request, gettext("Jawaban %(name)s tersimpan.") % {"name": disposition.unit.name})
        except PpidInputError as exc:
            _error_messages(request, exc)
    return redirect("ppid:detail", org=request.org.slug, pk=disposition.request_id)


@require_POST
@org_view("ppid.manage")
def request_extend(request: HttpRequest, pk: int) -> HttpResponse:
    obj = _utama_request(request, pk)
    form = ExtendForm(request.POST)
    try:
        services.request_extend(request=obj, reason=form.data.get("reason", ""), actor=request.user)
        messages.success(
            request,
            gettext("Batas waktu diperpanjang sampai %(extended_due_on)s.") % {
                "extended_due_on": f"{obj.extended_due_on:%d-%m-%Y}",
            },
        )
    except PpidInputError as exc:
        _error_messages(request, exc)
    return redirect("ppid:detail", org=request.org.slug, pk=obj.pk)


@org_view("ppid.manage")
def request_decide(request: HttpRequest, pk: int) -> HttpResponse:
    obj = _utama_request(request, pk)
    if not obj.is_open:
        messages.info(request, gettext("Pemberitahuan tertulis untuk permohonan ini sudah terbit."))
        return redirect("ppid:detail", org=request.org.slug, pk=obj.pk)
    form = DecideForm(request.POST or None, initial={"response": services.merged_answers(obj), "fee": 0})
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            services.request_decide(
                request=obj,
                decision=data["decision"],
                response=data["response"],
                exemptions=data["exemptions"],
                consequence_test=data["consequence_test"],
                holding_body=data["holding_body"],
                fee=data["fee"] or 0,
                fee_payment=data["fee_payment"],
                actor=request.user,
            )
        except PpidInputError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, gettext("Keputusan tersimpan dan surat pemberitahuan tertulis terbit."))
            return redirect("ppid:detail", org=request.org.slug, pk=obj.pk)
    pending = obj.dispositions.filter(answered_at__isnull=True).select_related("unit")
    return render(
        request,
        "ppid/decide.html",
        {"r": obj, "form": form, "pending": pending},
        status=400 if form.errors else 200,
    )


@require_POST
@org_view("ppid.manage")
def request_deliver(request: HttpRequest, pk: int) -> HttpResponse:
    obj = _utama_request(request, pk)
    try:
        services.request_deliver(request=obj, note=request.POST.get("note", ""), actor=request.user)
        messages.success(request, gettext("Penyampaian informasi dicatat."))
    except PpidInputError as exc:
        _error_messages(request, exc)
    return redirect("ppid:detail", org=request.org.slug, pk=obj.pk)


@org_view("ppid.view")
def request_receipt(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(visible_requests(request.user, request.org), pk=pk)
    return _pdf_response(receipt_pdf(obj), f"tanda-terima-{obj.number}.pdf")


@org_view("ppid.view")
def request_notice(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(visible_requests(request.user, request.org), pk=pk)
    if not obj.notice_issued_at:
        raise Http404("Pemberitahuan tertulis belum terbit.")
    return _pdf_response(notice_pdf(obj), f"pemberitahuan-{obj.number}.pdf")


@org_view("ppid.identity")
def identity_document(request: HttpRequest, pk: int) -> HttpResponse:
    """Identity documents are never served from /media/: only here, to PPID Utama."""
    doc = get_object_or_404(RequesterDocument.objects.for_org(request.org), pk=pk)
    require_utama(request.user, request.org)
    response = FileResponse(
        doc.file.open("rb"),
        content_type=doc.content_type or "application/octet-stream",
        as_attachment=True,
        filename=doc.original_name,
    )
    response["Cache-Control"] = "private, no-store"
    response["X-Content-Type-Options"] = "nosniff"
    from humpro.core.audit import audit_log

    audit_log(
        organization=request.org,
        action="other",
        obj=doc.request,
        summary=f"Dokumen identitas dibuka: {doc.get_kind_display()}",
    )
    return response
