"""Picking partner-media outlets for a newsroom distribution list (`/o/<org>/media/daftar-distribusi/<id>/`).

The page and its htmx fragment are embedded in the newsroom's list page; adding goes through
`humpro.newsroom.recipients` (the newsroom's hook module), which asks this app's
`distribution_source.validate` whether the outlet belongs to the organization.
"""

from __future__ import annotations

from django.contrib import messages
from django.db.models import Prefetch
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext

from humpro.orgs.permissions import org_view
from humpro.press.distribution_source import SOURCE, outlet_addresses
from humpro.press.models import DewanPersStatus, Journalist, MediaType, Outlet
from humpro.press.selectors import outlets_list

SHOWN = 50


def _filtered(request: HttpRequest, data: dict[str, str]) -> tuple[dict[str, str], object]:
    filters = {
        "q": data.get("q", "").strip(),
        "jenis": data.get("jenis", "") if data.get("jenis", "") in MediaType.values else "",
        "dewan_pers": data.get("dewan_pers", "") if data.get("dewan_pers", "") in DewanPersStatus.values else "",
    }
    qs = outlets_list(
        organization=request.org, q=filters["q"], media_type=filters["jenis"], dewan_pers=filters["dewan_pers"]
    ).filter(is_active=True)
    return filters, qs


@org_view("newsroom.distribute")
def list_picker(request: HttpRequest, list_id: int) -> HttpResponse:
    from humpro.newsroom.recipients import distribution_list_for, list_entry_add

    dl = distribution_list_for(request.org, list_id)
    back = reverse("newsroom:list_detail", kwargs={"org": request.org.slug, "pk": dl.pk})
    if request.method == "POST":
        from humpro.newsroom.workflow import WorkflowError

        if request.POST.get("semua"):
            _, qs = _filtered(request, request.POST)
            member_ids = set(dl.entries.filter(source=SOURCE).values_list("source_id", flat=True))
            added, skipped = 0, []
            for outlet in qs.exclude(pk__in=[int(i) for i in member_ids if i.isdigit()]):
                try:
                    list_entry_add(distribution_list=dl, source=SOURCE, source_id=str(outlet.pk))
                except WorkflowError as exc:
                    skipped.append(str(exc))
                else:
                    added += 1
            messages.success(
                request,
                gettext("%(added)s media mitra ditambahkan ke daftar “%(name)s”.") % {
                    "added": added,
                    "name": dl.name,
                },
            )
            for reason in skipped[:10]:
                messages.warning(request, reason)
            if len(skipped) > 10:
                messages.warning(
                    request,
                    gettext("… dan %(n)s media lain tanpa alamat email.") % {
                        "n": len(skipped) - 10,
                    },
                )
            return redirect(back)
        raw = request.POST.get("outlet", "")
        if not raw.isdigit():
            messages.error(request, gettext("Pilih media mitra yang akan ditambahkan."))
            return redirect(back)
        outlet = get_object_or_404(Outlet.objects.for_org(request.org), pk=raw)  # another org's: 404
        try:
            list_entry_add(distribution_list=dl, source=SOURCE, source_id=str(outlet.pk))
        except WorkflowError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(
                request,
                gettext("%(name)s ditambahkan ke daftar “%(name2)s”.") % {
                    "name": outlet.name,
                    "name2": dl.name,
                },
            )
        return redirect(back)

    filters, qs = _filtered(request, request.GET)
    total = qs.count()
    outlets = list(
        qs.prefetch_related(
            Prefetch("journalists", queryset=Journalist.objects.filter(is_active=True).exclude(email=""))
        )[:SHOWN]
    )
    member_ids = set(dl.entries.filter(source=SOURCE).values_list("source_id", flat=True))
    context = {
        "dl": dl,
        "rows": [(o, outlet_addresses(o), str(o.pk) in member_ids) for o in outlets],
        "total": total,
        "shown": len(outlets),
        "filters": filters,
        "media_types": MediaType.choices,
        "dewan_pers_choices": DewanPersStatus.choices,
        "back": back,
    }
    if request.headers.get("HX-Request"):
        target = request.headers.get("HX-Target", "")
        template = "press/_list_picker_rows.html" if target == "outlet-picker-rows" else "press/_list_picker.html"
        return render(request, template, context)
    return render(request, "press/list_picker.html", context)
