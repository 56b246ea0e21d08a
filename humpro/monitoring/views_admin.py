"""Staff views: sources and feed health, quarantine, pickups, alerts, clipping, exports,
settings.
"""

from __future__ import annotations

import datetime as dt
import json

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import transaction
from django.http import FileResponse, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.audit import entries_for
from humpro.monitoring import reports, selectors, services
from humpro.monitoring.alerts import settings_for
from humpro.monitoring.forms import ClippingForm, SettingsForm, SourceForm
from humpro.monitoring.ingest import taxonomy_for
from humpro.monitoring.models import Alert, ClippingReport, Quarantine, Source
from humpro.monitoring.poller import source_health
from humpro.monitoring.tone_training import current_tone_model, needs_retrain
from humpro.orgs.permissions import org_view

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@org_view("monitoring.view")
def sources(request: HttpRequest) -> HttpResponse:
    rows = list(Source.objects.for_org(request.org).select_related("outlet"))
    health = source_health([s.pk for s in rows])
    return render(request, "monitoring/sources.html", {"rows": [(s, health[s.pk]) for s in rows]})


@org_view("monitoring.sources")
def source_edit(request: HttpRequest, pk: int | None = None) -> HttpResponse:
    source = get_object_or_404(Source.objects.for_org(request.org), pk=pk) if pk else None
    initial = None
    if source:
        initial = {
            f: getattr(source, f)
            for f in (
                "name",
                "kind",
                "url",
                "outlet_name",
                "outlet_url",
                "is_major",
                "active",
                "poll_minutes",
                "outlet",
            )
        }
    form = SourceForm(request.POST or None, initial=initial, org=request.org)
    if request.method == "POST" and form.is_valid():
        try:
            source = services.source_save(
                organization=request.org, source=source, **form.cleaned_data
            )
        except services.MonitoringError as exc:
            form.add_error(None, str(exc))
        else:
            if pk is None:
                services.source_fetch_now(source=source)
            messages.success(
                request, gettext("Sumber %(name)s tersimpan; pekerja latar akan mengambilnya.") % {"name": source.name}
            )
            return redirect("monitoring:sources", org=request.org.slug)
    audit = entries_for(source)[:30] if source else []
    return render(
        request,
        "monitoring/source_form.html",
        {"form": form, "source": source, "audit_entries": audit},
        status=400 if request.method == "POST" else 200,
    )


@org_view("monitoring.sources")
@require_POST
def source_fetch(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Source.objects.for_org(request.org), pk=pk)
    services.source_fetch_now(source=source)
    messages.success(request, gettext("Sumber %(name)s diantrekan untuk diambil sekarang.") % {"name": source.name})
    return redirect("monitoring:sources", org=request.org.slug)


@org_view("monitoring.sources")
@require_POST
def source_delete(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(Source.objects.for_org(request.org), pk=pk)
    name = source.name
    with transaction.atomic():
        source.delete()
    messages.success(
        request,
        gettext("Sumber %(name)s dihapus (berita yang sudah tersimpan tetap ada).") % {
            "name": name,
        },
    )
    return redirect("monitoring:sources", org=request.org.slug)


@org_view("monitoring.view")
def quarantine(request: HttpRequest) -> HttpResponse:
    qs = Quarantine.objects.for_org(request.org).filter(resolved=False).select_related("source")
    return render(
        request,
        "monitoring/quarantine.html",
        {"page": Paginator(qs, 50).get_page(request.GET.get("hal"))},
    )


@org_view("monitoring.sources")
@require_POST
def quarantine_retry(request: HttpRequest, pk: int) -> HttpResponse:
    item = get_object_or_404(Quarantine.objects.for_org(request.org), pk=pk)
    services.quarantine_retry(item=item)
    messages.success(request, gettext("Item dilepas dari karantina dan akan diambil ulang."))
    return redirect("monitoring:quarantine", org=request.org.slug)


@org_view("monitoring.view")
def pickups(request: HttpRequest) -> HttpResponse:
    """Which outlets republished which of our releases: proof-of-publication suggestions."""
    page = Paginator(selectors.pickups(request.org), 100).get_page(request.GET.get("hal"))
    by_outlet: dict[str, int] = {}
    for p in selectors.pickups(request.org).values_list("article__outlet", flat=True):
        by_outlet[p or "—"] = by_outlet.get(p or "—", 0) + 1
    return render(
        request,
        "monitoring/pickups.html",
        {"page": page, "by_outlet": sorted(by_outlet.items(), key=lambda kv: -kv[1])},
    )


@org_view("monitoring.view")
def alerts(request: HttpRequest) -> HttpResponse:
    qs = Alert.objects.for_org(request.org).select_related("article", "source")
    tier = request.GET.get("tingkat", "")
    if tier:
        qs = qs.filter(tier=tier)
    return render(
        request,
        "monitoring/alerts.html",
        {
            "page": Paginator(qs, 50).get_page(request.GET.get("hal")),
            "tiers": Alert.Tier.choices,
            "tier": tier,
        },
    )


@org_view("monitoring.view")
@require_POST
def alerts_read(request: HttpRequest) -> HttpResponse:
    n = (
        Alert.objects.for_org(request.org)
        .filter(read_at__isnull=True)
        .update(read_at=timezone.now())
    )
    messages.success(request, gettext("%(n)s peringatan ditandai sudah dibaca.") % {"n": n})
    return redirect("monitoring:alerts", org=request.org.slug)


@org_view("monitoring.report")
def clipping(request: HttpRequest) -> HttpResponse:
    now = timezone.localtime()
    initial = {
        "start": (now - dt.timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"),
        "end": now.strftime("%Y-%m-%dT%H:%M"),
    }
    form = ClippingForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        report = reports.clipping_generate(
            organization=request.org, start=form.cleaned_data["start"], end=form.cleaned_data["end"]
        )
        messages.success(request, gettext("Kliping dibuat: %(articles)s berita.") % {"articles": report.articles})
        return redirect("monitoring:clipping", org=request.org.slug)
    return render(
        request,
        "monitoring/clipping.html",
        {
            "form": form,
            "reports": ClippingReport.objects.for_org(request.org)[:50],
            "month": (now.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m"),
        },
        status=400 if request.method == "POST" else 200,
    )


@org_view("monitoring.report")
def clipping_download(request: HttpRequest, pk: int) -> HttpResponse:
    report = get_object_or_404(ClippingReport.objects.for_org(request.org), pk=pk)
    local = timezone.localtime(report.period_end)
    return FileResponse(
        report.file.open("rb"),
        as_attachment=True,
        content_type="application/pdf",
        filename=f"kliping-{local:%Y%m%d-%H%M}.pdf",
    )


@org_view("monitoring.report")
def export_month(request: HttpRequest) -> HttpResponse:
    value = request.GET.get("bulan") or (
        timezone.localdate().replace(day=1) - dt.timedelta(days=1)
    ).strftime("%Y-%m")
    try:
        year, month = (int(x) for x in value.split("-"))
        dt.date(year, month, 1)
    except ValueError:
        messages.error(request, gettext("Bulan tidak valid: gunakan format TTTT-BB, mis. 2025-03."))
        return redirect("monitoring:clipping", org=request.org.slug)
    response = HttpResponse(reports.monthly_xlsx(request.org, year, month), content_type=XLSX)
    response["Content-Disposition"] = (
        f'attachment; filename="analisis-media-{year}-{month:02d}.xlsx"'
    )
    return response


@org_view("monitoring.report")
def export_training(request: HttpRequest) -> HttpResponse:
    """Tone corrections as JSON Lines (training data for the tone model)."""
    lines = [
        json.dumps(r, ensure_ascii=False) for r in services.training_rows(organization=request.org)
    ]
    response = HttpResponse(
        "\n".join(lines) + ("\n" if lines else ""), content_type="application/x-ndjson"
    )
    response["Content-Disposition"] = 'attachment; filename="koreksi-nada.jsonl"'
    return response


@org_view("monitoring.configure")
def settings_view(request: HttpRequest) -> HttpResponse:
    conf = settings_for(request.org)
    initial = {
        "crisis_emails": conf.crisis_emails,
        "digest_emails": conf.digest_emails,
        "webhook_url": conf.webhook_url,
        "major_outlets": conf.major_outlets,
        "leaders": list(conf.leaders.all()),
        "taxonomy_text": services.format_taxonomy(conf.topics) if conf.topics else "",
    }
    form = SettingsForm(request.POST or None, initial=initial, org=request.org)
    if request.method == "POST" and form.is_valid():
        try:
            services.settings_save(organization=request.org, **form.cleaned_data)
        except services.MonitoringError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, gettext("Pengaturan pemantauan tersimpan."))
            return redirect("monitoring:settings", org=request.org.slug)
    return render(
        request,
        "monitoring/settings.html",
        {
            "form": form,
            "default_taxonomy": services.format_taxonomy(taxonomy_for(request.org)),
            "audit_entries": entries_for(conf)[:30],
            "tone_model": current_tone_model(request.org),
            "tone_pending": needs_retrain(request.org),
        },
        status=400 if request.method == "POST" else 200,
    )


@org_view("monitoring.configure")
@require_POST
def tone_retrain(request: HttpRequest) -> HttpResponse:
    """Retrain the organization's tone model now from its analysts' corrections."""
    if services.request_tone_retrain(organization=request.org, user=request.user):
        messages.success(
            request,
            gettext(
                "Pelatihan ulang model nada dijadwalkan; hasilnya tampil di halaman ini setelah "
                "worker selesai (biasanya kurang dari satu menit)."
            ),
        )
    else:
        messages.info(request, gettext("Belum ada koreksi nada; model dasar tetap dipakai."))
    return redirect("monitoring:settings", org=request.org.slug)
