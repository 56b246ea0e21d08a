"""The partner-media self-service portal (role partner_media, linked to one outlet) and the
public accreditation-card check. An outlet user only ever sees its own outlet's records."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext

from humpro.orgs.models import Organization
from humpro.orgs.permissions import org_view
from humpro.press import hooks, services
from humpro.press import proofs as proof_services
from humpro.press.forms import PortalProfileForm, ProofForm
from humpro.press.models import AccreditationCard, Contract, Deliverable, Outlet, Proof


def _unlinked(request: HttpRequest) -> HttpResponse:
    return render(request, "press/portal/unlinked.html")


def open_deliverables(outlet: Outlet) -> QuerySet[Deliverable]:
    """Deliverables of the outlet's running contracts that still need a proof."""
    return (
        Deliverable.objects.filter(
            contract__outlet=outlet,
            contract__status=Contract.Status.ACTIVE,
            status__in=[Deliverable.Status.PENDING, Deliverable.Status.RETURNED],
        )
        .select_related("contract")
        .order_by("due_date", "kind", "sequence")
    )


@org_view("press.portal")
def portal_home(request: HttpRequest) -> HttpResponse:
    outlet = services.portal_outlet(request.user, request.org)
    if outlet is None:
        return _unlinked(request)
    returned = Proof.objects.filter(
        deliverable__contract__outlet=outlet,
        status=Proof.Status.RETURNED,
        deliverable__status=Deliverable.Status.RETURNED,
    ).select_related("deliverable__contract")
    return render(
        request,
        "press/portal/home.html",
        {
            "outlet": outlet,
            "contracts": outlet.contracts.exclude(status=Contract.Status.CANCELLED),
            "open": open_deliverables(outlet)[:100],
            "returned": returned,
            "proofs": Proof.objects.filter(deliverable__contract__outlet=outlet).select_related(
                "deliverable__contract"
            )[:50],
            "updates": outlet.profile_updates.all()[:10],
            "releases": hooks.releases_for(outlet),
            "releases_available": hooks.has_release_provider(),
        },
    )


@org_view("press.portal")
def portal_profile(request: HttpRequest) -> HttpResponse:
    outlet = services.portal_outlet(request.user, request.org)
    if outlet is None:
        return _unlinked(request)
    form = PortalProfileForm(request.POST or None, instance=Outlet.objects.get(pk=outlet.pk))
    if request.method == "POST" and form.is_valid():
        changes: dict[str, Any] = {k: form.cleaned_data[k] for k in form.changed_data}
        try:
            services.profile_update_propose(outlet=outlet, user=request.user, changes=changes)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, gettext("Usulan perubahan terkirim dan akan ditinjau oleh bagian hubungan media.")
            )
            return redirect("press:portal_home", org=request.org.slug)
    return render(request, "press/portal/profile.html", {"form": form, "outlet": outlet})


@org_view("press.portal")
def portal_proof(request: HttpRequest) -> HttpResponse:
    outlet = services.portal_outlet(request.user, request.org)
    if outlet is None:
        return _unlinked(request)
    available = open_deliverables(outlet)
    chosen_id = request.POST.get("deliverable") or request.GET.get("keluaran") or ""
    deliverable = None
    if chosen_id:
        if not chosen_id.isdigit():
            raise Http404
        # Another outlet's (or organization's) deliverable is simply not found.
        deliverable = get_object_or_404(Deliverable.objects.filter(contract__outlet=outlet), pk=chosen_id)
    form = ProofForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        if deliverable is None:
            form.add_error(None, gettext("Pilih keluaran yang dibuktikan."))
        else:
            data = form.cleaned_data
            try:
                proof_services.proof_submit(
                    deliverable=deliverable,
                    kind=data["kind"],
                    url=data["url"],
                    published_on=data["published_on"],
                    upload=data["file"],
                    note=data["note"],
                    user=request.user,
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                messages.success(request, gettext("Bukti tayang terkirim dan menunggu verifikasi."))
                return redirect("press:portal_home", org=request.org.slug)
    return render(
        request,
        "press/portal/proof.html",
        {"form": form, "outlet": outlet, "available": available, "deliverable": deliverable},
    )


def card_verify(request: HttpRequest, org: str, code: str) -> HttpResponse:
    """Public: anyone scanning the QR code sees whether the card is valid, the name and the outlet."""
    organization = get_object_or_404(Organization, slug=org)
    card = (
        AccreditationCard.objects.filter(organization=organization, code=code)
        .select_related("journalist__outlet")
        .first()
    )
    with timezone.override(organization.tz):
        today = timezone.localdate()
        context = {
            "organization": organization,
            "card": card,
            "valid": card.is_valid_on(today) if card else False,
            "today": today,
        }
        return render(request, "press/public_card.html", context, status=200 if card else 404)
