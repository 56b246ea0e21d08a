"""REST endpoints of monitoring under /api/v1/orgs/{org}/monitoring/... (see humpro/api.py for
auth and errors).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Router, Schema, Status
from ninja.errors import HttpError
from pydantic import Field

from humpro.api import org_for
from humpro.monitoring import selectors, services
from humpro.monitoring.ingest import analyse, ingest_document, taxonomy_for
from humpro.monitoring.models import Article, Source, SourceKind, SourceType, Tone, ToneCorrection

router = Router(tags=["pemantauan media"])
MAX_DOC = 5 * 1024 * 1024


class DocumentIn(Schema):
    content: str = Field(min_length=1, max_length=MAX_DOC, description="HTML atau teks berita")
    filename: str = ""
    format: str | None = Field(
        None, description="html, fragment, atau text (kosong = dikenali otomatis)"
    )


class StoreIn(DocumentIn):
    url: str = ""
    is_own_release: bool = False


class PersonOut(Schema):
    name: str
    position: str
    degrees: list[str]
    official_id: int | None


class PlaceOut(Schema):
    name: str
    level: str


class QuoteOut(Schema):
    text: str
    speaker: str
    official_id: int | None


class ArticleOut(Schema):
    id: int
    title: str
    outlet: str
    url: str
    published_on: dt.date | None
    source_type: str
    is_own_release: bool
    tone: str
    headline_tone: str
    topics: list[str]
    press_outlet_id: int | None


class ArticleDetailOut(ArticleOut):
    dateline: str
    reporter: str
    text: str
    organizations: list[str]
    places: list[PlaceOut]
    people: list[PersonOut]
    quotes: list[QuoteOut]
    tone_auto: str
    headline_tone_auto: str
    explain: dict[str, Any]


class StoredOut(Schema):
    created: bool
    article_id: int | None
    quarantined: str


class ToneIn(Schema):
    field: ToneCorrection.Field = ToneCorrection.Field.BODY
    tone: Tone
    note: str = Field("", max_length=500)


class SourceIn(Schema):
    name: str = Field(min_length=1, max_length=200)
    url: str = Field(min_length=1, max_length=1000)
    kind: SourceKind = SourceKind.FEED
    outlet_name: str = Field(min_length=1, max_length=200)
    outlet_url: str = ""
    is_major: bool = False
    active: bool = True
    poll_minutes: int = 30
    outlet_id: int | None = Field(None, description="media mitra; kosong = dicocokkan menurut domain")


class SourceOut(Schema):
    id: int
    name: str
    url: str
    kind: str
    outlet_name: str
    outlet_url: str
    is_major: bool
    active: bool
    poll_minutes: int
    last_success_at: dt.datetime | None
    last_error_at: dt.datetime | None
    last_error: str
    consecutive_failures: int
    silent_since: dt.datetime | None
    outlet_id: int | None


def _detail(a: Article) -> dict[str, Any]:
    return {
        **{
            f: getattr(a, f) for f in ArticleDetailOut.model_fields if f not in ("people", "quotes")
        },
        "people": [
            {
                "name": p.name,
                "position": p.position,
                "degrees": p.degrees,
                "official_id": p.official_id,
            }
            for p in a.people.all()
        ],
        "quotes": [
            {"text": q.text, "speaker": q.speaker, "official_id": q.official_id}
            for q in a.quotes.all()
        ],
    }


@router.post(
    "/orgs/{org}/monitoring/analyze",
    summary="Analisis satu dokumen (JSON ekstraktor, tidak disimpan)",
)
def analyze_api(request: HttpRequest, org: str, payload: DocumentIn) -> dict[str, Any]:
    organization = org_for(request, org, "monitoring.view")
    if payload.format not in (None, "", "html", "fragment", "text"):
        raise HttpError(422, "Format harus html, fragment, atau text.")
    try:
        return analyse(
            payload.content,
            filename=payload.filename,
            fmt=payload.format or None,
            topics=taxonomy_for(organization),
        )
    except Exception as exc:
        raise HttpError(422, f"Dokumen tidak dapat dianalisis: {type(exc).__name__}.") from None


@router.post(
    "/orgs/{org}/monitoring/articles",
    response={201: StoredOut, 200: StoredOut, 422: StoredOut},
    summary="Simpan dokumen sebagai berita (idempoten)",
)
def article_store_api(request: HttpRequest, org: str, payload: StoreIn) -> Status:
    organization = org_for(request, org, "monitoring.ingest")
    if payload.url and not payload.url.startswith(("http://", "https://")):
        raise HttpError(422, "URL harus diawali http:// atau https://.")
    result = ingest_document(
        organization=organization,
        raw=payload.content,
        url=payload.url,
        filename=payload.filename,
        fmt=payload.format or None,
        source_type=SourceType.RELEASE if payload.is_own_release else SourceType.UPLOAD,
        is_own_release=payload.is_own_release,
    )
    body = {
        "created": result.created,
        "article_id": result.article.pk if result.article else None,
        "quarantined": result.reason,
    }
    return Status(422 if result.quarantined else 201 if result.created else 200, body)


@router.get("/orgs/{org}/monitoring/articles", response=list[ArticleOut], summary="Cari berita")
def article_list_api(
    request: HttpRequest,
    org: str,
    q: str = "",
    outlet: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    tone: str = "",
    official: int | None = None,
    topic: str = "",
    place: str = "",
    source_type: str = "",
    limit: int = 50,
    offset: int = 0,
) -> list[Article]:
    organization = org_for(request, org, "monitoring.view")
    filters = selectors.ArticleFilters(
        q=q,
        outlet=outlet,
        date_from=date_from,
        date_to=date_to,
        tone=tone,
        official=official,
        topic=topic,
        place=place,
        source_type=source_type,
    )
    limit = min(max(limit, 1), 200)
    return list(
        selectors.articles_search(organization=organization, filters=filters)[
            offset : offset + limit
        ]
    )


@router.get(
    "/orgs/{org}/monitoring/articles/{article_id}", response=ArticleDetailOut, summary="Satu berita"
)
def article_detail_api(request: HttpRequest, org: str, article_id: int) -> dict[str, Any]:
    organization = org_for(request, org, "monitoring.view")
    return _detail(
        get_object_or_404(Article.objects.for_org(organization).with_people(), pk=article_id)
    )


@router.post(
    "/orgs/{org}/monitoring/articles/{article_id}/tone",
    response=ArticleDetailOut,
    summary="Koreksi nada",
)
def article_tone_api(
    request: HttpRequest, org: str, article_id: int, payload: ToneIn
) -> dict[str, Any]:
    organization = org_for(request, org, "monitoring.correct")
    article = get_object_or_404(Article.objects.for_org(organization), pk=article_id)
    services.tone_correct(
        article=article,
        field=payload.field,
        tone=payload.tone,
        note=payload.note,
        user=request.user,
    )
    return _detail(article)


@router.get("/orgs/{org}/monitoring/tone-corrections", summary="Koreksi nada sebagai data latih")
def tone_training_api(request: HttpRequest, org: str) -> list[dict[str, Any]]:
    organization = org_for(request, org, "monitoring.report")
    return services.training_rows(organization=organization)


@router.get("/orgs/{org}/monitoring/sources", response=list[SourceOut], summary="Daftar sumber")
def source_list_api(request: HttpRequest, org: str) -> list[Source]:
    organization = org_for(request, org, "monitoring.view")
    return list(Source.objects.for_org(organization))


@router.get("/orgs/{org}/monitoring/sources/{source_id}", response=SourceOut, summary="Satu sumber")
def source_detail_api(request: HttpRequest, org: str, source_id: int) -> Source:
    organization = org_for(request, org, "monitoring.view")
    return get_object_or_404(Source.objects.for_org(organization), pk=source_id)


def _save(organization: Any, payload: SourceIn, source: Source | None = None) -> Source:
    from humpro.press.models import Outlet

    data = payload.dict()
    outlet_id = data.pop("outlet_id", None)
    outlet = Outlet.objects.for_org(organization).filter(pk=outlet_id).first() if outlet_id else None
    if outlet_id and outlet is None:
        raise HttpError(422, "Media mitra tidak ditemukan.")
    try:
        with transaction.atomic():
            return services.source_save(
                organization=organization, source=source, outlet=outlet, **data
            )
    except services.MonitoringError as exc:
        raise HttpError(422, str(exc)) from None


@router.post("/orgs/{org}/monitoring/sources", response={201: SourceOut}, summary="Tambah sumber")
def source_create_api(request: HttpRequest, org: str, payload: SourceIn) -> Status:
    organization = org_for(request, org, "monitoring.sources")
    source = _save(organization, payload)
    services.source_fetch_now(source=source)
    return Status(201, source)


@router.put("/orgs/{org}/monitoring/sources/{source_id}", response=SourceOut, summary="Ubah sumber")
def source_update_api(request: HttpRequest, org: str, source_id: int, payload: SourceIn) -> Source:
    organization = org_for(request, org, "monitoring.sources")
    source = get_object_or_404(Source.objects.for_org(organization), pk=source_id)
    return _save(organization, payload, source)


@router.delete(
    "/orgs/{org}/monitoring/sources/{source_id}", response={204: None}, summary="Hapus sumber"
)
def source_delete_api(request: HttpRequest, org: str, source_id: int) -> Status:
    organization = org_for(request, org, "monitoring.sources")
    get_object_or_404(Source.objects.for_org(organization), pk=source_id).delete()
    return Status(204, None)


class RegistrySourcesIn(Schema):
    outlet_ids: list[int] | None = Field(
        None, description="media mitra yang umpannya dipantau; kosong = semua yang punya umpan"
    )


class RegistrySkipOut(Schema):
    url: str
    reason: str


class RegistrySourcesOut(Schema):
    created: list[int]
    existing: list[int]
    skipped: list[RegistrySkipOut]


class RelinkOut(Schema):
    sources: int
    articles: int


@router.post(
    "/orgs/{org}/monitoring/registry-sources",
    response=RegistrySourcesOut,
    summary="Buat sumber dari URL umpan/peta situs daftar media mitra",
)
def sources_from_registry_api(
    request: HttpRequest, org: str, payload: RegistrySourcesIn
) -> dict[str, Any]:
    from humpro.monitoring.outlets import registry_outlets, sources_from_registry

    organization = org_for(request, org, "monitoring.sources")
    outlets = registry_outlets(organization)
    if payload.outlet_ids is not None:
        wanted = set(payload.outlet_ids)
        outlets = [o for o in outlets if o.pk in wanted]
        if len(outlets) != len(wanted):
            raise HttpError(422, "Sebagian media mitra tidak ditemukan atau tidak punya URL umpan.")
    return sources_from_registry(organization=organization, outlets=outlets).as_dict()


@router.post(
    "/orgs/{org}/monitoring/outlet-links",
    response=RelinkOut,
    summary="Cocokkan sumber dan berita yang belum tertaut dengan media mitra (menurut domain)",
)
def relink_api(request: HttpRequest, org: str) -> dict[str, int]:
    from humpro.monitoring.outlets import outlets_relink

    organization = org_for(request, org, "monitoring.sources")
    return outlets_relink(organization=organization).as_dict()
