"""Public pages (no login): request form, tracking by number + secret code, objection, DIP.

A request is shown only in the browser session that submitted it or proved the secret code;
its page never includes anyone else's data (other requests, internal notes, staff names,
identity documents).
"""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.cache import never_cache

from humpro.orgs.models import Organization
from humpro.ppid import services_intake
from humpro.ppid.forms import ObjectionForm, PublicRequestForm, TrackForm, apply_errors
from humpro.ppid.models import Channel, InformationRequest, ObjectionStatus
from humpro.ppid.models_dip import Category, PublicDocument, PublicInformation
from humpro.ppid.pdf import notice_pdf, receipt_pdf
from humpro.ppid.ratelimit import is_limited, record_hit
from humpro.ppid.services_dip import dip_search
from humpro.ppid.services_objections import objection_file
from humpro.ppid.validation import PpidInputError

MAX_TRACKED = 10
LIMIT_MESSAGE = gettext_lazy("Terlalu banyak percobaan dari alamat Anda. Silakan coba lagi dalam satu jam.")


def _org(request: HttpRequest, slug: str) -> Organization:
    org = get_object_or_404(Organization, slug=slug)
    request.org = org  # type: ignore[attr-defined]
    return org


def _session_key(org: Organization) -> str:
    return f"ppid_tracked_{org.pk}"


def _remember(request: HttpRequest, org: Organization, pk: int) -> None:
    tracked = [p for p in request.session.get(_session_key(org), []) if p != pk]
    request.session[_session_key(org)] = [pk, *tracked][:MAX_TRACKED]


def _tracked(request: HttpRequest, org: Organization, pk: int) -> InformationRequest:
    if pk not in request.session.get(_session_key(org), []):
        raise Http404("Permohonan tidak ditemukan.")
    return get_object_or_404(InformationRequest.objects.for_org(org), pk=pk)


def public_home(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(request, org)
    return render(request, "ppid/public/home.html", {"org": organization})


@never_cache
def public_request(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(request, org)
    form = PublicRequestForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if is_limited(request, "mohon"):
            return render(
                request,
                "ppid/public/form.html",
                {"form": form, "limited": LIMIT_MESSAGE},
                status=429,
            )
        record_hit(request, "mohon")
        if request.POST.get("website"):  # honeypot: people never see this field
            return render(
                request,
                "ppid/public/form.html",
                {"form": PublicRequestForm(), "limited": gettext("Permohonan tidak dapat diproses.")},
                status=400,
            )
        if form.is_valid():
            from humpro.ppid.views import documents_from_form

            try:
                created, code = services_intake.request_create(
                    organization=organization,
                    data=form.cleaned_data,
                    channel=Channel.WEB,
                    documents=documents_from_form(form),
                )
            except PpidInputError as exc:
                apply_errors(form, exc)
            else:
                _remember(request, organization, created.pk)
                request.session["ppid_new_code"] = {"pk": created.pk, "code": code}
                return redirect("ppid_public:submitted", org=organization.slug, pk=created.pk)
    return render(
        request, "ppid/public/form.html", {"form": form}, status=400 if form.errors else 200
    )


@never_cache
def public_submitted(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    organization = _org(request, org)
    obj = _tracked(request, organization, pk)
    new = request.session.pop("ppid_new_code", None)
    code = new["code"] if new and new.get("pk") == obj.pk else None
    return render(request, "ppid/public/submitted.html", {"r": obj, "code": code})


@never_cache
def public_track(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(request, org)
    form = TrackForm(request.POST or None)
    if request.method == "POST":
        if is_limited(request, "lacak"):
            return render(
                request,
                "ppid/public/track.html",
                {"form": form, "limited": LIMIT_MESSAGE},
                status=429,
            )
        if form.is_valid():
            number = form.cleaned_data["number"].strip().upper()
            obj = InformationRequest.objects.for_org(organization).filter(number=number).first()
            if obj is not None and obj.check_code(
                services_intake.normalise_code(form.cleaned_data["code"])
            ):
                _remember(request, organization, obj.pk)
                return redirect("ppid_public:track_detail", org=organization.slug, pk=obj.pk)
            record_hit(request, "lacak")
            form.add_error(None, gettext("Nomor pendaftaran atau kode lacak tidak cocok."))
        return render(request, "ppid/public/track.html", {"form": form}, status=400)
    return render(request, "ppid/public/track.html", {"form": form})


@never_cache
def public_track_detail(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    organization = _org(request, org)
    obj = _tracked(request, organization, pk)
    from humpro.ppid.selectors import with_countdown

    with_countdown([obj], organization)
    objections = list(obj.objections.all())
    can_object = obj.notice_issued_at is not None or (obj.is_open and obj.left < 0)
    can_object = can_object and not any(o.status == ObjectionStatus.RECEIVED for o in objections)
    return render(
        request,
        "ppid/public/track_detail.html",
        {
            "r": obj,
            "events": obj.events.filter(public=True),
            "objections": objections,
            "can_object": can_object,
        },
    )


@never_cache
def public_receipt(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    obj = _tracked(request, _org(request, org), pk)
    response = HttpResponse(receipt_pdf(obj), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="tanda-terima-{obj.number}.pdf"'
    return response


@never_cache
def public_notice(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    obj = _tracked(request, _org(request, org), pk)
    if not obj.notice_issued_at:
        raise Http404("Pemberitahuan tertulis belum terbit.")
    response = HttpResponse(notice_pdf(obj), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="pemberitahuan-{obj.number}.pdf"'
    return response


@never_cache
def public_objection(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    organization = _org(request, org)
    obj = _tracked(request, organization, pk)
    form = ObjectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            objection = objection_file(
                request=obj,
                reasons=form.cleaned_data["reasons"],
                description=form.cleaned_data["description"],
            )
        except PpidInputError as exc:
            apply_errors(form, exc)
        else:
            messages.success(
                request,
                gettext("Keberatan %(number)s diterima. Atasan PPID menanggapi paling lambat %(due_on)s.") % {
                    "number": objection.number,
                    "due_on": f"{objection.due_on:%d-%m-%Y}",
                },
            )
            return redirect("ppid_public:track_detail", org=organization.slug, pk=obj.pk)
    return render(
        request,
        "ppid/public/objection.html",
        {"r": obj, "form": form},
        status=400 if form.errors else 200,
    )


def public_dip(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(request, org)
    q, category = request.GET.get("q", "").strip()[:200], request.GET.get("kategori", "")
    items = dip_search(organization=organization, q=q, category=category, public_only=True)[:500]
    template = (
        "ppid/public/_dip_rows.html"
        if request.headers.get("HX-Request")
        else "ppid/public/dip.html"
    )
    return render(
        request,
        template,
        {
            "items": items,
            "q": q,
            "category": category,
            "categories": Category.choices,
            "today": timezone.localdate(),
        },
    )


def public_dip_document(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    organization = _org(request, org)
    doc = get_object_or_404(
        PublicDocument.objects.for_org(organization).select_related("info"),
        pk=pk,
        info__published=True,
    )
    if doc.info.category == Category.DIKECUALIKAN:
        raise Http404("Dokumen tidak tersedia untuk publik.")
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.original_name)


def public_dip_detail(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    organization = _org(request, org)
    info = get_object_or_404(
        PublicInformation.objects.for_org(organization).select_related("owner_unit"),
        pk=pk,
        published=True,
    )
    documents = [] if info.category == Category.DIKECUALIKAN else list(info.documents.all())
    return render(request, "ppid/public/dip_detail.html", {"info": info, "documents": documents})
