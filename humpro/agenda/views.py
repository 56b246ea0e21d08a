"""Staff views: calendar (day/week/month), agenda items, clash check at entry time (htmx)."""

from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.agenda import services
from humpro.agenda.forms import AgendaItemForm, AssignmentForm, QuickItemForm, wall_time
from humpro.agenda.ics import calendar_for
from humpro.agenda.models import AgendaAssignment, AgendaItem, AgendaStatus
from humpro.agenda.selectors import clashes_by_item, items_in_range
from humpro.agenda.validation import AgendaError
from humpro.core.audit import entries_for
from humpro.officials.models import Official
from humpro.orgs.permissions import org_view

VIEWS = {"hari": "Hari", "minggu": "Minggu", "bulan": "Bulan"}


def _parse_day(value: str | None) -> dt.date:
    try:
        return dt.date.fromisoformat(value) if value else timezone.localdate()
    except ValueError:
        return timezone.localdate()


def calendar_range(mode: str, day: dt.date) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """(first shown day, last shown day, previous anchor, next anchor) of a calendar view."""
    if mode == "hari":
        return day, day, day - dt.timedelta(days=1), day + dt.timedelta(days=1)
    if mode == "bulan":
        first = day.replace(day=1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        last = nxt - dt.timedelta(days=1)
        prev = (first - dt.timedelta(days=1)).replace(day=1)
        return (
            first - dt.timedelta(days=first.weekday()),
            last + dt.timedelta(days=6 - last.weekday()),
            prev,
            nxt,
        )
    monday = day - dt.timedelta(days=day.weekday())
    return (
        monday,
        monday + dt.timedelta(days=6),
        monday - dt.timedelta(days=7),
        monday + dt.timedelta(days=7),
    )


@org_view("agenda.view")
def calendar(request: HttpRequest) -> HttpResponse:
    mode = request.GET.get("tampilan", "minggu")
    mode = mode if mode in VIEWS else "minggu"
    day = _parse_day(request.GET.get("tanggal"))
    leader_id = request.GET.get("pimpinan") or None
    leader_id = int(leader_id) if leader_id and leader_id.isdigit() else None
    first, last, prev, nxt = calendar_range(mode, day)
    tz = request.org.tz
    start = dt.datetime.combine(first, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    items = list(items_in_range(organization=request.org, start=start, end=end, leader_id=leader_id))
    clashes = clashes_by_item(organization=request.org, items=[i for i in items if not i.is_cancelled])
    days = []
    current = first
    while current <= last:
        d_start = dt.datetime.combine(current, dt.time.min, tzinfo=tz)
        d_end = d_start + dt.timedelta(days=1)
        days.append(
            {
                "date": current,
                "today": current == timezone.localdate(),
                "in_month": current.month == day.month,
                "items": [
                    (i, clashes.get(i.pk, []))
                    for i in items
                    if i.start < d_end and (i.end > d_start or i.start >= d_start)
                ],
            }
        )
        current += dt.timedelta(days=1)
    context = {
        "mode": mode,
        "modes": VIEWS,
        "day": day,
        "days": days,
        "prev": prev,
        "next": nxt,
        "first": first,
        "last": last,
        "leaders": Official.objects.for_org(request.org).filter(agenda_items__isnull=False).distinct(),
        "leader_id": leader_id,
        "clash_count": sum(len(v) for v in clashes.values()),
    }
    template = "agenda/_calendar.html" if request.headers.get("HX-Request") else "agenda/calendar.html"
    return render(request, template, context)


@org_view("agenda.view")
def item_detail(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(
        AgendaItem.objects.for_org(request.org).select_related("leader", "representative", "invitation"),
        pk=pk,
    )
    clashes = clashes_by_item(organization=request.org, items=[item]).get(item.pk, [])
    return render(
        request,
        "agenda/item_detail.html",
        {
            "item": item,
            "clashes": clashes,
            "history": item.status_changes.select_related("by"),
            "assignments": item.assignments.select_related("user", "official"),
            "assignment_form": AssignmentForm(org=request.org),
            "statuses": AgendaStatus.choices,
            "audit_entries": entries_for(item)[:50],
        },
    )


def _item_initial(item: AgendaItem) -> dict[str, object]:
    tz = item.tz
    return {
        "title": item.title,
        "leader": item.leader_id,
        "representative": item.representative_id,
        "start": item.start.astimezone(tz).replace(tzinfo=None),
        "end": item.end.astimezone(tz).replace(tzinfo=None),
        "all_day": item.all_day,
        "timezone": item.timezone,
        "venue_name": item.venue_name,
        "venue_address": item.venue_address,
        "latitude": item.latitude,
        "longitude": item.longitude,
        "dress_code": item.dress_code,
        "description": item.description,
        "status": item.status,
        "visibility": item.visibility,
        "level": item.level,
    }


def _report(request: HttpRequest, result: services.SaveResult, verb: str) -> None:
    messages.success(request, gettext("Agenda %(title)s %(verb)s.") % {"title": result.item.title, "verb": verb})
    for c in result.clashes:
        messages.warning(request, gettext("Peringatan bentrok: %(message)s") % {"message": c.message})


@org_view("agenda.change")
def item_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.for_org(request.org), pk=pk) if pk else None
    form = AgendaItemForm(request.POST or None, org=request.org, initial=_item_initial(item) if item else None)
    errors: dict[str, str] = {}
    status = 200
    if request.method == "POST" and form.is_valid():
        try:
            result = services.agenda_item_save(
                organization=request.org, by=request.user, item=item, **form.service_kwargs()
            )
        except AgendaError as exc:
            errors, status = exc.errors, 400
            for name, message in exc.errors.items():
                form.add_error(name if name in form.fields else None, message)
        else:
            _report(request, result, gettext("diperbarui") if item else gettext("tersimpan"))
            return redirect("agenda:item_detail", org=request.org.slug, pk=result.item.pk)
    elif request.method == "POST":
        status = 400
    return render(
        request,
        "agenda/item_edit.html",
        {"form": form, "item": item, "errors": errors},
        status=status,
    )


@org_view("agenda.change")
def item_quick(request: HttpRequest) -> HttpResponse:
    """Fast path for an unscheduled event (acara mendadak): confirmed at once."""
    form = QuickItemForm(request.POST or None, org=request.org)
    status = 200
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            result = services.agenda_item_save(
                organization=request.org,
                by=request.user,
                title=d["title"],
                leader=d["leader"],
                start=wall_time(d["start"]),
                end=wall_time(d["end"]),
                venue_name=d["venue_name"],
                visibility=d["visibility"],
                status=AgendaStatus.CONFIRMED,
                unscheduled=True,
                note="Acara mendadak",
            )
        except AgendaError as exc:
            status = 400
            for name, message in exc.errors.items():
                form.add_error(name if name in form.fields else None, message)
        else:
            _report(request, result, gettext("tersimpan"))
            return redirect("agenda:item_detail", org=request.org.slug, pk=result.item.pk)
    elif request.method == "POST":
        status = 400
    return render(request, "agenda/item_quick.html", {"form": form}, status=status)


@org_view("agenda.change")
def clash_check(request: HttpRequest) -> HttpResponse:
    """htmx: the clashes of the item being typed into the form, without saving it."""
    data = request.POST if request.method == "POST" else request.GET
    form = AgendaItemForm(data, org=request.org)
    form.is_valid()
    d = form.cleaned_data
    clashes, error = [], ""
    if d.get("start") and d.get("leader"):
        item_id = data.get("item_id")
        try:
            clashes = services.check_proposed(
                organization=request.org,
                leader=d["leader"],
                start=wall_time(d["start"]),
                end=wall_time(d.get("end")),
                all_day=d.get("all_day", False),
                timezone_name=d.get("timezone") or "",
                venue_name=d.get("venue_name", ""),
                latitude=d.get("latitude"),
                longitude=d.get("longitude"),
                representative=d.get("representative"),
                item_id=int(item_id) if item_id and item_id.isdigit() else None,
                title=d.get("title", ""),
            )
        except AgendaError as exc:
            error = str(exc)
    return render(request, "agenda/_clashes.html", {"clashes": clashes, "error": error, "checked": True})


@require_POST
@org_view("agenda.change")
def item_status(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.for_org(request.org), pk=pk)
    try:
        services.agenda_item_set_status(
            item=item,
            to_status=request.POST.get("status", ""),
            by=request.user,
            note=request.POST.get("note", ""),
        )
    except AgendaError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, gettext("Status agenda diperbarui."))
    return redirect("agenda:item_detail", org=request.org.slug, pk=item.pk)


@require_POST
@org_view("agenda.change")
def assignment_add(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.for_org(request.org), pk=pk)
    form = AssignmentForm(request.POST, org=request.org)
    if not form.is_valid():
        messages.error(request, gettext("Pilih peran dan petugas."))
        return redirect("agenda:item_detail", org=request.org.slug, pk=item.pk)
    kind, _, person_pk = form.cleaned_data["person"].partition(":")
    try:
        if kind == "official":
            official = get_object_or_404(Official.objects.for_org(request.org), pk=int(person_pk))
            services.assignment_add(item=item, role=form.cleaned_data["role"], official=official)
        else:
            from django.contrib.auth import get_user_model

            user = get_object_or_404(get_user_model(), pk=int(person_pk))
            services.assignment_add(item=item, role=form.cleaned_data["role"], user=user)
    except AgendaError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, gettext("Petugas ditambahkan."))
    return redirect("agenda:item_detail", org=request.org.slug, pk=item.pk)


@require_POST
@org_view("agenda.change")
def assignment_remove(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = get_object_or_404(AgendaAssignment.objects.for_org(request.org), pk=pk)
    item_pk = assignment.item_id
    assignment.delete()
    messages.success(request, gettext("Petugas dihapus dari agenda."))
    return redirect("agenda:item_detail", org=request.org.slug, pk=item_pk)


@org_view("agenda.view")
def item_ics(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(AgendaItem.objects.for_org(request.org).select_related("leader", "representative"), pk=pk)
    if item is None:
        raise Http404
    response = HttpResponse(calendar_for([item], name=item.title), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="agenda-{item.pk}.ics"'
    return response
