from __future__ import annotations

import pytest

from humpro.monitoring.tests.httpserver import NewsServer, Route


@pytest.fixture(autouse=True)
def _fast_polite(request):  # type: ignore[no-untyped-def]
    if not request.config.pluginmanager.hasplugin("django"):
        return  # the extractor tests in this folder also run with `-p no:django`
    settings = request.getfixturevalue("settings")
    settings.MONITORING_HOST_INTERVAL = 0.0
    settings.MONITORING_FETCH_TIMEOUT = 1.0
    settings.MONITORING_FETCH_RETRIES = 1
    settings.MONITORING_RETRY_BACKOFF = 0.01


@pytest.fixture
def news_server():  # type: ignore[no-untyped-def]
    robots = Route("User-agent: *\nDisallow: /rahasia/\n", content_type="text/plain")
    with NewsServer(routes={"/robots.txt": robots}) as srv:
        yield srv
