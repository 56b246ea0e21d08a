"""URL kwargs and API calls of monitoring for the permission walks (humpro/core/tests)."""

from __future__ import annotations

import datetime as dt
import itertools
from typing import Any

from django.core.files.base import ContentFile
from django.utils import timezone

from humpro.monitoring.models import Article, ClippingReport, Quarantine, Source
from humpro.orgs.models import Organization
from humpro.testing import api_sample, sample

_seq = itertools.count(1)


def make_source(org: Organization, **kw: Any) -> Source:
    n = next(_seq)
    data = {
        "name": f"Umpan {n}",
        "url": f"http://127.0.0.1:9/rss-{n}.xml",
        "outlet_name": f"Media {n}",
    }
    data.update(kw)
    return Source.objects.create(organization=org, **data)


def make_article(org: Organization, **kw: Any) -> Article:
    n = next(_seq)
    data = {
        "title": f"Berita uji {n}",
        "text": f"Isi berita uji nomor {n} tentang jalan provinsi.",
        "content_hash": f"uji-{n}",
        "source_type": "upload",
        "outlet": "Warta Uji",
    }
    data.update(kw)
    return Article.objects.create(organization=org, **data)


@sample("monitoring:detail")
@sample("monitoring:tone")
def _article_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_article(org).pk}


@sample("monitoring:source_edit")
@sample("monitoring:source_fetch")
@sample("monitoring:source_delete")
def _source_kwargs(org: Organization) -> dict[str, Any]:
    return {"pk": make_source(org).pk}


@sample("monitoring:quarantine_retry")
def _quarantine_kwargs(org: Organization) -> dict[str, Any]:
    return {
        "pk": Quarantine.objects.create(
            organization=org, url="http://127.0.0.1:9/x", reason="uji"
        ).pk
    }


@sample("monitoring:clipping_download")
def _clipping_kwargs(org: Organization) -> dict[str, Any]:
    now = timezone.now()
    report = ClippingReport(
        organization=org, period_start=now - dt.timedelta(days=1), period_end=now
    )
    report.file.save("uji.pdf", ContentFile(b"%PDF-1.4 uji"), save=False)
    report.save()
    return {"pk": report.pk}


DOC = (
    "Kota Uji (Humas) - Gubernur Uji meresmikan jembatan baru di Kecamatan Damai, "
    "Senin (3/3/2025). "
    '"Jembatan ini untuk warga," ujar Gubernur.'
)


@api_sample("POST", "/api/v1/orgs/{org}/monitoring/analyze", "monitoring.view")
def _api_analyze(org: Organization) -> dict[str, Any]:
    return {"json": {"content": DOC, "format": "text"}}


@api_sample("POST", "/api/v1/orgs/{org}/monitoring/articles", "monitoring.ingest", ok=201)
def _api_store(org: Organization) -> dict[str, Any]:
    return {
        "json": {
            "content": f"Judul uji {next(_seq)}\n\n{DOC} Nomor {next(_seq)}.",
            "format": "text",
        }
    }


@api_sample("GET", "/api/v1/orgs/{org}/monitoring/articles", "monitoring.view")
@api_sample("GET", "/api/v1/orgs/{org}/monitoring/sources", "monitoring.view")
@api_sample("GET", "/api/v1/orgs/{org}/monitoring/tone-corrections", "monitoring.report")
def _api_plain(org: Organization) -> dict[str, Any]:
    return {}


@api_sample("GET", "/api/v1/orgs/{org}/monitoring/articles/{article_id}", "monitoring.view")
def _api_article(org: Organization) -> dict[str, Any]:
    return {"path": {"article_id": make_article(org).pk}}


@api_sample(
    "POST", "/api/v1/orgs/{org}/monitoring/articles/{article_id}/tone", "monitoring.correct"
)
def _api_tone(org: Organization) -> dict[str, Any]:
    return {
        "path": {"article_id": make_article(org).pk},
        "json": {"field": "body", "tone": "negative"},
    }


@api_sample("POST", "/api/v1/orgs/{org}/monitoring/sources", "monitoring.sources", ok=201)
def _api_source_create(org: Organization) -> dict[str, Any]:
    n = next(_seq)
    return {
        "json": {
            "name": f"Umpan {n}",
            "url": f"http://127.0.0.1:9/umpan-{n}.xml",
            "outlet_name": "Warta Uji",
        }
    }


@api_sample("GET", "/api/v1/orgs/{org}/monitoring/sources/{source_id}", "monitoring.view")
def _api_source(org: Organization) -> dict[str, Any]:
    return {"path": {"source_id": make_source(org).pk}}


@api_sample("PUT", "/api/v1/orgs/{org}/monitoring/sources/{source_id}", "monitoring.sources")
def _api_source_update(org: Organization) -> dict[str, Any]:
    n = next(_seq)
    return {
        "path": {"source_id": make_source(org).pk},
        "json": {
            "name": f"Umpan {n}",
            "url": f"http://127.0.0.1:9/ubah-{n}.xml",
            "outlet_name": "Warta Uji",
        },
    }


@api_sample(
    "DELETE", "/api/v1/orgs/{org}/monitoring/sources/{source_id}", "monitoring.sources", ok=204
)
def _api_source_delete(org: Organization) -> dict[str, Any]:
    return {"path": {"source_id": make_source(org).pk}}


@api_sample("POST", "/api/v1/orgs/{org}/monitoring/registry-sources", "monitoring.sources")
def _api_sources_from_registry(org: Organization) -> dict[str, Any]:
    from humpro.press.tests.factories import make_outlet

    n = next(_seq)
    outlet = make_outlet(org, feed_urls=[f"http://127.0.0.1:9/registri-{n}.xml"])
    return {"json": {"outlet_ids": [outlet.pk]}}


@api_sample("POST", "/api/v1/orgs/{org}/monitoring/outlet-links", "monitoring.sources")
def _api_relink(org: Organization) -> dict[str, Any]:
    return {}
