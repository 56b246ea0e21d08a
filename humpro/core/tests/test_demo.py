"""The demo (`humpro demo`): idempotent seeding of a living office, and a smoke crawl of every page
a demo user reaches from the menu and the dashboard (one level deeper), none of which may fail."""

from __future__ import annotations

import sys
import traceback
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.core.signals import got_request_exception
from django.test import Client

from humpro.demo import DEMO_PASSWORD, seed_demo

pytestmark = pytest.mark.django_db

ORG = "nusa-makmur"
CRAWLED_PREFIXES = ("/o/", "/publik/")


def _counts() -> dict[str, int]:
    models = [m for m in apps.get_models() if m.__module__.startswith("humpro.")] + [get_user_model()]
    return {m._meta.label: m._default_manager.count() for m in models}


def test_seed_demo_is_idempotent_and_builds_a_living_office() -> None:
    from humpro.agenda.models import AgendaItem, CalendarFeed, Invitation, InvitationStatus
    from humpro.agenda.selectors import clashes_by_item
    from humpro.newsroom.models import CoveragePlan, MediaAsset, Release
    from humpro.orgs.models import Membership, Organization
    from humpro.ppid.models import InformationRequest, Objection
    from humpro.press.models import Deliverable, Outlet, OutletUser
    from humpro.protocol.models import EventProtocol

    printed = dict(seed_demo())
    first = _counts()
    assert dict(seed_demo()) == printed
    assert _counts() == first, "a second seed_demo() created records"

    assert "ppid-unit" in printed and "media" in printed
    org = Organization.objects.get(slug=ORG)
    assert Membership.objects.get(user__username="ppid-unit", organization=org).unit.name == (
        "Dinas Komunikasi dan Informatika")
    invitations = Invitation.objects.for_org(org)
    represented = invitations.get(event_title="Pembukaan Festival Budaya Nusa Makmur")
    assert represented.current_disposition().decision == "diwakili"
    assert invitations.filter(status=InvitationStatus.AWAITING).count() >= 2
    assert invitations.filter(status=InvitationStatus.AWAITING, urgent=True).exists()
    items = list(AgendaItem.objects.for_org(org))
    clashing = {i.title for i, found in ((i, clashes_by_item(organization=org, items=items).get(i.pk)) for i in items)
                if found}
    assert clashing == {"Rapat Koordinasi Pengendalian Inflasi Daerah", "Peninjauan Operasi Pasar Murah"}
    assert {i.visibility for i in items} == {"publik", "internal"}
    assert CalendarFeed.objects.for_org(org).count() == 2

    event = EventProtocol.objects.get(agenda_item__invitation=represented)
    attendees = list(event.attendees.all())
    assert [a.name for a in attendees if a.unmapped] == ["Drs. Lalu Wirajaya"]
    assert any(a.spouse_of_id for a in attendees) and any(a.represents for a in attendees)
    assert event.rundown.exists()

    assert CoveragePlan.objects.for_org(org).filter(crew__user__isnull=False).exists()
    assert sorted(Release.objects.for_org(org).values_list("status", flat=True)) == ["draft", "published", "review"]
    photo = MediaAsset.objects.for_org(org).get()
    assert photo.caption and photo.credit and photo.thumbnail

    assert Outlet.objects.for_org(org).count() == 10
    assert OutletUser.objects.get(user__username="media").outlet.name == "Warta Nusa"
    assert Deliverable.objects.for_org(org).filter(status="submitted").count() == 1

    statuses = set(InformationRequest.objects.for_org(org).values_list("status", flat=True))
    assert {"diterima", "didisposisi", "diputuskan"} <= statuses
    assert Objection.objects.for_org(org).exists()

    from humpro.monitoring.models import Article

    assert set(Article.objects.filter(organization=org).values_list("tone", flat=True)) >= {"positive", "negative"}


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _links(base: str, html: str) -> list[str]:
    parser = _Links()
    parser.feed(html)
    found = []
    for href in parser.hrefs:
        url = urldefrag(urljoin(base, href)).url
        parts = urlsplit(url)
        if parts.scheme in ("", "http") and parts.netloc in ("", "testserver") and parts.path.startswith(
                CRAWLED_PREFIXES):
            found.append(parts.path + (f"?{parts.query}" if parts.query else ""))
    return found


def _body(response: object) -> str:
    if getattr(response, "streaming", False) or "text/html" not in response.get("Content-Type", ""):
        return ""
    return response.content.decode(errors="replace")


def _crawl(client: Client, *starts: str) -> tuple[int, list[str]]:
    """GET the start pages, every link on them, and every link on those pages; returns (pages,
    failures with their tracebacks)."""
    errors: list[str] = []

    def record(sender: object, request: object = None, **kwargs: object) -> None:
        errors.append("".join(traceback.format_exception(*sys.exc_info())[-6:]))

    got_request_exception.connect(record)
    failures, seen, level = [], set(), list(starts)
    try:
        for _depth in range(3):
            following = []
            for url in level:
                if url in seen:
                    continue
                seen.add(url)
                errors.clear()
                response = client.get(url)
                if response.status_code >= 500:
                    failures.append(f"{response.status_code} {url}\n{''.join(errors)}")
                    continue
                following += _links(url, _body(response))
            level = following
    finally:
        got_request_exception.disconnect(record)
    return len(seen), failures


@pytest.mark.parametrize("username", ["admin", "kepala", "protokol", "media", "ppid-unit"])
def test_no_page_reachable_by_a_demo_user_fails(username: str) -> None:
    seed_demo()
    client = Client(raise_request_exception=False)
    assert client.login(username=username, password=DEMO_PASSWORD)
    starts = [f"/o/{ORG}/"] + ([f"/o/{ORG}/media/portal/"] if username == "media" else [])
    pages, failures = _crawl(client, *starts)
    assert pages > (10 if username == "media" else 40)
    assert not failures, "\n\n".join(failures)


def test_public_pages_show_only_published_and_public_items(client: Client) -> None:
    from humpro.demo.newsroom import DRAFT, IN_REVIEW, PUBLISHED

    seed_demo()
    news = client.get(f"/publik/{ORG}/berita/")
    assert news.status_code == 200
    page = news.content.decode()
    assert PUBLISHED in page and IN_REVIEW not in page and DRAFT not in page
    agenda = client.get(f"/publik/{ORG}/agenda/")
    assert agenda.status_code == 200
    page = agenda.content.decode()
    for public in ("Pembukaan Festival Budaya Nusa Makmur", "Penyerahan Bantuan Alat Tangkap kepada Kelompok Nelayan",
                   "Rapat Paripurna DPRD"):
        assert public in page
    for internal in ("Audiensi Rektor", "Rapat Koordinasi Pengendalian Inflasi Daerah", "Rancangan KUA-PPAS",
                     "Rapat Internal Persiapan LKPJ"):
        assert internal not in page
    pages, failures = _crawl(Client(raise_request_exception=False), f"/publik/{ORG}/berita/")
    assert pages > 5 and not failures, "\n\n".join(failures)
