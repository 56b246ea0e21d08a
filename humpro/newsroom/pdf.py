"""PDFs rendered with WeasyPrint: a release (for distribution) and a magazine issue."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.conf import settings
from django.template.loader import render_to_string
from weasyprint import HTML

from humpro.newsroom.models import Release


def _file_url(field: Any) -> str:
    """A file:// URL for WeasyPrint when media is on local disk, else the storage URL."""
    if not field:
        return ""
    try:
        return Path(field.path).as_uri()
    except (NotImplementedError, ValueError):
        return field.url


def render_document(template: str, context: dict[str, Any]) -> Any:
    """The laid-out WeasyPrint document (pages, bookmarks) of a template."""
    html = render_to_string(template, context)
    return HTML(string=html, base_url=str(settings.MEDIA_ROOT)).render()


def render_pdf(template: str, context: dict[str, Any]) -> bytes:
    return render_document(template, context).write_pdf()


def release_pdf(release: Release, *, public_url: str = "") -> bytes:
    photos = [(p, _file_url(p.web or p.file)) for p in release.photos.filter(kind="photo").order_by("id")[:4]]
    return render_pdf(
        "newsroom/pdf/release.html",
        {
            "release": release,
            "org": release.organization,
            "photos": photos,
            "public_url": public_url,
            "quotes": list(release.quotes.all()),
        },
    )


def magazine_document(issue: Any) -> Any:
    releases = list(issue.releases.order_by("published_at", "id").prefetch_related("photos", "quotes"))
    photos = [(p, _file_url(p.web or p.file)) for p in issue.photos.order_by("id")]
    articles = [(r, [(p, _file_url(p.web or p.file)) for p in r.photos.all()[:2]]) for r in releases]
    return render_document(
        "newsroom/pdf/magazine.html",
        {
            "issue": issue,
            "org": issue.organization,
            "articles": articles,
            "photos": photos,
            "cover_url": _file_url(issue.cover.web or issue.cover.file) if issue.cover else "",
        },
    )


def magazine_pdf(issue: Any) -> bytes:
    return magazine_document(issue).write_pdf()
