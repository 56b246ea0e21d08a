"""Staff views of distribution: contacts, lists, sending a release, the delivery log."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.newsroom import distribution as svc
from humpro.newsroom.forms import ContactForm, DistributeForm, ListForm
from humpro.newsroom.models import Contact, Delivery, Distribution, DistributionList, Release
from humpro.newsroom.recipients import (
    SOURCES,
    distribution_list_for,
    list_entries,
    list_entry_remove,
    recipients_of,
)
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.permissions import org_view


@org_view("newsroom.distribute")
def contact_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    qs = Contact.objects.for_org(request.org).prefetch_related("entries__distribution_list")
    if q:
        qs = qs.filter(name__icontains=q) | qs.filter(email__icontains=q) | qs.filter(outlet_name__icontains=q)
    form = ListForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["name"].strip()
        if DistributionList.objects.for_org(request.org).filter(name=name).exists():
            form.add_error("name", gettext("Daftar dengan nama ini sudah ada."))
        else:
            DistributionList.objects.create(
                organization=request.org, name=name, description=form.cleaned_data["description"]
            )
            messages.success(request, gettext("Daftar “%(name)s” dibuat.") % {"name": name})
            return redirect("newsroom:contacts", org=request.org.slug)
    lists = DistributionList.objects.for_org(request.org)
    return render(
        request,
        "newsroom/contacts.html",
        {
            "contacts": qs.distinct()[:500],
            "q": q,
            "lists": [(dl, len(recipients_of([dl]))) for dl in lists],
            "list_form": form,
        },
        status=400 if form.errors else 200,
    )


@org_view("newsroom.distribute")
def contact_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    contact = get_object_or_404(Contact.objects.for_org(request.org), pk=pk) if pk else None
    initial = {"active": True}
    if contact:
        initial = {
            "name": contact.name,
            "email": contact.email,
            "outlet_name": contact.outlet_name,
            "phone": contact.phone,
            "active": contact.active,
            "lists": [e.distribution_list for e in contact.entries.all()],
        }
    form = ContactForm(request.POST or None, org=request.org, initial=initial)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        try:
            svc.contact_save(
                organization=request.org,
                contact=contact,
                name=d["name"],
                email=d["email"],
                outlet_name=d["outlet_name"],
                phone=d["phone"],
                active=d["active"],
                list_ids=[dl.pk for dl in d["lists"]],
            )
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Kontak tersimpan."))
            return redirect("newsroom:contacts", org=request.org.slug)
    return render(
        request,
        "newsroom/contact_form.html",
        {"form": form, "contact": contact},
        status=400 if form.errors else 200,
    )


@org_view("newsroom.distribute")
def release_distribute(request: HttpRequest, pk: int) -> HttpResponse:
    release = get_object_or_404(Release.objects.for_org(request.org), pk=pk)
    form = DistributeForm(request.POST or None, org=request.org)
    if request.method == "POST" and form.is_valid():
        try:
            dist = svc.distribution_create(release=release, lists=list(form.cleaned_data["lists"]), user=request.user)
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Distribusi masuk antrean; status per penerima ada di log pengiriman."))
            return redirect("newsroom:deliveries", org=request.org.slug, pk=dist.pk)
    return render(
        request,
        "newsroom/distribute.html",
        {"form": form, "release": release},
        status=400 if form.errors else 200,
    )


@org_view("newsroom.distribute")
def delivery_log(request: HttpRequest, pk: int) -> HttpResponse:
    dist = get_object_or_404(Distribution.objects.for_org(request.org).select_related("release"), pk=pk)
    deliveries = list(
        Delivery.objects.filter(release=dist.release).select_related("message").prefetch_related("message__attempt_log")
    )
    counts: dict[str, int] = {}
    for d in deliveries:
        counts[d.state] = counts.get(d.state, 0) + 1
    template = "newsroom/_delivery_rows.html" if request.headers.get("HX-Request") else "newsroom/deliveries.html"
    return render(
        request,
        template,
        {"dist": dist, "release": dist.release, "deliveries": deliveries, "counts": counts},
    )


@require_POST
@org_view("newsroom.distribute")
def delivery_bounce(request: HttpRequest, pk: int) -> HttpResponse:
    delivery = get_object_or_404(Delivery.objects.for_org(request.org), pk=pk)
    try:
        svc.delivery_mark_bounced(
            organization=request.org,
            email=delivery.email,
            release=delivery.release,
            reason=request.POST.get("reason", "") or "ditandai terpental oleh petugas",
        )
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(
            request,
            gettext("%(email)s ditandai terpental; alamat ini tidak dikirimi lagi.") % {
                "email": delivery.email,
            },
        )
    return redirect("newsroom:deliveries", org=request.org.slug, pk=delivery.distribution_id)


@org_view("newsroom.distribute")
def list_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """A distribution list: its members (contacts, partner-media outlets …), the addresses a
    release would go to now, and a picker per registered source (htmx fragment of that app)."""
    dl = distribution_list_for(request.org, pk)
    pickers = [
        (info.label, reverse(info.picker_url, kwargs={"org": request.org.slug, "list_id": dl.pk}))
        for info in SOURCES.values()
        if info.picker_url
    ]
    return render(
        request,
        "newsroom/list_detail.html",
        {"dl": dl, "entries": list_entries(dl), "recipients": recipients_of([dl]), "pickers": pickers},
    )


@require_POST
@org_view("newsroom.distribute")
def list_entry_delete(request: HttpRequest, pk: int, entry_id: int) -> HttpResponse:
    dl = distribution_list_for(request.org, pk)
    list_entry_remove(distribution_list=dl, entry_id=entry_id)
    messages.success(request, gettext("Anggota dikeluarkan dari daftar."))
    return redirect("newsroom:list_detail", org=request.org.slug, pk=dl.pk)
