from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from humpro.newsroom.models import NewsroomSettings, ReleaseStatus, ReleaseTransition
from humpro.newsroom.releases import (
    release_comment,
    release_correct,
    release_transition,
    release_update,
    releases_publish_due,
    version_diff,
)
from humpro.newsroom.tests.factories import make_release, sample_data
from humpro.newsroom.workflow import WorkflowError, available_moves, settings_for
from humpro.orgs.roles import Role
from humpro.testing import make_org, make_user

pytestmark = pytest.mark.django_db
S = ReleaseStatus


@pytest.fixture
def org():  # type: ignore[no-untyped-def]
    return make_org(slug="nusa-makmur", name="Pemerintah Provinsi Nusa Makmur")


@pytest.fixture
def people(org):  # type: ignore[no-untyped-def]
    return {
        "reporter": make_user(org=org, roles=[Role.REPORTER]),
        "editor": make_user(org=org, roles=[Role.EDITOR]),
        "head": make_user(org=org, roles=[Role.HEAD]),
        "photographer": make_user(org=org, roles=[Role.PHOTOGRAPHER]),
    }


def test_full_path_writes_history_rows(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"])
    release = release_transition(release=release, user=people["reporter"], action="submit")
    release_comment(release=release, user=people["editor"], body="Angka panjang jembatan dicek lagi.")
    release = release_transition(release=release, user=people["head"], action="approve")
    release = release_transition(release=release, user=people["editor"], action="publish")
    assert release.status == S.PUBLISHED and release.published_at is not None and release.is_public
    rows = list(ReleaseTransition.objects.filter(release=release).values_list("from_status", "to_status"))
    assert rows == [("", S.DRAFT), (S.DRAFT, S.REVIEW), (S.REVIEW, S.APPROVED), (S.APPROVED, S.PUBLISHED)]
    approval = ReleaseTransition.objects.get(release=release, to_status=S.APPROVED)
    assert approval.actor == people["head"]
    assert release.editor == people["head"]
    assert release.comments.get().status_at == S.REVIEW


def test_only_the_roles_the_organization_sets_may_approve(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"])
    release_transition(release=release, user=people["reporter"], action="submit")
    with pytest.raises(WorkflowError, match="peran yang ditetapkan"):
        release_transition(release=release, user=people["editor"], action="approve")
    with pytest.raises(WorkflowError, match="wewenang"):
        release_transition(release=release, user=people["photographer"], action="approve")
    conf = settings_for(org)
    conf.approver_roles = [Role.EDITOR]
    conf.save()
    assert NewsroomSettings.objects.get(organization=org).approver_roles == ["editor"]
    release = release_transition(release=release, user=people["editor"], action="approve")
    assert release.status == S.APPROVED


def test_nobody_approves_their_own_release(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["head"])
    release_transition(release=release, user=people["head"], action="submit")
    with pytest.raises(WorkflowError, match="sendiri"):
        release_transition(release=release, user=people["head"], action="approve")


def test_moves_from_the_wrong_status_are_refused(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"])
    with pytest.raises(WorkflowError, match="status rilis"):
        release_transition(release=release, user=people["head"], action="publish")
    with pytest.raises(WorkflowError, match="Gunakan formulir koreksi"):
        release_transition(release=release, user=people["head"], action="correct")
    assert [m.action for m in available_moves(release=release, user=people["reporter"])] == ["submit"]
    assert available_moves(release=release, user=people["photographer"]) == []


def test_return_needs_a_note_and_goes_back_to_draft(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"])
    release_transition(release=release, user=people["reporter"], action="submit")
    with pytest.raises(WorkflowError, match="wajib"):
        release_transition(release=release, user=people["editor"], action="return")
    release = release_transition(release=release, user=people["editor"], action="return", note="Lengkapi data")
    assert release.status == S.DRAFT
    assert release.transitions.last().note == "Lengkapi data"


def test_embargo_is_released_by_the_worker_job_only_when_due(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"], status=S.APPROVED)
    with pytest.raises(WorkflowError, match="masa depan"):
        release_transition(
            release=release,
            user=people["editor"],
            action="schedule",
            embargo_until=timezone.now() - dt.timedelta(minutes=1),
        )
    embargo = timezone.now() + dt.timedelta(hours=2)
    release = release_transition(release=release, user=people["editor"], action="schedule", embargo_until=embargo)
    assert release.status == S.SCHEDULED and not release.is_public
    assert releases_publish_due() == []
    assert releases_publish_due(now=embargo + dt.timedelta(seconds=1)) == [release.pk]
    release.refresh_from_db()
    assert release.status == S.PUBLISHED and release.published_at == embargo
    last = release.transitions.last()
    assert last.actor is None and last.actor_label == "sistem" and "embargo" in last.note
    assert releases_publish_due(now=embargo + dt.timedelta(hours=1)) == []  # never twice


def test_scheduled_job_runs_through_the_worker(org, people) -> None:  # type: ignore[no-untyped-def]
    from humpro.newsroom.tasks import publish_embargoed_task

    release = make_release(org, author=people["reporter"], status=S.APPROVED)
    release = release_transition(
        release=release,
        user=people["editor"],
        action="schedule",
        embargo_until=timezone.now() + dt.timedelta(seconds=30),
    )
    type(release).objects.filter(pk=release.pk).update(embargo_until=timezone.now() - dt.timedelta(seconds=1))
    assert publish_embargoed_task.call() == 1
    release.refresh_from_db()
    assert release.status == S.PUBLISHED


def test_correction_keeps_a_public_note_and_a_new_version(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"], status=S.PUBLISHED)
    with pytest.raises(WorkflowError, match="wajib"):
        release_correct(release=release, user=people["editor"], data=sample_data(title=release.title), note=" ")
    with pytest.raises(WorkflowError, match="wewenang"):
        release_correct(
            release=release, user=people["reporter"], data=sample_data(title=release.title), note="salah angka"
        )
    fixed = sample_data(title=release.title, body="<p>Jembatan dibangun selama 12 bulan.</p>")
    release = release_correct(
        release=release, user=people["editor"], data=fixed, note="Masa pembangunan 12 bulan, bukan 14."
    )
    assert release.status == S.CORRECTED and release.is_public
    assert "Masa pembangunan 12 bulan" in release.correction_note
    assert release.version == 2
    v1, v2 = release.versions.get(number=1), release.versions.get(number=2)
    diff = version_diff(v1, v2)
    assert ("-", "Jembatan dibangun selama 14 bulan.") in diff
    assert ("+", "Jembatan dibangun selama 12 bulan.") in diff
    release = release_transition(release=release, user=people["head"], action="withdraw", note="Data ditarik")
    assert release.status == S.WITHDRAWN and not release.is_public and release.withdrawn_reason == "Data ditarik"


def test_every_save_is_a_version_and_published_text_is_not_editable(org, people) -> None:  # type: ignore[no-untyped-def]
    release = make_release(org, author=people["reporter"])
    release = release_update(release=release, user=people["reporter"], data=sample_data(title="Judul kedua"))
    release = release_update(release=release, user=people["reporter"], data=sample_data(title="Judul ketiga"))
    assert list(release.versions.values_list("number", "title")) == [
        (3, "Judul ketiga"),
        (2, "Judul kedua"),
        (1, release.versions.get(number=1).title),
    ]
    published = make_release(org, author=people["reporter"], status=S.PUBLISHED)
    with pytest.raises(WorkflowError, match="koreksi"):
        release_update(release=published, user=people["head"], data=sample_data(title="diam-diam"))
    published.refresh_from_db()
    assert published.title != "diam-diam" and published.version == 1


def test_bad_references_are_refused_without_saving(org, people) -> None:  # type: ignore[no-untyped-def]
    from humpro.newsroom.models import Release
    from humpro.testing import make_official

    other = make_org()
    foreign = make_official(other)
    with pytest.raises(WorkflowError, match="Pejabat"):
        make_release(org, author=people["reporter"], official_ids=[foreign.pk])
    with pytest.raises(WorkflowError, match="Judul"):
        make_release(org, author=people["reporter"], title="   ")
    assert Release.objects.count() == 0
