"""Public (no login) views: public agenda, request form with tracking number,
iCalendar feeds by token."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext

from humpro.agenda.forms import PublicRequestForm
from humpro.agenda.ics import calendar_for, feed_items
from humpro.agenda.invitations import invitation_register
from humpro.agenda.models import CalendarFeed, Invitation, InvitationSource, Visibility
from humpro.agenda.selectors import items_in_range
from humpro.agenda.sharing import time_text
from humpro.agenda.validation import AgendaError
from humpro.agenda.views_invitations import apply_errors, uploaded_files
from humpro.core.dates import long_date
from humpro.orgs.models import Organization

RATE_LIMIT = 5  # requests
RATE_WINDOW = 3600  # seconds, per client address and organization


def _org(slug: str) -> Organization:
    return get_object_or_404(Organization, slug=slug)


def public_agenda(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(org)
    with timezone.override(organization.tz):
        today = timezone.localdate()
        start = dt.datetime.combine(today, dt.time.min, tzinfo=organization.tz)
        items = items_in_range(
            organization=organization,
            start=start,
            end=start + dt.timedelta(days=14),
            public_only=True,
            include_cancelled=False,
        )
        days: dict[dt.date, list] = {}
        for item in items:
            days.setdefault(item.start.astimezone(organization.tz).date(), []).append(
                (item, time_text(item, organization))
            )
        return render(
            request,
            "agenda/public_agenda.html",
            {
                "organization": organization,
                "days": [(long_date(d), rows) for d, rows in sorted(days.items())],
            },
        )


def _client(request: HttpRequest) -> str:
    return request.META.get("REMOTE_ADDR", "?")


def _rate_limited(organization: Organization, request: HttpRequest) -> bool:
    key = f"agenda:request:{organization.pk}:{_client(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW)
        count = 1
    return count > RATE_LIMIT


def request_form(request: HttpRequest, org: str) -> HttpResponse:
    """Offices and the public ask for the leader's attendance; a tracking number comes back."""
    organization = _org(org)
    form = PublicRequestForm(request.POST or None, initial={"timezone": organization.timezone})
    status, invitation = 200, None
    with timezone.override(organization.tz):
        if request.method == "POST":
            status = 400
            if form.is_valid() and form.cleaned_data.get("website"):
                # honeypot filled: answer like a success without storing anything
                return render(
                    request,
                    "agenda/public_request_done.html",
                    {"organization": organization, "invitation": None},
                )
            if _rate_limited(organization, request):
                form.add_error(None, gettext("Terlalu banyak permohonan dari alamat Anda. Coba lagi dalam satu jam."))
                status = 429
            elif form.is_valid():
                try:
                    invitation = invitation_register(
                        organization=organization,
                        source=InvitationSource.FORM,
                        files=uploaded_files(request),
                        **form.service_kwargs(),
                    )
                except AgendaError as exc:
                    apply_errors(form, exc)
                else:
                    return render(
                        request,
                        "agenda/public_request_done.html",
                        {"organization": organization, "invitation": invitation},
                        status=201,
                    )
        return render(
            request,
            "agenda/public_request.html",
            {"organization": organization, "form": form},
            status=status,
        )


def track(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(org)
    number = request.GET.get("nomor", "").strip().upper()
    invitation = None
    if number:
        invitation = Invitation.objects.for_org(organization).filter(tracking_number=number).first()
    return render(
        request,
        "agenda/public_track.html",
        {
            "organization": organization,
            "number": number,
            "invitation": invitation,
            "disposition": invitation.current_disposition() if invitation else None,
        },
        status=404 if number and invitation is None else 200,
    )


def feed(request: HttpRequest, org: str, token: str) -> HttpResponse:
    """An iCalendar feed behind a secret token; a revoked or unknown token is 404."""
    organization = _org(org)
    feed = CalendarFeed.objects.for_org(organization).filter(token=token, revoked_at__isnull=True).first()
    if feed is None:
        raise Http404("Feed tidak ditemukan atau sudah dicabut.")
    CalendarFeed.objects.filter(pk=feed.pk).update(last_accessed_at=timezone.now())
    body = calendar_for(
        feed_items(feed),
        name=f"{feed.name} — {organization.name}",
        public=feed.audience == Visibility.PUBLIC,
    )
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="agenda-{feed.pk}.ics"'
    response["Cache-Control"] = "private, max-age=300"
    return response
