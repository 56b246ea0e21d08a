"""Staff views: article search, article detail, tone correction, ad-hoc analysis, ingestion."""

from __future__ import annotations

import json

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from humpro.core.pagination import CappedPaginator
from humpro.monitoring import selectors, services
from humpro.monitoring.forms import AnalyzeForm, ClipForm, ToneForm, UploadForm, UrlForm
from humpro.monitoring.ingest import analyse, taxonomy_for
from humpro.monitoring.models import Article, SourceType, Tone
from humpro.orgs.permissions import org_view


@org_view("monitoring.view")
def article_list(request: HttpRequest) -> HttpResponse:
    filters = selectors.ArticleFilters.from_params(request.GET.dict())
    qs = selectors.articles_search(organization=request.org, filters=filters)
    page = CappedPaginator(qs, 30).get_page(request.GET.get("hal"))
    context = {
        "page": page,
        "f": filters,
        "query": filters.querystring(),
        "tones": Tone.choices,
        "source_types": SourceType.choices,
        "outlets": selectors.outlets(request.org),
        "officials": selectors.officials(request.org),
        "topics": selectors.topics(request.org),
        "places": selectors.places(request.org),
    }
    template = (
        "monitoring/_rows.html" if request.headers.get("HX-Request") else "monitoring/list.html"
    )
    return render(request, template, context)


@org_view("monitoring.view")
def article_detail(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(
        Article.objects.for_org(request.org).select_related("source", "cluster"), pk=pk
    )
    cluster = []
    if article.cluster_id:
        cluster = list(
            Article.objects.for_org(request.org)
            .filter(cluster_id=article.cluster_id)
            .exclude(pk=article.pk)
            .only("id", "title", "outlet", "published_on", "url")[:50]
        )
    return render(
        request,
        "monitoring/detail.html",
        {
            "article": article,
            "people": article.people.select_related("official"),
            "quotes": article.quotes.select_related("official"),
            "corrections": article.tone_corrections.select_related("by"),
            "tone_form": ToneForm(initial={"field": "body", "tone": article.tone}),
            "cluster": cluster,
            "pickups": article.pickups.select_related("article"),
            "picked_from": article.picked_up_from.select_related("release"),
            "explain": article.explain,
            "alerts": article.alerts.all()[:5],
        },
    )


@org_view("monitoring.correct")
@require_POST
def article_tone(request: HttpRequest, pk: int) -> HttpResponse:
    article = get_object_or_404(Article.objects.for_org(request.org), pk=pk)
    form = ToneForm(request.POST)
    if not form.is_valid():
        messages.error(request, gettext("Koreksi nada tidak valid: pilih bagian dan nada."))
        return redirect("monitoring:detail", org=request.org.slug, pk=article.pk)
    services.tone_correct(article=article, user=request.user, **form.cleaned_data)
    label = dict(Tone.choices)[form.cleaned_data["tone"]]
    if form.cleaned_data["field"] == "headline":
        text = gettext("Nada judul dikoreksi menjadi %(label)s.")
    else:
        text = gettext("Nada isi dikoreksi menjadi %(label)s.")
    messages.success(request, text % {"label": label})
    return redirect("monitoring:detail", org=request.org.slug, pk=article.pk)


@org_view("monitoring.view")
def analyze(request: HttpRequest) -> HttpResponse:
    """Analyse a pasted document without storing it (the same as POST /monitoring/analyze)."""
    form = AnalyzeForm(request.POST or None)
    result = None
    if request.method == "POST" and form.is_valid():
        try:
            result = analyse(form.cleaned_data["text"], topics=taxonomy_for(request.org))
        except Exception as exc:  # show the extractor's failure instead of a 500
            messages.error(
                request,
                gettext("Dokumen tidak dapat dianalisis: %(error)s.") % {
                    "error": type(exc).__name__,
                },
            )
    return render(
        request,
        "monitoring/analyze.html",
        {
            "form": form,
            "result": result,
            "result_json": json.dumps(result, ensure_ascii=False, indent=2, default=str)
            if result
            else "",
        },
    )


@org_view("monitoring.ingest")
def add(request: HttpRequest) -> HttpResponse:
    """Add articles: a single URL, uploaded files/zip (bulk), or a manual print/TV/radio clip."""
    mode = request.POST.get("mode", "")
    url_form = UrlForm(request.POST if mode == "url" else None, prefix="u")
    upload_form = UploadForm(
        request.POST if mode == "files" else None,
        request.FILES if mode == "files" else None,
        prefix="f",
    )
    clip_form = ClipForm(
        request.POST if mode == "clip" else None,
        request.FILES if mode == "clip" else None,
        prefix="c",
    )
    report = None
    status = 200
    if request.method == "POST":
        try:
            if mode == "url" and url_form.is_valid():
                result = services.ingest_url(
                    organization=request.org, url=url_form.cleaned_data["url"]
                )
                return _after_single(request, result)
            if mode == "files" and upload_form.is_valid():
                files = [(f.name, f.read()) for f in upload_form.cleaned_data["files"]]
                report = services.ingest_files(
                    organization=request.org,
                    files=files,
                    is_own_release=upload_form.cleaned_data["is_own_release"],
                )
                messages.success(
                    request,
                    gettext(
                        "%(created)s berita baru, %(seen)s sudah ada, "
                        "%(quarantined)s dikarantina, %(skipped)s dilewati."
                    ) % {
                        "created": len(report.created),
                        "seen": len(report.seen),
                        "quarantined": len(report.quarantined),
                        "skipped": len(report.skipped),
                    },
                )
            elif mode == "clip" and clip_form.is_valid():
                result = services.clip_create(organization=request.org, **clip_form.cleaned_data)
                return _after_single(request, result)
            else:
                status = 400
        except services.MonitoringError as exc:
            messages.error(request, str(exc))
            status = 400
    return render(
        request,
        "monitoring/add.html",
        {
            "url_form": url_form,
            "upload_form": upload_form,
            "clip_form": clip_form,
            "report": report,
            "mode": mode,
        },
        status=status,
    )


def _after_single(request: HttpRequest, result: services.IngestResult) -> HttpResponse:
    if result.quarantined:
        messages.error(request, gettext("Dokumen dikarantina: %(reason)s") % {"reason": result.reason})
        return redirect("monitoring:quarantine", org=request.org.slug)
    if result.created:
        messages.success(request, gettext("Berita tersimpan dan dianalisis."))
    else:
        messages.info(request, gettext("Berita ini sudah tersimpan sebelumnya."))
    return redirect("monitoring:detail", org=request.org.slug, pk=result.article.pk)
