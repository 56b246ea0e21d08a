"""A release published in the newsroom becomes the reference text for pickup detection."""

from __future__ import annotations

import pytest

from humpro.monitoring.models import Article
from humpro.newsroom.models import ReleaseStatus
from humpro.newsroom.releases import release_transition
from humpro.newsroom.tests.factories import make_release
from humpro.orgs.roles import Role
from humpro.testing import make_org, make_user

pytestmark = pytest.mark.django_db


def test_publishing_registers_the_release_once(django_capture_on_commit_callbacks) -> None:  # type: ignore[no-untyped-def]
    org = make_org()
    release = make_release(org, status=ReleaseStatus.APPROVED, title="Gubernur Resmikan Jembatan Sungai Seruni")
    head = make_user(org=org, roles=[Role.HEAD])
    with django_capture_on_commit_callbacks(execute=True):
        release_transition(release=release, user=head, action="publish")
    own = Article.objects.get(organization=org, is_own_release=True)
    assert own.release_ref == str(release.pk) and own.title == release.title
    assert f"/publik/{org.slug}/berita/" in own.url
    assert Article.objects.filter(is_own_release=True).count() == 1
