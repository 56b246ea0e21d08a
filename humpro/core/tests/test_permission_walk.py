"""Every organization view, walked as anonymous / wrong role / right role / other organization."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from humpro.orgs.permissions import PERMISSIONS
from humpro.orgs.roles import ALL_ROLES
from humpro.testing import PASSWORD, SAMPLE_KWARGS, load_app_factories, make_org, make_user

load_app_factories()


def _org_views() -> list[tuple[str, Any, set[str]]]:
    """(url name, view, extra kwargs) of every view mounted under /o/<org>/."""
    found = []

    def walk(patterns: list[Any], namespace: str, under_org: bool) -> None:
        for p in patterns:
            if isinstance(p, URLResolver):
                ns = f"{namespace}{p.namespace}:" if p.namespace else namespace
                walk(p.url_patterns, ns, under_org or str(p.pattern).startswith("o/<slug:org>"))
            elif isinstance(p, URLPattern) and under_org:
                params = set(p.pattern.regex.groupindex)
                found.append((f"{namespace}{p.name}", p.callback, params))

    walk(get_resolver().url_patterns, "", False)
    return found


VIEWS = _org_views()


def test_it_finds_the_organization_views() -> None:
    names = {name for name, _, _ in VIEWS}
    assert {"orgs:dashboard", "officials:list", "officials:import"} <= names


@pytest.mark.parametrize("name,view,params", VIEWS, ids=[v[0] for v in VIEWS])
def test_every_org_view_declares_a_permission(name: str, view: Any, params: set[str]) -> None:
    assert getattr(view, "humpro_permission", None) in PERMISSIONS, f"{name} is not wrapped in @org_view"
    assert params <= {"org"} or name in SAMPLE_KWARGS, f"{name} needs a SAMPLE_KWARGS factory"


@pytest.mark.django_db
@pytest.mark.parametrize("name,view,params", VIEWS, ids=[v[0] for v in VIEWS])
def test_permission_walk(client, name: str, view: Any, params: set[str]) -> None:  # type: ignore[no-untyped-def]
    permission = view.humpro_permission
    org, other = make_org(), make_org()
    allowed = sorted(PERMISSIONS[permission])
    denied = sorted(ALL_ROLES - PERMISSIONS[permission])
    kwargs = {"org": org.slug, **(SAMPLE_KWARGS[name](org) if name in SAMPLE_KWARGS else {})}
    url = reverse(name, kwargs=kwargs)
    post_only = _is_post_only(client, url)

    def call() -> Any:
        return client.post(url) if post_only else client.get(url)

    # anonymous: sent to the login page
    client.logout()
    response = call()
    assert response.status_code == 302 and "/akun/masuk/" in response["Location"], name

    # wrong role in the right organization: refused
    wrong = make_user(org=org, roles=[denied[0]])
    client.login(username=wrong.username, password=PASSWORD)
    assert call().status_code == 403, f"{name}: role {denied[0]} must be refused"

    # every role of another organization: refused
    outsider = make_user(org=other, roles=sorted(ALL_ROLES))
    client.login(username=outsider.username, password=PASSWORD)
    assert call().status_code == 403, f"{name}: another organization's user must be refused"

    # right role: served (or the action done and redirected)
    right = make_user(org=org, roles=[allowed[0]])
    client.login(username=right.username, password=PASSWORD)
    response = call()
    assert response.status_code in ((302,) if post_only else (200,)), f"{name}: {response.status_code}"

    # the same view pointed at a record of another organization: not found
    foreign_kwargs = SAMPLE_KWARGS[name](other) if name in SAMPLE_KWARGS else {}
    if foreign_kwargs:
        foreign = {"org": org.slug, **foreign_kwargs}
        foreign_url = reverse(name, kwargs=foreign)
        response = client.post(foreign_url) if post_only else client.get(foreign_url)
        assert response.status_code == 404, f"{name}: another organization's record must be 404"


def _is_post_only(client, url: str) -> bool:  # type: ignore[no-untyped-def]
    """A view decorated with require_POST answers 405 to GET for an authorised user."""
    from django.urls import resolve

    from humpro.orgs.models import Organization

    match = resolve(url)
    org = Organization.objects.get(slug=match.kwargs["org"])
    member = make_user(org=org, roles=sorted(ALL_ROLES))
    client.login(username=member.username, password=PASSWORD)
    status = client.get(url).status_code
    client.logout()
    return status == 405
