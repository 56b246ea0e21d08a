"""The public newsroom of an organization (no login): only published releases are ever shown."""

from __future__ import annotations

import datetime as dt

from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.db.models.functions import TruncMonth
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from humpro.core.dates import MONTHS
from humpro.newsroom.media import media_package, servable
from humpro.newsroom.models import MediaAsset, Quote, Release, ReleaseStatus, Tag
from humpro.newsroom.workflow import settings_for
from humpro.officials.models import Official
from humpro.orgs.models import Organization

ARTICLE_CACHE_SECONDS = 60


def _org(slug: str) -> Organization:
    return get_object_or_404(Organization, slug=slug)


def _listing(org: Organization):  # type: ignore[no-untyped-def]
    return (
        Release.objects.for_org(org)
        .public()
        .order_by("-published_at", "-id")
        .only("id", "slug", "title", "lead", "published_at", "kind", "status", "organization_id")
        .prefetch_related(Prefetch("photos", queryset=MediaAsset.objects.filter(kind="photo").order_by("id")))
    )


def _render_list(request: HttpRequest, org: Organization, qs, title: str, **extra) -> HttpResponse:  # type: ignore[no-untyped-def]
    page = Paginator(qs, 12).get_page(request.GET.get("hal"))
    conf = settings_for(org)
    with timezone.override(org.tz):
        return render(
            request,
            "newsroom/public/list.html",
            {
                "org": org,
                "page": page,
                "heading": title,
                "site_title": conf.public_title or f"Berita {org.name}",
                **extra,
            },
        )


@require_safe
def home(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(org)
    tags = (
        Tag.objects.for_org(organization)
        .filter(releases__status__in=[ReleaseStatus.PUBLISHED, ReleaseStatus.CORRECTED])
        .annotate(n=Count("releases"))
        .order_by("-n")[:12]
    )
    return _render_list(request, organization, _listing(organization), "Berita terbaru", is_home=True, tags=tags)


@require_safe
def article(request: HttpRequest, org: str, slug: str) -> HttpResponse:
    row = (
        Release.objects.filter(organization__slug=org, slug=slug)
        .values("pk", "updated_at", "status", "published_at")
        .first()
    )
    if (
        row is None
        or row["status"] not in (ReleaseStatus.PUBLISHED, ReleaseStatus.CORRECTED, ReleaseStatus.WITHDRAWN)
        or not row["published_at"]
        or row["published_at"] > timezone.now()
    ):
        raise Http404("Berita tidak ditemukan.")
    key = f"newsroom:article:{row['pk']}:{row['updated_at'].timestamp()}"
    html = cache.get(key)
    if html is None:
        release = (
            Release.objects.select_related("organization")
            .prefetch_related(
                "tags",
                Prefetch("quotes", queryset=Quote.objects.select_related("speaker")),
                "officials",
                Prefetch("photos", queryset=MediaAsset.objects.filter(kind="photo").order_by("id")),
                Prefetch(
                    "photos",
                    queryset=MediaAsset.objects.filter(kind="video", processing="done").exclude(web="").order_by("id"),
                    to_attr="public_videos",
                ),
            )
            .get(pk=row["pk"])
        )
        organization = release.organization
        conf = settings_for(organization)
        photo = next(iter(release.photos.all()), None)
        poster = photo or next(iter(release.public_videos), None)
        with timezone.override(organization.tz):
            html = render_to_string(
                "newsroom/public/article.html",
                {
                    "org": organization,
                    "release": release,
                    "cover": photo,
                    "site_title": conf.public_title or f"Berita {organization.name}",
                    "canonical": request.build_absolute_uri(),
                    "og_image": request.build_absolute_uri(
                        reverse("newsroom_public:thumb", kwargs={"org": org, "pk": poster.pk, "size": "web"})
                    )
                    if poster and poster.web
                    else "",
                    "withdrawn": release.status == ReleaseStatus.WITHDRAWN,
                },
                request=None,
            )
        cache.set(key, html, ARTICLE_CACHE_SECONDS)
    response = HttpResponse(html, status=410 if row["status"] == ReleaseStatus.WITHDRAWN else 200)
    response["Cache-Control"] = "public, max-age=60"
    return response


@require_safe
def tag(request: HttpRequest, org: str, slug: str) -> HttpResponse:
    organization = _org(org)
    found = get_object_or_404(Tag.objects.for_org(organization), slug=slug)
    return _render_list(request, organization, _listing(organization).filter(tags=found), f"Topik: {found.name}")


@require_safe
def official(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    organization = _org(org)
    person = get_object_or_404(Official.objects.for_org(organization), pk=pk)
    qs = _listing(organization).filter(officials=person)
    if not qs.exists():
        raise Http404("Tidak ada berita tentang pejabat ini.")
    return _render_list(request, organization, qs, f"Berita tentang {person.full_name}")


@require_safe
def archive(request: HttpRequest, org: str, year: int | None = None, month: int | None = None) -> HttpResponse:
    organization = _org(org)
    with timezone.override(organization.tz):
        months = (
            Release.objects.for_org(organization)
            .public()
            .annotate(m=TruncMonth("published_at"))
            .values("m")
            .annotate(n=Count("id"))
            .order_by("-m")
        )
        month_links = [(m["m"].year, m["m"].month, f"{MONTHS[m['m'].month - 1]} {m['m'].year}", m["n"]) for m in months]
    if year is None or month is None:
        return render(
            request,
            "newsroom/public/archive.html",
            {
                "org": organization,
                "months": month_links,
                "site_title": f"Berita {organization.name}",
            },
        )
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise Http404("Bulan tidak dikenal.")
    start = dt.datetime(year, month, 1, tzinfo=organization.tz)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=organization.tz)
    qs = _listing(organization).filter(published_at__gte=start, published_at__lt=end)
    return _render_list(request, organization, qs, f"Arsip {MONTHS[month - 1]} {year}", months=month_links)


@require_safe
def search(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(org)
    q = request.GET.get("q", "").strip()[:100]
    qs = _listing(organization).search(q) if q else _listing(organization).none()
    return _render_list(
        request,
        organization,
        qs,
        f"Hasil pencarian \u201c{q}\u201d" if q else "Cari berita",
        q=q,
        is_search=True,
    )


@require_safe
def sitemap(request: HttpRequest, org: str) -> HttpResponse:
    organization = _org(org)
    releases = Release.objects.for_org(organization).public().only("slug", "updated_at").order_by("-published_at")
    tags = (
        Tag.objects.for_org(organization)
        .filter(releases__status__in=[ReleaseStatus.PUBLISHED, ReleaseStatus.CORRECTED])
        .distinct()
    )
    return render(
        request,
        "newsroom/public/sitemap.xml",
        {"org": organization, "releases": releases[:5000], "tags": tags},
        content_type="application/xml",
    )


def _public_photo(org: str, pk: int, kinds: tuple[str, ...] = ("photo",)) -> MediaAsset:
    asset = get_object_or_404(MediaAsset, pk=pk, organization__slug=org, kind__in=kinds)
    if not servable(asset) or not Release.objects.filter(photos=asset).public().exists():
        raise Http404("Foto tidak ditemukan.")
    return asset


@require_safe
def photo(request: HttpRequest, org: str, pk: int) -> HttpResponse:
    """The web-size photo of a published release (with caption/credit metadata)."""
    from humpro.newsroom.media import download_bytes

    asset = _public_photo(org, pk)
    content, name, mime = download_bytes(asset, max_side=2400)
    response = HttpResponse(content, content_type=mime)
    response["Content-Disposition"] = f'inline; filename="{name}"'
    return response


@require_safe
def thumb(request: HttpRequest, org: str, pk: int, size: str) -> FileResponse:
    """A photo's thumbnail/web size, or the poster frame of a video (kind checked by the worker)."""
    asset = _public_photo(org, pk, kinds=("photo", "video"))
    field = asset.thumbnail if size == "kecil" else asset.web
    if not field:
        if asset.kind == "video":
            raise Http404("Gambar video belum tersedia.")
        field = asset.file
    return FileResponse(field.open("rb"), content_type="image/jpeg" if field != asset.file else asset.mime)


@require_safe
def video(request: HttpRequest, org: str, pk: int) -> FileResponse:
    """A checked video of a published release: the H.264 web rendition when made, else the original."""
    asset = _public_photo(org, pk, kinds=("video",))
    field = asset.web_video or asset.file
    return FileResponse(field.open("rb"), content_type="video/mp4" if asset.web_video else asset.mime)


@require_safe
def package(request: HttpRequest, org: str, slug: str) -> HttpResponse:
    release = get_object_or_404(Release.objects.public(), organization__slug=org, slug=slug)
    response = HttpResponse(media_package(release), content_type="application/zip")
    response["Content-Disposition"] = f'attachment; filename="paket-foto-{release.slug[:60]}.zip"'
    return response
