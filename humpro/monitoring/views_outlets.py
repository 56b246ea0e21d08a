"""Staff views linking monitoring to the partner-media registry: sources from the registry's
feed/sitemap URLs (one outlet or all), and re-matching sources/articles to outlets by domain."""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.monitoring.models import Source
from humpro.monitoring.outlets import outlets_relink, registry_outlets, sources_from_registry
from humpro.orgs.permissions import org_view


@org_view("monitoring.sources")
def registry_sources(request: HttpRequest) -> HttpResponse:
    """GET: the registry's outlets with feeds/sitemaps; POST `outlet=<id>` or `semua=1`."""
    outlets = registry_outlets(request.org)
    if request.method == "POST":
        if request.POST.get("semua"):
            chosen = outlets
        else:
            wanted = request.POST.get("outlet", "")
            chosen = [o for o in outlets if str(o.pk) == wanted]
            if not chosen:
                messages.error(request, gettext("Media mitra tidak ditemukan atau tidak punya URL umpan/peta situs."))
                return redirect("monitoring:registry_sources", org=request.org.slug)
        report = sources_from_registry(organization=request.org, outlets=chosen)
        counts = {"created": len(report.created), "existing": len(report.existing), "skipped": len(report.skipped)}
        if report.skipped:
            text = gettext(
                "%(created)s sumber baru dibuat, %(existing)s sudah ada, %(skipped)s URL dilewati (tidak valid)."
            )
        else:
            text = gettext("%(created)s sumber baru dibuat, %(existing)s sudah ada.")
        messages.success(request, text % counts)
        for url, reason in report.skipped[:10]:
            messages.warning(request, f"{reason} {url}")
        return redirect("monitoring:registry_sources", org=request.org.slug)
    known = set(Source.objects.for_org(request.org).values_list("url", flat=True))
    rows = []
    for outlet in outlets:
        wanted = outlet.monitoring_sources()
        urls = [(u, u in known) for u in [*wanted["feeds"], *wanted["sitemaps"]]]
        rows.append((outlet, urls, sum(1 for _, ok in urls if not ok)))
    return render(
        request,
        "monitoring/registry_sources.html",
        {"rows": rows, "missing": sum(n for _, _, n in rows)},
    )


@org_view("monitoring.sources")
@require_POST
def relink(request: HttpRequest) -> HttpResponse:
    report = outlets_relink(organization=request.org)
    messages.success(
        request,
        gettext("Dicocokkan dengan media mitra: %(sources)s sumber, %(articles)s berita.")
        % {"sources": report.sources, "articles": report.articles},
    )
    return redirect("monitoring:sources", org=request.org.slug)
