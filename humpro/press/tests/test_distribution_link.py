"""Partner-media outlets in newsroom distribution lists, and the releases sent to them in the portal.

Real parts: the database, the outbox worker and an SMTP server on loopback.
"""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import timezone

from humpro.accounts.models import ApiToken
from humpro.core.models import OutboxMessage, OutboxStatus
from humpro.core.outbox import outbox_flush
from humpro.core.tests.smtp import SmtpServer
from humpro.core.worker import run_pending_tasks
from humpro.newsroom.distribution import delivery_mark_bounced, distribution_create
from humpro.newsroom.models import Contact, Delivery, ListEntry, ReleaseStatus
from humpro.newsroom.recipients import list_entry_add, recipients_of
from humpro.newsroom.tests.factories import make_list, make_release
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.roles import Role
from humpro.press import hooks
from humpro.press.models import Journalist
from humpro.press.services import outlet_user_link
from humpro.press.tests.factories import make_distribution_list, make_outlet
from humpro.testing import PASSWORD, make_org, make_user

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def smtp(settings):  # type: ignore[no-untyped-def]
    server = SmtpServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 3
    yield server
    server.stop()


@pytest.fixture
def world():  # type: ignore[no-untyped-def]
    org = make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")
    teluk = make_outlet(org, name="Warta Teluk", email="redaksi@wartateluk.test", dewan_pers_status="faktual")
    Journalist.objects.create(organization=org, outlet=teluk, name="Sari Anggraini", email="sari@wartateluk.test")
    Journalist.objects.create(
        organization=org, outlet=teluk, name="Yoga Pratama", email="yoga@wartateluk.test", is_active=False
    )
    Journalist.objects.create(organization=org, outlet=teluk, name="Tanpa Surel")  # no email: ignored
    pulau = make_outlet(
        org, name="Kabar Pulau", email="meja@kabarpulau.test", media_type="radio", dewan_pers_status="none"
    )
    staff = make_user(org=org, roles=[Role.MEDIA_RELATIONS])
    teluk_user, pulau_user = make_user(username="akun-teluk"), make_user(username="akun-pulau")
    outlet_user_link(outlet=teluk, user=teluk_user)
    outlet_user_link(outlet=pulau, user=pulau_user)
    return {
        "org": org,
        "teluk": teluk,
        "pulau": pulau,
        "staff": staff,
        "teluk_user": teluk_user,
        "pulau_user": pulau_user,
    }


def _login(client, user) -> None:  # type: ignore[no-untyped-def]
    assert client.login(username=user.username, password=PASSWORD)


def _add(dl, outlet) -> ListEntry:  # type: ignore[no-untyped-def]
    return list_entry_add(distribution_list=dl, source="press.outlet", source_id=str(outlet.pk))


def test_an_outlet_stands_for_its_editorial_address_and_active_journalists(world) -> None:  # type: ignore[no-untyped-def]
    dl = make_distribution_list(world["org"])
    _add(dl, world["teluk"])
    got = recipients_of([dl])
    assert [(r.email, r.name) for r in got] == [
        ("redaksi@wartateluk.test", "Redaksi Warta Teluk"),
        ("sari@wartateluk.test", "Sari Anggraini (Warta Teluk)"),
    ]
    assert all(r.refs == frozenset({("press.outlet", str(world["teluk"].pk))}) for r in got)
    # an outlet switched off receives nothing, without leaving the list
    world["teluk"].is_active = False
    world["teluk"].save()
    assert recipients_of([dl]) == []


def test_release_reaches_the_outlet_through_the_outbox_and_only_its_portal_lists_it(  # type: ignore[no-untyped-def]
    smtp, world, client
) -> None:
    org, teluk = world["org"], world["teluk"]
    release = make_release(org, status=ReleaseStatus.PUBLISHED, title="Gubernur Buka Festival Teluk Makmur")
    dl = make_list(org, ["humas.kabupaten@example.test"], name="Media Teluk")  # a contact as well
    _add(dl, teluk)
    other_release = make_release(org, status=ReleaseStatus.PUBLISHED, title="Rapat Anggaran Pulau Timur")
    dl_pulau = make_distribution_list(org, "Radio")
    _add(dl_pulau, world["pulau"])

    dist = distribution_create(release=release, lists=[dl], user=world["staff"])
    distribution_create(release=other_release, lists=[dl_pulau], user=world["staff"])
    run_pending_tasks()

    to_teluk = sorted(m["To"] for m in smtp.messages if release.title in m["Subject"])
    assert to_teluk == ["humas.kabupaten@example.test", "redaksi@wartateluk.test", "sari@wartateluk.test"]
    assert sorted(m["To"] for m in smtp.messages if other_release.title in m["Subject"]) == ["meja@kabarpulau.test"]
    assert not any(m["To"] == "yoga@wartateluk.test" for m in smtp.messages)  # inactive journalist

    # the delivery log (web and API) shows the outlet's addresses as sent, and for whom
    _login(client, world["staff"])
    page = client.get(reverse("newsroom:deliveries", kwargs={"org": org.slug, "pk": dist.pk})).content.decode()
    assert "Redaksi Warta Teluk" in page and "sari@wartateluk.test" in page and page.count("badge ok") == 3
    log = client.get(f"/api/v1/orgs/{org.slug}/newsroom/distributions/{dist.pk}/deliveries").json()
    members = {d["email"]: (d["state"], d["members"]) for d in log}
    assert members["redaksi@wartateluk.test"] == ("sent", [f"press.outlet:{teluk.pk}"])
    assert members["humas.kabupaten@example.test"][1][0].startswith("contact:")

    # Warta Teluk's portal lists its release with the public URL, not Kabar Pulau's
    client.logout()
    _login(client, world["teluk_user"])
    portal = client.get(reverse("press:portal_home", kwargs={"org": org.slug})).content.decode()
    assert "Gubernur Buka Festival Teluk Makmur" in portal and "Rapat Anggaran Pulau Timur" not in portal
    assert f"/publik/{org.slug}/berita/artikel/{release.slug}/" in portal
    # ... and Kabar Pulau's portal the other way round (web and API)
    client.logout()
    _login(client, world["pulau_user"])
    portal = client.get(reverse("press:portal_home", kwargs={"org": org.slug})).content.decode()
    assert "Rapat Anggaran Pulau Timur" in portal and "Gubernur Buka Festival Teluk Makmur" not in portal
    token = ApiToken.issue(user=world["pulau_user"], name="uji")[1]
    body = client.get(f"/api/v1/orgs/{org.slug}/press/portal", HTTP_AUTHORIZATION=f"Bearer {token}").json()
    assert [r["title"] for r in body["releases"]] == ["Rapat Anggaran Pulau Timur"]
    assert body["releases"][0]["url"].endswith(f"/berita/artikel/{other_release.slug}/")


def test_only_releases_actually_sent_are_listed(smtp, world) -> None:  # type: ignore[no-untyped-def]
    org, teluk = world["org"], world["teluk"]
    release = make_release(org, status=ReleaseStatus.PUBLISHED, title="Siaran Saat Server Mati")
    dl = make_distribution_list(org)
    _add(dl, teluk)
    smtp.stop()
    distribution_create(release=release, lists=[dl], user=world["staff"])
    run_pending_tasks()
    assert {d.state for d in Delivery.objects.filter(release=release)} == {"pending"}
    assert hooks.releases_for(teluk) == []  # queued, not delivered yet
    smtp.start()
    OutboxMessage.objects.filter(status=OutboxStatus.PENDING).update(next_attempt_at=timezone.now())
    assert outbox_flush() == 2
    refs = hooks.releases_for(teluk)
    assert [r.title for r in refs] == ["Siaran Saat Server Mati"]  # once, although two addresses got it
    assert hooks.releases_for(world["pulau"]) == []


def test_shared_address_of_a_contact_and_an_outlet_is_sent_once_and_counts_for_the_outlet(  # type: ignore[no-untyped-def]
    smtp, world
) -> None:
    org, teluk = world["org"], world["teluk"]
    release = make_release(org, status=ReleaseStatus.PUBLISHED, title="Rilis Alamat Bersama")
    contacts = make_list(org, ["REDAKSI@wartateluk.test"], name="Kontak lama")
    outlets = make_distribution_list(org, "Media terverifikasi")
    _add(outlets, teluk)
    distribution_create(release=release, lists=[contacts, outlets], user=world["staff"])
    run_pending_tasks()
    assert sorted(m["To"].lower() for m in smtp.messages) == ["redaksi@wartateluk.test", "sari@wartateluk.test"]
    assert [r.title for r in hooks.releases_for(teluk)] == ["Rilis Alamat Bersama"]

    # sent earlier to the contact only; the outlet joins a list later: not sent twice, still listed
    later = make_release(org, status=ReleaseStatus.PUBLISHED, title="Rilis Sebelum Jadi Mitra")
    distribution_create(release=later, lists=[contacts], user=world["staff"])
    run_pending_tasks()
    assert hooks.releases_for(teluk)[0].title == "Rilis Alamat Bersama"
    distribution_create(release=later, lists=[outlets], user=world["staff"])
    run_pending_tasks()
    assert sorted(m["To"].lower() for m in smtp.messages if later.title in m["Subject"]) == [
        "redaksi@wartateluk.test",
        "sari@wartateluk.test",
    ]
    assert {r.title for r in hooks.releases_for(teluk)} == {"Rilis Alamat Bersama", "Rilis Sebelum Jadi Mitra"}


def test_outlets_of_another_organization_cannot_join_or_resolve(world) -> None:  # type: ignore[no-untyped-def]
    other_org = make_org(slug="pulau-seberang")
    foreign = make_outlet(other_org, name="Suara Seberang", email="redaksi@seberang.test")
    dl = make_distribution_list(world["org"])
    with pytest.raises(WorkflowError, match="tidak ditemukan"):
        _add(dl, foreign)
    # even an entry forged in the database does not resolve to the foreign outlet's addresses
    ListEntry.objects.create(
        organization=world["org"], distribution_list=dl, source="press.outlet", source_id=str(foreign.pk)
    )
    assert recipients_of([dl]) == []


def test_adding_refuses_duplicates_inactive_and_addressless_outlets(world) -> None:  # type: ignore[no-untyped-def]
    dl = make_distribution_list(world["org"])
    _add(dl, world["teluk"])
    with pytest.raises(WorkflowError, match="Sudah menjadi anggota"):
        _add(dl, world["teluk"])
    silent = make_outlet(world["org"], name="Tabloid Sunyi")
    with pytest.raises(WorkflowError, match="belum mempunyai alamat email"):
        _add(dl, silent)
    off = make_outlet(world["org"], name="Majalah Lama", email="lama@majalah.test", is_active=False)
    with pytest.raises(WorkflowError, match="nonaktif"):
        _add(dl, off)
    with pytest.raises(WorkflowError, match="tidak dikenal"):
        list_entry_add(distribution_list=dl, source="press.unknown", source_id="1")
    assert dl.entries.count() == 1


def test_bounced_outlet_address_is_not_sent_to_again(smtp, world) -> None:  # type: ignore[no-untyped-def]
    org = world["org"]
    dl = make_distribution_list(org)
    _add(dl, world["teluk"])
    first = make_release(org, status=ReleaseStatus.PUBLISHED)
    distribution_create(release=first, lists=[dl], user=world["staff"])
    run_pending_tasks()
    delivery_mark_bounced(organization=org, email="sari@wartateluk.test", reason="550 mailbox unknown")
    assert [r.email for r in recipients_of([dl])] == ["redaksi@wartateluk.test"]
    assert not Contact.objects.exists()  # bounce of an outlet address touches no contact


def test_deleting_an_outlet_removes_it_from_lists(world) -> None:  # type: ignore[no-untyped-def]
    dl = make_distribution_list(world["org"])
    _add(dl, world["pulau"])
    world["pulau"].delete()
    assert not dl.entries.exists()


def test_list_page_picker_filters_and_adds_outlets(world, client) -> None:  # type: ignore[no-untyped-def]
    org = world["org"]
    dl = make_distribution_list(org, "Siber terverifikasi")
    make_outlet(org, name="Tanpa Alamat Daring", dewan_pers_status="faktual")
    _login(client, world["staff"])
    page = client.get(reverse("newsroom:list_detail", kwargs={"org": org.slug, "pk": dl.pk})).content.decode()
    picker = reverse("press:list_picker", kwargs={"org": org.slug, "list_id": dl.pk})
    assert f'hx-get="{picker}"' in page and "Daftar ini belum berisi anggota" in page

    # htmx filter: only verified (faktual) outlets, rows only
    rows = client.get(picker, {"dewan_pers": "faktual"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="outlet-picker-rows")
    html = rows.content.decode()
    assert "Warta Teluk" in html and "Kabar Pulau" not in html and "<h2" not in html
    assert "tanpa email" in html
    by_type = client.get(picker, {"jenis": "radio"}, HTTP_HX_REQUEST="true").content.decode()
    assert "Kabar Pulau" in by_type and "Warta Teluk" not in by_type and 'id="outlet-picker"' in by_type

    # add one outlet, then everything matching "faktual" (the address-less one is skipped, reported)
    response = client.post(picker, {"outlet": world["pulau"].pk})
    assert response.status_code == 302 and response["Location"].endswith(f"/berita/daftar/{dl.pk}/")
    response = client.post(picker, {"semua": "1", "dewan_pers": "faktual"}, follow=True)
    html = response.content.decode()
    assert "1 media mitra ditambahkan" in html and "Tanpa Alamat Daring belum mempunyai alamat email" in html
    assert sorted(dl.entries.values_list("source_id", flat=True)) == sorted(
        [str(world["pulau"].pk), str(world["teluk"].pk)]
    )
    assert "Kabar Pulau (Radio, Belum terverifikasi) — 1 alamat email" in html
    assert "sari@wartateluk.test" in html  # the addresses the list resolves to

    # another organization's outlet: not found; removing a member from the list page
    foreign = make_outlet(make_org(), name="Suara Seberang", email="r@seberang.test")
    assert client.post(picker, {"outlet": foreign.pk}).status_code == 404
    entry = dl.entries.get(source_id=str(world["pulau"].pk))
    remove = reverse("newsroom:list_entry_delete", kwargs={"org": org.slug, "pk": dl.pk, "entry_id": entry.pk})
    assert client.post(remove).status_code == 302
    assert not dl.entries.filter(pk=entry.pk).exists()


def test_list_membership_api(world, client) -> None:  # type: ignore[no-untyped-def]
    org = world["org"]
    dl = make_distribution_list(org, "Lewat API")
    token = ApiToken.issue(user=world["staff"], name="uji")[1]
    auth = {"HTTP_AUTHORIZATION": f"Bearer {token}"}
    base = f"/api/v1/orgs/{org.slug}/newsroom"
    sources = client.get(f"{base}/sources", **auth).json()
    assert {"source": "press.outlet", "label": "Media mitra", "addable": True} in sources
    # outlets are found through the press API with its filters, then added by id
    found = client.get(f"/api/v1/orgs/{org.slug}/press/outlets?dewan_pers=faktual", **auth).json()
    assert [o["name"] for o in found] == ["Warta Teluk"]
    url = f"{base}/lists/{dl.pk}/entries"
    payload = {"source": "press.outlet", "source_id": str(found[0]["id"])}
    created = client.post(url, payload, content_type="application/json", **auth)
    assert created.status_code == 201 and created.json()["label"].startswith("Warta Teluk (")
    assert client.post(url, payload, content_type="application/json", **auth).status_code == 409
    foreign = make_outlet(make_org(), email="r@seberang.test")
    bad = client.post(
        url, {"source": "press.outlet", "source_id": str(foreign.pk)}, content_type="application/json", **auth
    )
    assert bad.status_code == 422 and bad.json()["detail"] == "Media mitra tidak ditemukan."
    detail = client.get(f"{base}/lists/{dl.pk}", **auth).json()
    assert [r["email"] for r in detail["recipients"]] == ["redaksi@wartateluk.test", "sari@wartateluk.test"]
    assert client.delete(f"{url}/{created.json()['id']}", **auth).status_code == 204
    assert client.get(f"{base}/lists/{dl.pk}", **auth).json()["entries"] == []
