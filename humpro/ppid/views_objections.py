"""Staff views of objections (keberatan) and disputes."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.core.workdays import calendar_for
from humpro.orgs.permissions import has_perm, org_view
from humpro.ppid import clock
from humpro.ppid.access import require_utama, visible_requests
from humpro.ppid.forms import (
    DisputeForm,
    ObjectionForm,
    ObjectionRespondForm,
    OutcomeForm,
    apply_errors,
)
from humpro.ppid.models import Objection, ObjectionStatus
from humpro.ppid.services_objections import (
    objection_dispute,
    objection_dispute_outcome,
    objection_file,
    objection_respond,
)
from humpro.ppid.validation import PpidInputError


def _objections(request: HttpRequest):  # type: ignore[no-untyped-def]
    visible = visible_requests(request.user, request.org).values("pk")
    return (
        Objection.objects.for_org(request.org).filter(request__in=visible).select_related("request")
    )


@org_view("ppid.view")
def objection_list(request: HttpRequest) -> HttpResponse:
    cal = calendar_for(request.org)
    today = timezone.localdate()
    rows = list(_objections(request)[:300])
    for o in rows:
        if o.status == ObjectionStatus.RECEIVED:
            o.countdown = clock.countdown_label(clock.days_left(cal, today, o.due_on))
            o.late = today > o.due_on
    return render(request, "ppid/objection_list.html", {"objections": rows})


@org_view("ppid.manage")
def objection_create(request: HttpRequest, pk: int) -> HttpResponse:
    """Register an objection received at the counter, by letter or by email."""
    require_utama(request.user, request.org)
    req = get_object_or_404(visible_requests(request.user, request.org), pk=pk)
    form = ObjectionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            obj = objection_file(
                request=req,
                reasons=form.cleaned_data["reasons"],
                description=form.cleaned_data["description"],
                actor=request.user,
            )
        except PpidInputError as exc:
            apply_errors(form, exc)
        else:
            messages.success(
                request,
                gettext("Keberatan %(number)s terdaftar; tanggapan paling lambat %(due_on)s.") % {
                    "number": obj.number,
                    "due_on": f"{obj.due_on:%d-%m-%Y}",
                },
            )
            return redirect("ppid:objection_detail", org=request.org.slug, pk=obj.pk)
    return render(
        request,
        "ppid/objection_form.html",
        {"r": req, "form": form},
        status=400 if form.errors else 200,
    )


@org_view("ppid.view")
def objection_detail(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(_objections(request), pk=pk)
    cal = calendar_for(request.org)
    left = clock.days_left(cal, timezone.localdate(), obj.due_on)
    return render(
        request,
        "ppid/objection_detail.html",
        {
            "o": obj,
            "r": obj.request,
            "countdown": clock.countdown_label(left),
            "late": left < 0,
            "respond_form": ObjectionRespondForm(),
            "dispute_form": DisputeForm(),
            "outcome_form": OutcomeForm(),
            "can_decide": has_perm(request.user, request.org, "ppid.objection_decide"),
            "can_manage": has_perm(request.user, request.org, "ppid.manage"),
            "audit_entries": entries_for(obj)[:50],
        },
    )


def _redirect(request: HttpRequest, obj: Objection) -> HttpResponse:
    return redirect("ppid:objection_detail", org=request.org.slug, pk=obj.pk)


def _fail(request: HttpRequest, form_or_exc: object) -> None:
    if isinstance(form_or_exc, PpidInputError):
        for message in form_or_exc.errors.values():
            messages.error(request, message)
    else:
        for field, errors in form_or_exc.errors.items():  # type: ignore[attr-defined]
            label = form_or_exc.fields[field].label if field in form_or_exc.fields else ""  # type: ignore[attr-defined]
            messages.error(request, f"{label}: {' '.join(errors)}" if label else " ".join(errors))


@require_POST
@org_view("ppid.objection_decide")
def objection_respond_view(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(_objections(request), pk=pk)
    form = ObjectionRespondForm(request.POST)
    if not form.is_valid():
        _fail(request, form)
        return _redirect(request, obj)
    try:
        objection_respond(objection=obj, actor=request.user, **form.cleaned_data)
        messages.success(request, gettext("Tanggapan Atasan PPID tersimpan."))
    except PpidInputError as exc:
        _fail(request, exc)
    return _redirect(request, obj)


@require_POST
@org_view("ppid.manage")
def objection_dispute_view(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(_objections(request), pk=pk)
    require_utama(request.user, request.org)
    form = DisputeForm(request.POST)
    if not form.is_valid():
        _fail(request, form)
        return _redirect(request, obj)
    try:
        objection_dispute(objection=obj, actor=request.user, **form.cleaned_data)
        messages.success(request, gettext("Sengketa ke Komisi Informasi dicatat."))
    except PpidInputError as exc:
        _fail(request, exc)
    return _redirect(request, obj)


@require_POST
@org_view("ppid.manage")
def objection_outcome_view(request: HttpRequest, pk: int) -> HttpResponse:
    obj = get_object_or_404(_objections(request), pk=pk)
    require_utama(request.user, request.org)
    form = OutcomeForm(request.POST)
    if not form.is_valid():
        _fail(request, form)
        return _redirect(request, obj)
    try:
        objection_dispute_outcome(objection=obj, actor=request.user, **form.cleaned_data)
        messages.success(request, gettext("Hasil sengketa dicatat."))
    except PpidInputError as exc:
        _fail(request, exc)
    return _redirect(request, obj)
