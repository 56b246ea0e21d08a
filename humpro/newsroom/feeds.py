"""RSS 2.0 and Atom feeds of an organization's published releases."""

from __future__ import annotations

import datetime as dt

from django.contrib.syndication.views import Feed
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed

from humpro.newsroom.models import Release
from humpro.orgs.models import Organization


class IndonesianRss(Rss201rev2Feed):
    pass


class ReleaseRss(Feed):
    feed_type = IndonesianRss
    language = "id"

    def get_object(self, request: HttpRequest, org: str) -> Organization:  # type: ignore[override]
        return get_object_or_404(Organization, slug=org)

    def title(self, obj: Organization) -> str:
        return f"Berita {obj.name}"

    def link(self, obj: Organization) -> str:
        return reverse("newsroom_public:home", kwargs={"org": obj.slug})

    def description(self, obj: Organization) -> str:
        return f"Siaran pers dan berita resmi {obj.name}."

    def items(self, obj: Organization) -> list[Release]:
        return list(
            Release.objects.for_org(obj)
            .public()
            .order_by("-published_at", "-id")
            .prefetch_related("tags", "photos")[:30]
        )

    def item_title(self, item: Release) -> str:
        return item.title

    def item_description(self, item: Release) -> str:
        note = f"\n\n{item.correction_note}" if item.correction_note else ""
        return (item.lead or item.body_text[:400]) + note

    def item_link(self, item: Release) -> str:
        return reverse("newsroom_public:article", kwargs={"org": item.organization.slug, "slug": item.slug})

    def item_guid(self, item: Release) -> str:
        return f"humpro-release-{item.organization_id}-{item.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, item: Release) -> dt.datetime | None:
        return item.published_at

    def item_updateddate(self, item: Release) -> dt.datetime | None:
        return item.corrected_at or item.published_at

    def item_author_name(self, item: Release) -> str:
        return item.author_credit

    def item_categories(self, item: Release) -> list[str]:
        return [t.name for t in item.tags.all()]

    def item_enclosures(self, item: Release) -> list[Enclosure]:
        for p in item.photos.all():
            if p.kind == "photo" and p.web:
                try:
                    length = str(p.web.size)
                except OSError:
                    continue
                url = reverse(
                    "newsroom_public:thumb",
                    kwargs={"org": item.organization.slug, "pk": p.pk, "size": "web"},
                )
                return [Enclosure(self._request.build_absolute_uri(url), length, "image/jpeg")]
        return []

    def __call__(self, request: HttpRequest, *args, **kwargs):  # type: ignore[no-untyped-def]
        self._request = request
        return super().__call__(request, *args, **kwargs)


class ReleaseAtom(ReleaseRss):
    feed_type = Atom1Feed

    def subtitle(self, obj: Organization) -> str:
        return self.description(obj)
