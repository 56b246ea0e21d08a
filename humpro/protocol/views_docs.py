"""Staff views of an event's documents: seating plan, rundown, MC script and their exports."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.text import slugify
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.orgs.permissions import org_view
from humpro.protocol import rundown as rundown_service
from humpro.protocol import seating as seating_service
from humpro.protocol.documents import DOCX_MIME, mc_script_docx, mc_script_pdf, seating_pdf
from humpro.protocol.forms import RundownItemForm, SeatOverrideForm
from humpro.protocol.models import TEMPLATE_CHOICES
from humpro.protocol.services import ProtocolError
from humpro.protocol.views import _back, _event, _form_errors


def _download(content: bytes, mime: str, filename: str) -> HttpResponse:
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _name(event: object, suffix: str) -> str:
    return f"{slugify(str(event.agenda_item))[:60] or 'acara'}-{suffix}"  # type: ignore[attr-defined]


# --- seating ---------------------------------------------------------------------------------


@org_view("protocol.view")
def seating(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    plan = seating_service.seating_plan(event)
    return render(request, "protocol/seating.html", {
        "event": event, "plan": plan,
        "seated": seating_service.diagram(plan, audience=False),
        "stage": seating_service.diagram(plan, audience=True),
        "form": SeatOverrideForm(event=event),
        "history": event.seat_overrides.select_related("attendee", "by").order_by("-id"),
    })


@org_view("protocol.change")
@require_POST
def seat_override(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    form = SeatOverrideForm(request.POST, event=event)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(request, event, "protocol:seating")
    try:
        seating_service.seat_override_add(event=event, user=request.user, **form.cleaned_data)
    except ProtocolError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, gettext("Perubahan kursi dicatat."))
    return _back(request, event, "protocol:seating")


@org_view("protocol.change")
@require_POST
def seat_overrides_clear(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    n = seating_service.seat_overrides_clear(event=event)
    messages.success(
        request,
        gettext("%(n)s perubahan kursi dibatalkan; denah kembali ke urutan tata tempat.") % {
            "n": n,
        },
    )
    return _back(request, event, "protocol:seating")


@org_view("protocol.view")
def seating_pdf_view(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    pdf = seating_pdf(event, seating_service.seating_plan(event))
    return _download(pdf, "application/pdf", _name(event, "denah.pdf"))


# --- rundown ---------------------------------------------------------------------------------


@org_view("protocol.view")
def rundown(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    items = list(event.rundown.select_related("speaker"))
    return render(request, "protocol/rundown.html", {
        "event": event, "items": [(i, RundownItemForm(initial={
            "time": i.time, "minutes": i.minutes, "title": i.title, "note": i.note},
            prefix=f"i{i.pk}")) for i in items],
        "add_form": RundownItemForm(prefix="new"),
        "speakers": event.attendees.filter(speaks=True).order_by("honour_rank"),
        "templates": TEMPLATE_CHOICES,
    })


@org_view("protocol.change")
@require_POST
def rundown_generate(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    try:
        items = rundown_service.rundown_generate(event=event,
                                                 template=request.POST.get("template") or None)
    except ProtocolError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, gettext("Susunan acara dibuat dari templat (%(n)s butir).") % {"n": len(items)})
    return _back(request, event, "protocol:rundown")


@org_view("protocol.change")
@require_POST
def rundown_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    form = RundownItemForm(request.POST, prefix="new")
    if form.is_valid():
        rundown_service.rundown_item_save(event=event, **form.cleaned_data)
        messages.success(request, gettext("Butir acara ditambahkan."))
    else:
        _form_errors(request, form)
    return _back(request, event, "protocol:rundown")


@org_view("protocol.change")
@require_POST
def rundown_item(request: HttpRequest, pk: int, item_pk: int) -> HttpResponse:
    event = _event(request, pk)
    item = get_object_or_404(event.rundown.all(), pk=item_pk)
    action = request.POST.get("action", "save")
    if action == "delete":
        rundown_service.rundown_item_delete(item=item)
        messages.success(request, gettext("Butir acara dihapus."))
    elif action in ("up", "down"):
        rundown_service.rundown_item_move(item=item, up=action == "up")
    else:
        form = RundownItemForm(request.POST, prefix=f"i{item.pk}")
        if form.is_valid():
            rundown_service.rundown_item_save(event=event, item=item, **form.cleaned_data)
            messages.success(request, gettext("Butir acara disimpan."))
        else:
            _form_errors(request, form)
    return redirect("protocol:rundown", org=request.org.slug, pk=event.pk)


# --- MC script ---------------------------------------------------------------------------------


@org_view("protocol.view")
def mc_script(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    return render(request, "protocol/mc_script.html", {
        "event": event, "paragraphs": rundown_service.mc_script(event)})


@org_view("protocol.view")
def mc_script_docx_view(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    content = mc_script_docx(rundown_service.mc_script(event))
    return _download(content, DOCX_MIME, _name(event, "naskah-mc.docx"))


@org_view("protocol.view")
def mc_script_pdf_view(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    content = mc_script_pdf(event, rundown_service.mc_script(event))
    return _download(content, "application/pdf", _name(event, "naskah-mc.pdf"))
