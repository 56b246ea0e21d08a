"""Every REST operation, walked as anonymous / wrong role / other organization / right role."""

from __future__ import annotations

from typing import Any

import pytest

from humpro.accounts.models import ApiToken
from humpro.api import api
from humpro.orgs.permissions import PERMISSIONS
from humpro.orgs.roles import ALL_ROLES
from humpro.testing import API_SAMPLES, load_app_factories, make_org, make_user

load_app_factories()


def _operations() -> list[tuple[str, str]]:
    schema = api.get_openapi_schema(path_prefix="/api/v1")
    ops = []
    for path, methods in schema["paths"].items():
        for method in methods:
            ops.append((method.upper(), path))
    return sorted(ops)


OPERATIONS = [op for op in _operations() if "{org}" in op[1]]


def test_every_operation_is_registered_for_the_walk() -> None:
    missing = [op for op in OPERATIONS if op not in API_SAMPLES]
    assert not missing, f"register these in tests/factories.py with @api_sample: {missing}"


def test_openapi_schema_is_served(client) -> None:  # type: ignore[no-untyped-def]
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    assert "/api/v1/orgs/{org}/officials" in response.json()["paths"]


def _call(client, method: str, path: str, org_slug: str, setup: dict[str, Any], token: str | None):  # type: ignore[no-untyped-def]
    url = path.replace("{org}", org_slug)
    for key, value in (setup.get("path") or {}).items():
        url = url.replace("{" + key + "}", str(value))
    headers = {"HTTP_AUTHORIZATION": f"Bearer {token}"} if token else {}
    query = setup.get("query") or {}
    if query:
        url += "?" + "&".join(f"{k}={v}" for k, v in query.items())
    if method == "GET":
        return client.get(url, **headers)
    if setup.get("files"):
        from django.core.files.uploadedfile import SimpleUploadedFile

        data = {k: SimpleUploadedFile(name, content) for k, (name, content) in setup["files"].items()}
        return client.post(url, data=data, **headers)
    import json

    return client.generic(method, url, data=json.dumps(setup.get("json") or {}),
                          content_type="application/json", **headers)


@pytest.mark.django_db
@pytest.mark.parametrize("method,path", OPERATIONS, ids=[f"{m} {p}" for m, p in OPERATIONS])
def test_api_permission_walk(client, method: str, path: str) -> None:  # type: ignore[no-untyped-def]
    sample = API_SAMPLES[(method, path)]
    org, other = make_org(), make_org()
    allowed = sorted(PERMISSIONS[sample.permission])
    denied = sorted(ALL_ROLES - PERMISSIONS[sample.permission])

    def token_for(user: Any) -> str:
        return ApiToken.issue(user=user, name="uji")[1]

    assert _call(client, method, path, org.slug, sample.setup(org), None).status_code == 401
    wrong = token_for(make_user(org=org, roles=[denied[0]]))
    assert _call(client, method, path, org.slug, sample.setup(org), wrong).status_code == 403
    outsider = token_for(make_user(org=other, roles=sorted(ALL_ROLES)))
    assert _call(client, method, path, org.slug, sample.setup(org), outsider).status_code == 403
    right = token_for(make_user(org=org, roles=[allowed[0]]))
    response = _call(client, method, path, org.slug, sample.setup(org), right)
    assert response.status_code == sample.ok, response.content[:500]
    setup_other = sample.setup(other)
    if setup_other.get("path") and setup_other["path"] != sample.setup(org).get("path"):
        # a record of another organization addressed through my organization: not found
        assert _call(client, method, path, org.slug, setup_other, right).status_code == 404


def test_api_docs_work_offline(client) -> None:  # type: ignore[no-untyped-def]
    page = client.get("/api/v1/docs")
    assert page.status_code == 200
    html = page.content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html and "cdn" not in html.lower()
    assert client.get("/static/ninja/swagger-ui-bundle.js").status_code == 200
