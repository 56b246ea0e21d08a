"""Staff views of the partner-media registry (outlets, journalists, cards, documents, updates)."""

from __future__ import annotations

import mimetypes
import os

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models.fields.files import FieldFile
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.orgs.permissions import org_view
from humpro.press import registry, services
from humpro.press.contracts import eligibility_for
from humpro.press.forms import (
    CardForm,
    DocumentForm,
    ImportForm,
    JournalistForm,
    OutletForm,
    PortalUserForm,
)
from humpro.press.models import (
    AccreditationCard,
    DewanPersStatus,
    Journalist,
    MediaType,
    Outlet,
    OutletDocument,
    ProfileUpdate,
)
from humpro.press.selectors import outlets_list


def file_response(field: FieldFile, content_type: str = "") -> FileResponse:
    name = os.path.basename(field.name)
    return FileResponse(
        field.open("rb"),
        filename=name,
        content_type=content_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
    )


def error_messages(request: HttpRequest, exc: ValidationError) -> None:
    for message in exc.messages:
        messages.error(request, message)


@org_view("press.view")
def outlet_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    media_type = request.GET.get("jenis", "")
    dewan_pers = request.GET.get("dewan_pers", "")
    qs = outlets_list(organization=request.org, q=q, media_type=media_type, dewan_pers=dewan_pers)
    page = Paginator(qs, 50).get_page(request.GET.get("hal"))
    context = {
        "page": page,
        "q": q,
        "media_type": media_type,
        "dewan_pers": dewan_pers,
        "media_types": MediaType.choices,
        "dewan_pers_choices": DewanPersStatus.choices,
        "pending_updates": ProfileUpdate.objects.for_org(request.org).filter(status="pending").count(),
    }
    template = "press/_outlet_rows.html" if request.headers.get("HX-Request") else "press/outlet_list.html"
    return render(request, template, context)


@org_view("press.view")
def outlet_detail(request: HttpRequest, pk: int) -> HttpResponse:
    outlet = get_object_or_404(Outlet.objects.for_org(request.org), pk=pk)
    return render(
        request,
        "press/outlet_detail.html",
        {
            "outlet": outlet,
            "checks": eligibility_for(outlet),
            "journalists": outlet.journalists.prefetch_related("cards"),
            "documents": outlet.documents.all(),
            "portal_users": outlet.portal_users.select_related("user"),
            "contracts": outlet.contracts.select_related("budget_line"),
            "updates": outlet.profile_updates.all()[:20],
            "document_form": DocumentForm(),
            "audit_entries": entries_for(outlet)[:50],
        },
    )


@org_view("press.change")
def outlet_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    outlet = get_object_or_404(Outlet.objects.for_org(request.org), pk=pk) if pk else None
    form = OutletForm(request.POST or None, instance=outlet)
    if request.method == "POST" and form.is_valid():
        try:
            outlet = services.outlet_save(organization=request.org, outlet=outlet, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, gettext("Data %(name)s tersimpan.") % {"name": outlet.name})
            return redirect("press:outlet_detail", org=request.org.slug, pk=outlet.pk)
    return render(
        request,
        "press/form.html",
        {
            "form": form,
            "title": gettext("Ubah %(name)s") % {"name": outlet.name} if outlet else gettext("Tambah media mitra"),
            "back": outlet,
        },
    )


@org_view("press.import")
def outlet_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    dry_run = request.POST.get("mode") != "import"
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = registry.outlets_import(
            organization=request.org, content=upload.read(), filename=upload.name, dry_run=dry_run
        )
        if report.ok and not dry_run:
            messages.success(
                request,
                gettext("%(created)s media mitra berhasil diimpor.") % {
                    "created": report.created,
                },
            )
            return redirect("press:outlet_list", org=request.org.slug)
    return render(
        request,
        "press/import.html",
        {
            "form": form,
            "report": report,
            "dry_run": dry_run,
            "columns": registry.IMPORT_COLUMNS,
        },
        status=400 if report is not None and not report.ok else 200,
    )


@org_view("press.view")
def outlet_export(request: HttpRequest) -> HttpResponse:
    fmt = "csv" if request.GET.get("format") == "csv" else "xlsx"
    content, content_type, name = registry.outlets_export(organization=request.org, fmt=fmt)
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@org_view("press.change")
@require_POST
def document_upload(request: HttpRequest, pk: int) -> HttpResponse:
    outlet = get_object_or_404(Outlet.objects.for_org(request.org), pk=pk)
    form = DocumentForm(request.POST, request.FILES)
    if form.is_valid():
        OutletDocument.objects.create(organization=request.org, outlet=outlet, **form.cleaned_data)
        messages.success(request, gettext("Dokumen tersimpan."))
    else:
        for errors in form.errors.values():
            for error in errors:
                messages.error(request, gettext("Dokumen tidak tersimpan: %(error)s") % {"error": error})
    return redirect("press:outlet_detail", org=request.org.slug, pk=outlet.pk)


@org_view("press.view")
def document_file(request: HttpRequest, pk: int) -> HttpResponse:
    document = get_object_or_404(OutletDocument.objects.for_org(request.org), pk=pk)
    return file_response(document.file)


@org_view("press.change")
def journalist_edit(request: HttpRequest, pk: int) -> HttpResponse:
    journalist = get_object_or_404(Journalist.objects.for_org(request.org).select_related("outlet"), pk=pk)
    return _journalist_form(request, journalist.outlet, journalist)


@org_view("press.change")
def journalist_create(request: HttpRequest, pk: int) -> HttpResponse:
    outlet = get_object_or_404(Outlet.objects.for_org(request.org), pk=pk)
    return _journalist_form(request, outlet, None)


def _journalist_form(request: HttpRequest, outlet: Outlet, journalist: Journalist | None) -> HttpResponse:
    form = JournalistForm(request.POST or None, instance=journalist)
    if request.method == "POST" and form.is_valid():
        services.journalist_save(outlet=outlet, journalist=journalist, **form.cleaned_data)
        messages.success(request, gettext("Data wartawan tersimpan."))
        return redirect("press:outlet_detail", org=request.org.slug, pk=outlet.pk)
    title = (
        gettext("Ubah %(name)s") % {"name": journalist.name}
        if journalist
        else gettext("Tambah wartawan %(outlet)s") % {"outlet": outlet.name}
    )
    return render(request, "press/form.html", {"form": form, "title": title, "back": outlet})


@org_view("press.change")
def card_issue(request: HttpRequest, pk: int) -> HttpResponse:
    journalist = get_object_or_404(Journalist.objects.for_org(request.org).select_related("outlet"), pk=pk)
    form = CardForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            card = services.card_issue(journalist=journalist, **form.cleaned_data)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, gettext("Kartu %(number)s diterbitkan.") % {"number": card.number})
            return redirect("press:card_detail", org=request.org.slug, pk=card.pk)
    return render(
        request,
        "press/form.html",
        {
            "form": form,
            "title": gettext("Kartu liputan untuk %(name)s") % {"name": journalist.name},
            "back": journalist.outlet,
        },
    )


@org_view("press.view")
def card_detail(request: HttpRequest, pk: int) -> HttpResponse:
    card = get_object_or_404(AccreditationCard.objects.for_org(request.org).select_related("journalist__outlet"), pk=pk)
    url = request.build_absolute_uri(services.card_public_path(card))
    return render(request, "press/card.html", {"card": card, "verify_url": url, "qr": services.qr_svg(url)})


@org_view("press.change")
@require_POST
def card_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    card = get_object_or_404(AccreditationCard.objects.for_org(request.org), pk=pk)
    try:
        services.card_revoke(card=card, reason=request.POST.get("reason", ""))
    except ValidationError as exc:
        error_messages(request, exc)
    else:
        messages.success(request, gettext("Kartu %(number)s dicabut.") % {"number": card.number})
    return redirect("press:card_detail", org=request.org.slug, pk=card.pk)


@org_view("press.change")
def portal_user_add(request: HttpRequest, pk: int) -> HttpResponse:
    outlet = get_object_or_404(Outlet.objects.for_org(request.org), pk=pk)
    form = PortalUserForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        User = get_user_model()  # noqa: N806
        try:
            with transaction.atomic():
                user = User.objects.filter(username=data["username"]).first()
                if user is None:
                    user = User.objects.create_user(
                        username=data["username"],
                        email=data["email"],
                        password=data["password"],
                        full_name=data["full_name"],
                    )
                services.outlet_user_link(outlet=outlet, user=user)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                gettext("%(user)s kini dapat masuk ke portal media %(name)s.") % {
                    "user": user.get_username(),
                    "name": outlet.name,
                },
            )
            return redirect("press:outlet_detail", org=request.org.slug, pk=outlet.pk)
    return render(
        request,
        "press/form.html",
        {"form": form, "title": gettext("Akun portal untuk %(name)s") % {"name": outlet.name}, "back": outlet},
    )


@org_view("press.change")
def update_list(request: HttpRequest) -> HttpResponse:
    updates = ProfileUpdate.objects.for_org(request.org).select_related("outlet", "proposed_by")
    status = request.GET.get("status", "pending")
    if status:
        updates = updates.filter(status=status)
    return render(
        request,
        "press/update_list.html",
        {"updates": updates[:200], "status": status, "statuses": ProfileUpdate.Status.choices},
    )


@org_view("press.change")
def update_review(request: HttpRequest, pk: int) -> HttpResponse:
    update = get_object_or_404(ProfileUpdate.objects.for_org(request.org).select_related("outlet"), pk=pk)
    if request.method == "POST":
        try:
            services.profile_update_review(
                update=update,
                approve=request.POST.get("decision") == "approve",
                user=request.user,
                note=request.POST.get("note", ""),
            )
        except ValidationError as exc:
            error_messages(request, exc)
        else:
            messages.success(request, gettext("Usulan perubahan profil telah ditinjau."))
            return redirect("press:update_list", org=request.org.slug)
    outlet = update.outlet
    rows = [(outlet._meta.get_field(k).verbose_name, getattr(outlet, k), v) for k, v in update.changes.items()]
    return render(
        request,
        "press/update_review.html",
        {"update": update, "rows": rows, "transitions": update.transitions.select_related("actor")},
    )
