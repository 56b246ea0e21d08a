from __future__ import annotations

import datetime as dt

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from humpro.core.dashboard import cards_for
from humpro.core.models import AuditEntry, CalendarAdjustment, OutboxMessage
from humpro.core.outbox import outbox_retry_now
from humpro.core.workdays import calendar_for, cuti_bersama, national_holidays
from humpro.orgs.forms import CalendarAdjustmentForm, MembershipForm, OrganizationSettingsForm, UnitForm
from humpro.orgs.models import Membership, Organization, Unit
from humpro.orgs.permissions import has_perm, org_view, roles_of, user_organizations
from humpro.orgs.roles import Role


def home(request: HttpRequest) -> HttpResponse:
    """Signed-in staff go to their organization; everyone else sees the public front page."""
    if request.user.is_authenticated:
        orgs = user_organizations(request.user)
        if len(orgs) == 1:
            if roles_of(request.user, orgs[0]) == {Role.PARTNER_MEDIA}:
                return redirect("press:portal_home", org=orgs[0].slug)  # outlets use their portal
            return redirect("orgs:dashboard", org=orgs[0].slug)
        return render(request, "orgs/choose.html", {"orgs": orgs})
    return render(request, "orgs/public_home.html", {
        "organizations": Organization.objects.select_related("parent").order_by("parent_id", "name"),
    })


@org_view("org.view_dashboard")
def dashboard(request: HttpRequest) -> HttpResponse:
    return render(request, "orgs/dashboard.html", {"cards": cards_for(request)})


@org_view("calendar.view")
def calendar_view(request: HttpRequest) -> HttpResponse:
    year = int(request.GET.get("tahun") or timezone.localdate().year)
    year = min(max(year, 2000), 2100)
    form = CalendarAdjustmentForm(request.POST or None)
    if request.method == "POST":
        if not has_perm(request.user, request.org, "calendar.change"):
            messages.error(request, "Hanya admin organisasi yang dapat mengubah kalender kerja.")
            return redirect("orgs:calendar", org=request.org.slug)
        if form.is_valid():
            adjustment = form.save(commit=False)
            adjustment.organization = request.org
            try:
                with transaction.atomic():
                    adjustment.save()
            except IntegrityError:
                form.add_error("date", "Tanggal ini sudah punya penyesuaian; hapus dulu yang lama.")
            else:
                messages.success(request, "Penyesuaian kalender tersimpan.")
                return redirect(f"{request.path}?tahun={adjustment.date.year}")
    cal = calendar_for(request.org)
    days = []
    for source, label in ((national_holidays(year), "libur nasional"), (cuti_bersama(year), "cuti bersama")):
        for day, name in source.items():
            days.append({"date": day, "name": name, "kind": label, "working": cal.is_working_day(day)})
    days.sort(key=lambda d: d["date"])
    adjustments = CalendarAdjustment.objects.filter(organization=request.org, date__year=year)
    start, end = dt.date(year, 1, 1), dt.date(year, 12, 31)
    working = cal.working_days_between(start - dt.timedelta(days=1), end)
    return render(request, "orgs/calendar.html", {
        "year": year, "days": days, "adjustments": adjustments, "form": form, "working_days": working,
    })


@org_view("calendar.change")
@require_POST
def calendar_adjustment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    adjustment = get_object_or_404(CalendarAdjustment, pk=pk, organization=request.org)
    year = adjustment.date.year
    adjustment.delete()
    messages.success(request, "Penyesuaian dihapus.")
    return redirect(f"/o/{request.org.slug}/kalender/?tahun={year}")


@org_view("audit.view")
def audit_list(request: HttpRequest) -> HttpResponse:
    entries = AuditEntry.objects.filter(organization=request.org).select_related("actor", "content_type")
    page = Paginator(entries, 50).get_page(request.GET.get("hal"))
    return render(request, "orgs/audit.html", {"page": page})


@org_view("outbox.view")
def outbox_list(request: HttpRequest) -> HttpResponse:
    messages_qs = OutboxMessage.objects.filter(organization=request.org).prefetch_related("attempt_log")
    status = request.GET.get("status", "")
    if status:
        messages_qs = messages_qs.filter(status=status)
    page = Paginator(messages_qs, 50).get_page(request.GET.get("hal"))
    return render(request, "orgs/outbox.html", {"page": page, "status": status})


@org_view("outbox.view")
@require_POST
def outbox_retry(request: HttpRequest, pk: int) -> HttpResponse:
    message = get_object_or_404(OutboxMessage, pk=pk, organization=request.org)
    outbox_retry_now(message=message)
    messages.success(request, "Pesan dijadwalkan ulang untuk dikirim.")
    return redirect("orgs:outbox", org=request.org.slug)


@org_view("org.settings")
def settings_view(request: HttpRequest) -> HttpResponse:
    form = OrganizationSettingsForm(request.POST or None, request.FILES or None, instance=request.org)
    unit_form = UnitForm(request.POST if request.POST.get("action") == "unit" else None, prefix="unit")
    if request.method == "POST":
        if request.POST.get("action") == "unit":
            if unit_form.is_valid():
                Unit.objects.get_or_create(organization=request.org, name=unit_form.cleaned_data["name"],
                                           defaults={"short_name": unit_form.cleaned_data["short_name"]})
                messages.success(request, "Unit ditambahkan.")
                return redirect("orgs:settings", org=request.org.slug)
        elif form.is_valid():
            form.save()
            messages.success(request, "Pengaturan organisasi tersimpan.")
            return redirect("orgs:settings", org=request.org.slug)
    return render(request, "orgs/settings.html", {
        "form": form, "unit_form": unit_form, "units": Unit.objects.filter(organization=request.org),
    })


@org_view("org.view_dashboard")
def logo(request: HttpRequest) -> HttpResponse:
    if not request.org.logo:
        raise Http404("Belum ada logo.")
    return FileResponse(request.org.logo.open("rb"))


@org_view("org.manage_members")
def members(request: HttpRequest) -> HttpResponse:
    form = MembershipForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        Membership.objects.get_or_create(
            user=form.cleaned_data["username"], organization=request.org, role=form.cleaned_data["role"]
        )
        messages.success(request, "Peran ditambahkan.")
        return redirect("orgs:members", org=request.org.slug)
    rows = Membership.objects.filter(organization=request.org).select_related("user").order_by("user__username")
    return render(request, "orgs/members.html", {"form": form, "rows": rows})


@org_view("org.manage_members")
@require_POST
def member_remove(request: HttpRequest, pk: int) -> HttpResponse:
    membership = get_object_or_404(Membership, pk=pk, organization=request.org)
    membership.delete()
    messages.success(request, "Peran dicabut.")
    return redirect("orgs:members", org=request.org.slug)
