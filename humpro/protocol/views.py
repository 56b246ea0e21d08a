"""Staff views: event list, the event's attendees and precedence, manual tiers, settings."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.agenda.models import AgendaItem
from humpro.core.audit import entries_for
from humpro.orgs.permissions import org_view
from humpro.protocol import services
from humpro.protocol.forms import AttendeeForm, EventSettingsForm, ManualTierForm, TierOrderForm
from humpro.protocol.law.tiers import get_tier
from humpro.protocol.models import Attendee, EventProtocol, TierChange, TierOrder
from humpro.protocol.selectors import event_list, upcoming_items
from humpro.protocol.services import ProtocolError


def _event(request: HttpRequest, pk: int) -> EventProtocol:
    return get_object_or_404(EventProtocol.objects.for_org(request.org)
                             .select_related("agenda_item", "host", "organization"), pk=pk)


def _back(request: HttpRequest, event: EventProtocol, name: str = "protocol:event") -> HttpResponse:
    return redirect(name, org=request.org.slug, pk=event.pk)


def _form_errors(request: HttpRequest, form: object) -> None:
    for field, errors in form.errors.items():  # type: ignore[attr-defined]
        label = form.fields[field].label if field in form.fields else ""  # type: ignore[attr-defined]
        for error in errors:
            messages.error(request, f"{label}: {error}" if label else str(error))


@org_view("protocol.view")
def event_index(request: HttpRequest) -> HttpResponse:
    return render(request, "protocol/index.html", {
        "items": upcoming_items(organization=request.org, days=60),
        "events": event_list(organization=request.org)[:100],
    })


@org_view("protocol.change")
@require_POST
def event_open(request: HttpRequest, item_pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.for_org(request.org), pk=item_pk)
    event = services.event_protocol_open(organization=request.org, agenda_item=item)
    return _back(request, event)


def _attendee_rows(event: EventProtocol) -> list[tuple[Attendee, str]]:
    rows = []
    for a in event.attendees.select_related("spouse_of", "official").order_by("rank", "id"):
        tier = get_tier(a.tier) if a.tier else None
        rows.append((a, tier.label if tier else ""))
    return rows


@org_view("protocol.view")
def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    context = {
        "event": event, "item": event.agenda_item, "rows": _attendee_rows(event),
        "form": AttendeeForm(event=event),
        "settings_form": EventSettingsForm(event=event, initial={
            "level": event.level, "template": event.template, "host": event.host_id,
            "seats_per_row": event.seats_per_row, "front_rows": event.front_rows,
            "notes": event.notes}),
        "tier_changes": TierChange.objects.filter(attendee__event=event)
        .select_related("attendee", "by")[:50],
        "audit_entries": entries_for(event)[:30],
    }
    template = "protocol/_attendees.html" if request.headers.get("HX-Request") \
        else "protocol/event.html"
    return render(request, template, context)


@org_view("protocol.change")
@require_POST
def attendee_add(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    form = AttendeeForm(request.POST, event=event)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(request, event)
    data = form.cleaned_data
    try:
        attendee = services.attendee_add(
            event=event, official=data["official"], name=data["name"] or "",
            position=data["position"] or "", represents=data["represents"] or "",
            spouse_of=data["spouse_of"], order_in_tier=data["order_in_tier"],
            speaks=data["speaks"])
    except ProtocolError as exc:
        messages.error(request, str(exc))
        return _back(request, event)
    if attendee.unmapped:
        messages.warning(
            request,
            gettext("%(name)s: %(basis)s. Tetapkan tier secara manual.") % {
                "name": attendee.name,
                "basis": attendee.basis,
            },
        )
    else:
        messages.success(
            request,
            gettext("%(name)s ditambahkan (%(basis)s).") % {
                "name": attendee.name,
                "basis": attendee.basis,
            },
        )
    return _back(request, event)


def _attendee(request: HttpRequest, pk: int, attendee_pk: int) -> tuple[EventProtocol, Attendee]:
    event = _event(request, pk)
    return event, get_object_or_404(event.attendees.all(), pk=attendee_pk)


@org_view("protocol.change")
@require_POST
def attendee_remove(request: HttpRequest, pk: int, attendee_pk: int) -> HttpResponse:
    event, attendee = _attendee(request, pk, attendee_pk)
    services.attendee_remove(attendee=attendee)
    messages.success(request, gettext("%(name)s dihapus dari daftar peserta.") % {"name": attendee.name})
    return _back(request, event)


@org_view("protocol.change")
def attendee_tier(request: HttpRequest, pk: int, attendee_pk: int) -> HttpResponse:
    event, attendee = _attendee(request, pk, attendee_pk)
    form = ManualTierForm(request.POST or None, initial={"tier": attendee.manual_tier})
    if request.method == "POST" and form.is_valid():
        try:
            services.attendee_set_tier(attendee=attendee, tier=form.cleaned_data["tier"],
                                       reason=form.cleaned_data["reason"], user=request.user)
        except ProtocolError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Tier %(name)s diperbarui.") % {"name": attendee.name})
            return _back(request, event)
    return render(request, "protocol/attendee_tier.html", {
        "event": event, "attendee": attendee, "form": form,
        "history": attendee.tier_changes.select_related("by"),
    }, status=400 if form.errors else 200)


@org_view("protocol.change")
@require_POST
def event_settings(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    form = EventSettingsForm(request.POST, event=event)
    if not form.is_valid():
        _form_errors(request, form)
        return _back(request, event)
    try:
        services.event_settings_save(event=event, **form.cleaned_data)
    except ProtocolError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, gettext("Pengaturan acara tersimpan; urutan dihitung ulang."))
    return _back(request, event)


@org_view("protocol.configure")
def tier_orders(request: HttpRequest) -> HttpResponse:
    form = TierOrderForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            services.tier_order_save(organization=request.org, **form.cleaned_data)
        except ProtocolError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                gettext("Urutan dalam tier %(tier)s tersimpan.") % {
                    "tier": form.cleaned_data['tier'],
                },
            )
            return redirect("protocol:tier_orders", org=request.org.slug)
    rules = [(r, get_tier(r.tier)) for r in TierOrder.objects.for_org(request.org)]
    return render(request, "protocol/tier_orders.html", {"form": form, "rules": rules},
                  status=400 if form.errors else 200)
