"""iCalendar feeds: tokens, revocation, validity (parsed with `icalendar`), updates."""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse
from icalendar import Calendar

from humpro.agenda import services
from humpro.agenda.models import AgendaStatus
from humpro.agenda.services import agenda_item_save, agenda_item_set_status
from humpro.agenda.tests.factories import KANTOR, future, make_item
from humpro.testing import PASSWORD

pytestmark = pytest.mark.django_db


def fetch(client, feed) -> Calendar:  # type: ignore[no-untyped-def]
    url = reverse("agenda_public:feed", kwargs={"org": feed.organization.slug, "token": feed.token})
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return Calendar.from_ical(response.content)


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_leader_feed_is_valid_and_follows_changes(client, nusa) -> None:
    start = future(days=5)
    item = agenda_item_save(
        organization=nusa.org,
        title="Rakor Inflasi",
        leader=nusa.gub,
        start=start,
        end=start + dt.timedelta(hours=2),
        dress_code="PSL",
        **KANTOR,
    ).item
    make_item(nusa.org, leader=nusa.wagub, title="Agenda Wagub", start=start)
    feed = services.feed_create(organization=nusa.org, by=nusa.head, name="Gubernur", kind="pimpinan", leader=nusa.gub)
    cal = fetch(client, feed)
    assert str(cal["version"]) == "2.0" and "humpro" in str(cal["prodid"])
    [event] = cal.walk("VEVENT")
    uid = str(event["uid"])
    assert uid == f"{item.uid}@humpro"
    assert int(event["sequence"]) == 0 and str(event["status"]) == "TENTATIVE"
    assert event.decoded("dtstart") == start and event.decoded("dtend") == start + dt.timedelta(hours=2)
    assert "Kantor Gubernur Nusa Makmur" in str(event["location"])
    assert event["geo"].latitude == pytest.approx(-2.9761)
    first_modified = event.decoded("last-modified")

    # a change of time: same UID, SEQUENCE and LAST-MODIFIED move forward
    later = start + dt.timedelta(hours=1)
    agenda_item_save(
        organization=nusa.org,
        item=item,
        title="Rakor Inflasi",
        leader=nusa.gub,
        start=later,
        end=later + dt.timedelta(hours=2),
        **KANTOR,
    )
    [event] = fetch(client, feed).walk("VEVENT")
    assert str(event["uid"]) == uid and int(event["sequence"]) == 1
    assert event.decoded("dtstart") == later
    assert event.decoded("last-modified") >= first_modified

    # cancellation stays in the feed as STATUS:CANCELLED with a higher SEQUENCE
    item.refresh_from_db()
    agenda_item_set_status(item=item, to_status=AgendaStatus.CANCELLED)
    [event] = fetch(client, feed).walk("VEVENT")
    assert str(event["status"]) == "CANCELLED" and int(event["sequence"]) == 2
    assert str(event["uid"]) == uid


def test_audience_feed_public_only_and_all_day(client, nusa) -> None:
    make_item(nusa.org, leader=nusa.gub, title="Rapat tertutup", start=future(days=3))
    day = future(days=4)
    agenda_item_save(
        organization=nusa.org,
        title="Kunjungan kerja kabupaten",
        leader=nusa.gub,
        start=day.date(),
        end=day.date() + dt.timedelta(days=1),
        all_day=True,
        visibility="publik",
        representative=nusa.sekda_,
    )
    public = services.feed_create(organization=nusa.org, by=nusa.head, name="Publik", kind="audiens", audience="publik")
    internal = services.feed_create(organization=nusa.org, by=nusa.head, name="Staf", kind="audiens")
    pub_events = events(fetch(client, public))
    assert list(pub_events) == ["Kunjungan kerja kabupaten (diwakili Hendra Saputra)"]
    event = next(iter(pub_events.values()))
    assert event.decoded("dtstart") == day.date()
    assert event.decoded("dtend") == day.date() + dt.timedelta(days=2)  # exclusive end
    assert str(event["class"]) == "PUBLIC"
    assert set(events(fetch(client, internal))) == {
        "Rapat tertutup",
        "Kunjungan kerja kabupaten (diwakili Hendra Saputra)",
    }


def test_revoked_and_unknown_tokens_are_refused(client, nusa) -> None:
    feed = services.feed_create(organization=nusa.org, by=nusa.head, name="Semua", kind="audiens")
    url = reverse("agenda_public:feed", kwargs={"org": nusa.org.slug, "token": feed.token})
    assert client.get(url).status_code == 200
    other_org_url = reverse("agenda_public:feed", kwargs={"org": "org-lain", "token": feed.token})
    assert client.get(other_org_url).status_code == 404
    client.login(username=nusa.head.username, password=PASSWORD)
    page = client.get(reverse("agenda:feeds", kwargs={"org": nusa.org.slug})).content.decode()
    assert "webcal://" in page and feed.token in page
    client.post(reverse("agenda:feed_revoke", kwargs={"org": nusa.org.slug, "pk": feed.pk}))
    client.logout()
    assert client.get(url).status_code == 404
    wrong = reverse("agenda_public:feed", kwargs={"org": nusa.org.slug, "token": "x" * 43})
    assert client.get(wrong).status_code == 404


def test_leader_feed_requires_a_leader(nusa) -> None:
    from humpro.agenda.validation import AgendaError

    with pytest.raises(AgendaError, match="memerlukan pimpinan"):
        services.feed_create(organization=nusa.org, by=nusa.head, name="X", kind="pimpinan")


def test_single_item_ics_download(client, nusa) -> None:
    item = make_item(nusa.org, leader=nusa.gub, title="Pelantikan Bupati")
    client.login(username=nusa.protocol.username, password=PASSWORD)
    response = client.get(reverse("agenda:item_ics", kwargs={"org": nusa.org.slug, "pk": item.pk}))
    assert response["Content-Disposition"].startswith("attachment;")
    [event] = Calendar.from_ical(response.content).walk("VEVENT")
    assert str(event["summary"]) == "Pelantikan Bupati" and str(event["status"]) == "CONFIRMED"
