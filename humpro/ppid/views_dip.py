"""Staff views of the Daftar Informasi Publik (DIP)."""

from __future__ import annotations

from django.contrib import messages
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.orgs.permissions import org_view
from humpro.ppid.forms import DipDocumentForm, DipForm, apply_errors
from humpro.ppid.models_dip import Category, PublicDocument, PublicInformation
from humpro.ppid.services_dip import dip_add_document, dip_save, dip_search
from humpro.ppid.validation import PpidInputError


@org_view("ppid.view")
def dip_list(request: HttpRequest) -> HttpResponse:
    q, category = request.GET.get("q", "").strip(), request.GET.get("kategori", "")
    items = list(dip_search(organization=request.org, q=q, category=category)[:500])
    today = timezone.localdate()
    for item in items:
        item.update_due = item.next_update_on is not None and item.next_update_on <= today
    return render(
        request,
        "ppid/dip_list.html",
        {"items": items, "q": q, "category": category, "categories": Category.choices},
    )


@org_view("ppid.dip")
def dip_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    info = get_object_or_404(PublicInformation.objects.for_org(request.org), pk=pk) if pk else None
    initial = None
    if info:
        initial = {
            f: getattr(info, f)
            for f in (
                "title",
                "summary",
                "category",
                "legal_basis",
                "consequence_test",
                "responsible",
                "form",
                "period",
                "retention",
                "published",
                "last_updated_on",
            )
        }
        initial["owner_unit"] = info.owner_unit_id
    form = DipForm(request.POST or None, initial=initial, org=request.org)
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            info = dip_save(
                organization=request.org,
                info=info,
                data=data,
                owner_unit=data.pop("owner_unit"),
                last_updated_on=data.pop("last_updated_on"),
            )
        except PpidInputError as exc:
            apply_errors(form, exc)
        else:
            messages.success(request, gettext("Informasi \"%(title)s\" tersimpan.") % {"title": info.title})
            return redirect("ppid:dip_detail", org=request.org.slug, pk=info.pk)
    return render(
        request,
        "ppid/dip_form.html",
        {"form": form, "info": info},
        status=400 if form.errors else 200,
    )


@org_view("ppid.view")
def dip_detail(request: HttpRequest, pk: int) -> HttpResponse:
    info = get_object_or_404(
        PublicInformation.objects.for_org(request.org).select_related("owner_unit"), pk=pk
    )
    return render(
        request,
        "ppid/dip_detail.html",
        {"info": info, "upload_form": DipDocumentForm(), "audit_entries": entries_for(info)[:50]},
    )


@require_POST
@org_view("ppid.dip")
def dip_upload(request: HttpRequest, pk: int) -> HttpResponse:
    info = get_object_or_404(PublicInformation.objects.for_org(request.org), pk=pk)
    form = DipDocumentForm(request.POST, request.FILES)
    if not form.is_valid():
        messages.error(request, gettext("Pilih berkas yang akan diunggah."))
    else:
        upload = form.cleaned_data["file"]
        try:
            dip_add_document(
                info=info, title=form.cleaned_data["title"], name=upload.name, content=upload.read()
            )
            messages.success(request, gettext("Dokumen diunggah; tanggal pembaruan diperbarui."))
        except PpidInputError as exc:
            for message in exc.errors.values():
                messages.error(request, message)
    return redirect("ppid:dip_detail", org=request.org.slug, pk=info.pk)


@org_view("ppid.view")
def dip_document(request: HttpRequest, pk: int) -> HttpResponse:
    doc = get_object_or_404(PublicDocument.objects.for_org(request.org), pk=pk)
    return FileResponse(doc.file.open("rb"), as_attachment=True, filename=doc.original_name)
