from django.contrib import admin
from django.http import HttpRequest, JsonResponse
from django.urls import include, path

from humpro.api import api
from humpro.orgs import views as org_views


def healthz(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"ok": True})


org_patterns = [
    path("", include("humpro.orgs.urls")),
    path("pejabat/", include("humpro.officials.urls")),
    path("agenda/", include("humpro.agenda.urls")),
    path("protokol/", include("humpro.protocol.urls")),
    path("berita/", include("humpro.newsroom.urls")),
    path("media/", include("humpro.press.urls")),
    path("ppid/", include("humpro.ppid.urls")),
    path("pemantauan/", include("humpro.monitoring.urls")),
]

public_patterns = [
    path("agenda/", include("humpro.agenda.public_urls")),
    path("protokol/", include("humpro.protocol.public_urls")),
    path("berita/", include("humpro.newsroom.public_urls")),
    path("media/", include("humpro.press.public_urls")),
    path("ppid/", include("humpro.ppid.public_urls")),
    path("pemantauan/", include("humpro.monitoring.public_urls")),
]

urlpatterns = [
    path("", org_views.home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("akun/", include("humpro.accounts.urls")),
    path("o/<slug:org>/", include(org_patterns)),
    path("publik/<slug:org>/", include(public_patterns)),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
