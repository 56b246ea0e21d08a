from __future__ import annotations

import datetime as dt

import pytest
from django.urls import reverse

from humpro.agenda.models import AgendaAssignment, Visibility
from humpro.core.worker import run_pending_tasks
from humpro.newsroom.coverage import coverage_assign, coverage_propose, delivered
from humpro.newsroom.magazine import magazine_save, table_of_contents
from humpro.newsroom.models import CoveragePlan, CrewRole, ReleaseStatus
from humpro.newsroom.pdf import magazine_document, magazine_pdf
from humpro.newsroom.tests.factories import make_agenda_item, make_photo, make_release
from humpro.newsroom.workflow import WorkflowError
from humpro.orgs.roles import Role
from humpro.testing import PASSWORD, make_org, make_user


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    return make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")


@pytest.mark.django_db(transaction=True)
def test_a_public_agenda_item_gets_a_crew_proposed_automatically(org) -> None:  # type: ignore[no-untyped-def]
    writer = make_user(org=org, roles=[Role.REPORTER], full_name="Rina Wartawati")
    p1 = make_user(org=org, roles=[Role.PHOTOGRAPHER], full_name="Bayu Lensa")
    p2 = make_user(org=org, roles=[Role.PHOTOGRAPHER], full_name="Citra Kamera")
    internal = make_agenda_item(org, visibility=Visibility.INTERNAL)
    item = make_agenda_item(org)
    run_pending_tasks()
    assert not CoveragePlan.objects.filter(agenda_item=internal).exists()
    plan = CoveragePlan.objects.get(agenda_item=item)
    crew = {ca.role: ca.user for ca in plan.crew.all()}
    assert crew[CrewRole.WRITER] == writer
    assert {crew[CrewRole.PHOTOGRAPHER], crew[CrewRole.VIDEOGRAPHER]} == {p1, p2}
    # crew are agenda assignments, so the agenda's clash engine sees them
    assert set(AgendaAssignment.objects.filter(item=item).values_list("user_id", flat=True)) == {
        writer.pk,
        p1.pk,
        p2.pk,
    }
    assert coverage_propose(item=item) == plan  # idempotent


@pytest.mark.django_db
def test_the_clash_engine_steers_the_proposal_and_flags_clashes(org) -> None:  # type: ignore[no-untyped-def]
    busy = make_user(org=org, roles=[Role.REPORTER], full_name="Andi Sibuk")
    free = make_user(org=org, roles=[Role.REPORTER], full_name="Budi Luang")
    make_user(org=org, roles=[Role.PHOTOGRAPHER])
    first = make_agenda_item(org, venue_name="Aula Kantor Gubernur")
    plan1 = coverage_propose(item=first)
    writer1 = plan1.crew.get(role=CrewRole.WRITER).user
    overlapping = make_agenda_item(org, start=first.start + dt.timedelta(minutes=30), venue_name="Pelabuhan Baru")
    plan2 = coverage_propose(item=overlapping)
    writer2 = plan2.crew.get(role=CrewRole.WRITER)
    assert {writer1, writer2.user} == {busy, free} and writer2.clash_note == ""
    # force the busy one onto the clashing item: the clash is reported like for anyone else
    clashes = coverage_assign(plan=plan2, role=CrewRole.WRITER, user=writer1)
    assert clashes and "tumpang tindih" in clashes[0].message
    assert "tumpang tindih" in plan2.crew.get(role=CrewRole.WRITER).clash_note
    # the only photographer is on both: the second slot is filled with the clash shown
    assert plan2.crew.get(role=CrewRole.PHOTOGRAPHER).clash_note
    with pytest.raises(WorkflowError, match="peran"):
        coverage_assign(plan=plan2, role=CrewRole.WRITER, user=make_user(org=org, roles=[Role.PROTOCOL]))


@pytest.mark.django_db
def test_crew_see_their_jobs_and_the_plan_shows_deliveries(client, org) -> None:  # type: ignore[no-untyped-def]
    writer = make_user(org=org, roles=[Role.REPORTER])
    photographer = make_user(org=org, roles=[Role.PHOTOGRAPHER])
    item = make_agenda_item(org, title="Kunjungan ke Pasar Rakyat Lembah Hijau")
    plan = coverage_propose(item=item)
    client.login(username=photographer.username, password=PASSWORD)
    page = client.get(reverse("newsroom:my_coverage", kwargs={"org": org.slug})).content.decode()
    assert "Kunjungan ke Pasar Rakyat Lembah Hijau" in page and "Fotografer" in page
    result = delivered(plan)
    assert result.by_role == {CrewRole.WRITER: False, CrewRole.PHOTOGRAPHER: False, CrewRole.VIDEOGRAPHER: False}
    make_release(org, author=writer, agenda_item_id=item.pk)
    make_photo(org, agenda_item_id=item.pk, user=photographer)
    result = delivered(plan)
    assert result.by_role[CrewRole.WRITER] and result.by_role[CrewRole.PHOTOGRAPHER]
    assert result.photos == 1 and len(result.releases) == 1
    page = client.get(reverse("newsroom:coverage_detail", kwargs={"org": org.slug, "pk": plan.pk})).content.decode()
    assert page.count("badge ok") == 2


@pytest.mark.django_db
def test_magazine_issue_renders_to_pdf_with_contents(org) -> None:  # type: ignore[no-untyped-def]
    first = make_release(org, status=ReleaseStatus.PUBLISHED, title="Panen Raya Padi")
    second = make_release(org, status=ReleaseStatus.PUBLISHED, title="Vaksinasi Anak Sekolah")
    draft = make_release(org, title="Belum terbit")
    cover = make_photo(org, caption="Sampul")
    with pytest.raises(WorkflowError, match="terbit"):
        magazine_save(
            organization=org, title="Warta Nusa", number="3/2026", period=dt.date(2026, 3, 1), release_ids=[draft.pk]
        )
    issue = magazine_save(
        organization=org,
        title="Warta Nusa",
        number="3/2026",
        period=dt.date(2026, 3, 1),
        editorial="Salam redaksi.",
        cover_id=cover.pk,
        release_ids=[first.pk, second.pk],
        photo_ids=[cover.pk],
    )
    assert [e["title"] for e in table_of_contents(issue)] == [
        "Pengantar redaksi",
        "Panen Raya Padi",
        "Vaksinasi Anak Sekolah",
        "Galeri foto",
    ]
    assert magazine_pdf(issue).startswith(b"%PDF")
    doc = magazine_document(issue)
    assert len(doc.pages) >= 6  # cover, contents, editorial, two articles, gallery: each a new page
    marks: list[tuple[str, int]] = []

    def walk(tree: list) -> None:  # type: ignore[type-arg]
        for label, target, children, *_ in tree:
            marks.append((label, target[0]))
            walk(children)

    walk(doc.make_bookmark_tree())
    labels = [label for label, _ in marks]
    assert labels == [
        "Warta Nusa",
        "Daftar isi",
        "Pengantar redaksi",
        "Panen Raya Padi",
        "Vaksinasi Anak Sekolah",
        "Galeri foto",
    ]
    assert [page for _, page in marks] == sorted(page for _, page in marks)
