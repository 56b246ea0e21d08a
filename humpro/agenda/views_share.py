"""Staff views for sharing: daily "Agenda Pimpinan" (page, PDF, WhatsApp text),
iCalendar feeds, settings."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.agenda import services
from humpro.agenda.forms import ClashRuleForm, FeedForm
from humpro.agenda.models import CalendarFeed
from humpro.agenda.selectors import clash_rule_for
from humpro.agenda.sharing import daily_agenda, daily_pdf, whatsapp_text
from humpro.agenda.validation import AgendaError
from humpro.agenda.views import _parse_day
from humpro.agenda.views_invitations import apply_errors
from humpro.core.dates import long_date
from humpro.orgs.permissions import org_view


@org_view("agenda.view")
def daily(request: HttpRequest) -> HttpResponse:
    day = _parse_day(request.GET.get("tanggal"))
    public_only = request.GET.get("publik") == "1"
    return render(
        request,
        "agenda/daily.html",
        {
            "day": day,
            "day_text": long_date(day),
            "public_only": public_only,
            "groups": daily_agenda(organization=request.org, day=day, public_only=public_only),
            "text": whatsapp_text(organization=request.org, day=day, public_only=public_only),
        },
    )


@org_view("agenda.view")
def daily_pdf_view(request: HttpRequest) -> HttpResponse:
    day = _parse_day(request.GET.get("tanggal"))
    pdf = daily_pdf(organization=request.org, day=day, public_only=request.GET.get("publik") == "1")
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="agenda-pimpinan-{day:%Y-%m-%d}.pdf"'
    return response


@org_view("agenda.view")
def daily_text(request: HttpRequest) -> HttpResponse:
    day = _parse_day(request.GET.get("tanggal"))
    text = whatsapp_text(organization=request.org, day=day, public_only=request.GET.get("publik") == "1")
    return HttpResponse(text, content_type="text/plain; charset=utf-8")


def feed_url(request: HttpRequest, feed: CalendarFeed) -> tuple[str, str]:
    """(https URL, webcal URL) of a feed."""
    path = reverse("agenda_public:feed", kwargs={"org": feed.organization.slug, "token": feed.token})
    url = request.build_absolute_uri(path)
    return url, "webcal://" + url.split("://", 1)[1]


@org_view("agenda.feeds")
def feeds(request: HttpRequest) -> HttpResponse:
    form = FeedForm(request.POST or None, org=request.org)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                feed = services.feed_create(organization=request.org, by=request.user, **form.cleaned_data)
            except AgendaError as exc:
                apply_errors(form, exc)
            else:
                messages.success(request, gettext("Feed %(name)s dibuat.") % {"name": feed.name})
                return redirect("agenda:feeds", org=request.org.slug)
    rows = [(f, *feed_url(request, f)) for f in CalendarFeed.objects.for_org(request.org).select_related("leader")]
    return render(request, "agenda/feeds.html", {"form": form, "rows": rows}, status=status)


@require_POST
@org_view("agenda.feeds")
def feed_revoke(request: HttpRequest, pk: int) -> HttpResponse:
    feed = get_object_or_404(CalendarFeed.objects.for_org(request.org), pk=pk)
    services.feed_revoke(feed=feed)
    messages.success(request, gettext("Feed %(name)s dicabut; tautannya tidak berlaku lagi.") % {"name": feed.name})
    return redirect("agenda:feeds", org=request.org.slug)


@org_view("agenda.settings")
def settings_view(request: HttpRequest) -> HttpResponse:
    rule = clash_rule_for(request.org)
    initial = {k: getattr(rule, k) for k in ClashRuleForm.base_fields}
    form = ClashRuleForm(request.POST or None, initial=initial)
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                services.clash_rule_save(organization=request.org, **form.cleaned_data)
            except AgendaError as exc:
                apply_errors(form, exc)
            else:
                messages.success(request, gettext("Pengaturan agenda tersimpan."))
                return redirect("agenda:settings", org=request.org.slug)
    return render(request, "agenda/settings.html", {"form": form}, status=status)
