from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render

from humpro.core.audit import entries_for
from humpro.officials import services
from humpro.officials.forms import ImportForm, OfficialForm
from humpro.officials.models import Level, Official
from humpro.officials.selectors import officials_list
from humpro.officials.tiers import tier_label
from humpro.orgs.permissions import org_view


@org_view("officials.view")
def official_list(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()
    level = request.GET.get("tingkat", "")
    tier = request.GET.get("tier", "")
    page = Paginator(officials_list(organization=request.org, q=q, level=level, tier=tier), 50).get_page(
        request.GET.get("hal")
    )
    context = {"page": page, "q": q, "level": level, "tier": tier, "levels": Level.choices}
    template = "officials/_rows.html" if request.headers.get("HX-Request") else "officials/list.html"
    return render(request, template, context)


@org_view("officials.view")
def official_detail(request: HttpRequest, pk: int) -> HttpResponse:
    official = get_object_or_404(Official.objects.for_org(request.org), pk=pk)
    offices = [(o, tier_label(o.tier) if o.tier else None) for o in official.offices.all()]
    return render(request, "officials/detail.html", {
        "official": official, "offices": offices, "audit_entries": entries_for(official)[:50],
    })


def _form_initial(official: Official) -> dict[str, object]:
    office = official.offices.current().first()
    initial: dict[str, object] = {
        "front_title": official.front_title, "name": official.name, "degrees": official.degrees,
        "phone": official.phone, "email": official.email, "notes": official.notes,
    }
    if office:
        initial.update(office_title=office.title, institution=office.institution, level=office.level,
                       tier=office.tier if office.tier_source == "manual" else "",
                       start_date=office.start_date, end_date=office.end_date)
    return initial


@org_view("officials.change")
def official_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    official = get_object_or_404(Official.objects.for_org(request.org), pk=pk) if pk else None
    form = OfficialForm(request.POST or None, request.FILES or None,
                        initial=_form_initial(official) if official else None)
    if request.method == "POST" and form.is_valid():
        official = services.official_save(organization=request.org, official=official, **form.cleaned_data)
        messages.success(request, f"Data {official.full_name} tersimpan.")
        return redirect("officials:detail", org=request.org.slug, pk=official.pk)
    return render(request, "officials/edit.html", {"form": form, "official": official})


@org_view("officials.view")
def official_photo(request: HttpRequest, pk: int) -> HttpResponse:
    official = get_object_or_404(Official.objects.for_org(request.org), pk=pk)
    if not official.photo:
        raise Http404("Belum ada foto.")
    return FileResponse(official.photo.open("rb"))


@org_view("officials.import")
def official_import(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST or None, request.FILES or None)
    report = None
    dry_run = request.POST.get("mode") != "import"
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        report = services.officials_import(
            organization=request.org, content=upload.read(), filename=upload.name, dry_run=dry_run
        )
        if report.ok and not dry_run:
            messages.success(request, f"{report.created} pejabat berhasil diimpor.")
            return redirect("officials:list", org=request.org.slug)
    return render(request, "officials/import.html", {
        "form": form, "report": report, "dry_run": dry_run, "columns": services.IMPORT_COLUMNS,
    }, status=400 if report is not None and not report.ok else 200)
