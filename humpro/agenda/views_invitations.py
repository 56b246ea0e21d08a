"""Staff views of invitations (register, list, detail, attachments) and dispositions."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext

from humpro.agenda.forms import DispositionForm, InvitationForm
from humpro.agenda.invitations import invitation_dispose, invitation_register
from humpro.agenda.models import Invitation, InvitationAttachment, InvitationStatus
from humpro.agenda.validation import AgendaError
from humpro.core.audit import entries_for
from humpro.orgs.permissions import has_perm, org_view


def uploaded_files(request: HttpRequest, name: str = "attachments") -> list[tuple[str, bytes]]:
    from humpro.agenda.validation import max_attachment_bytes

    files = []
    for upload in request.FILES.getlist(name):
        # read one byte more than allowed: enough to refuse, without loading a huge file
        files.append((upload.name or "lampiran", upload.read(max_attachment_bytes() + 1)))
    return files


def apply_errors(form: object, exc: AgendaError) -> None:
    for name, message in exc.errors.items():
        form.add_error(name if name in form.fields else None, message)  # type: ignore[attr-defined]


@org_view("agenda.view")
def invitation_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    status = request.GET.get("status", "")
    qs = Invitation.objects.for_org(request.org).select_related("invited_leader").order_by("-created_at")
    if q:
        qs = qs.filter(
            Q(event_title__icontains=q)
            | Q(sender_name__icontains=q)
            | Q(tracking_number__icontains=q)
            | Q(letter_number__icontains=q)
        )
    if status:
        qs = qs.filter(status=status)
    page = Paginator(qs, 30).get_page(request.GET.get("hal"))
    context = {"page": page, "q": q, "status": status, "statuses": InvitationStatus.choices}
    template = "agenda/_invitation_rows.html" if request.headers.get("HX-Request") else "agenda/invitation_list.html"
    return render(request, template, context)


@org_view("agenda.change")
def invitation_create(request: HttpRequest) -> HttpResponse:
    form = InvitationForm(request.POST or None, org=request.org)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                invitation = invitation_register(
                    organization=request.org,
                    by=request.user,
                    files=uploaded_files(request),
                    **form.service_kwargs(),
                )
            except AgendaError as exc:
                apply_errors(form, exc)
            else:
                messages.success(
                    request,
                    f"Undangan tercatat dengan nomor {invitation.tracking_number}"
                    + (" (MENDESAK)." if invitation.urgent else "."),
                )
                return redirect("agenda:invitation_detail", org=request.org.slug, pk=invitation.pk)
    return render(request, "agenda/invitation_edit.html", {"form": form}, status=status)


@org_view("agenda.view")
def invitation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation.objects.for_org(request.org).select_related("invited_leader"), pk=pk)
    form = None
    if has_perm(request.user, request.org, "agenda.dispose"):
        form = DispositionForm(org=request.org, initial={"leader": invitation.invited_leader_id})
    return render(
        request,
        "agenda/invitation_detail.html",
        {
            "invitation": invitation,
            "form": form,
            "dispositions": invitation.dispositions.select_related("representative", "decided_by"),
            "items": invitation.agenda_items.select_related("leader", "representative"),
            "attachments": invitation.attachments.all(),
            "audit_entries": entries_for(invitation)[:50],
        },
    )


@org_view("agenda.dispose")
def invitation_disposition(request: HttpRequest, pk: int) -> HttpResponse:
    invitation = get_object_or_404(Invitation.objects.for_org(request.org), pk=pk)
    form = DispositionForm(request.POST or None, org=request.org, initial={"leader": invitation.invited_leader_id})
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            d = form.cleaned_data
            try:
                disposition = invitation_dispose(
                    invitation=invitation,
                    by=request.user,
                    decision=d["decision"],
                    leader=d.get("leader"),
                    representative=d.get("representative"),
                    reason=d["reason"],
                    coordinate_with=d["coordinate_with"],
                    note=d["note"],
                    visibility=d["visibility"],
                )
            except AgendaError as exc:
                apply_errors(form, exc)
            else:
                messages.success(
                    request,
                    gettext("Disposisi “%(disposition)s” tersimpan.") % {
                        "disposition": disposition.get_decision_display(),
                    },
                )
                return redirect("agenda:invitation_detail", org=request.org.slug, pk=invitation.pk)
    return render(
        request,
        "agenda/invitation_dispose.html",
        {"form": form, "invitation": invitation},
        status=status,
    )


@org_view("agenda.view")
def attachment_download(request: HttpRequest, pk: int) -> FileResponse:
    attachment = get_object_or_404(InvitationAttachment.objects.for_org(request.org), pk=pk)
    return FileResponse(
        attachment.file.open("rb"),
        filename=attachment.original_name,
        content_type=attachment.mimetype,
        as_attachment=attachment.mimetype == "application/pdf",
    )
