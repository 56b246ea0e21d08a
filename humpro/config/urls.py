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
]

urlpatterns = [
    path("", org_views.home, name="home"),
    path("healthz", healthz, name="healthz"),
    path("akun/", include("humpro.accounts.urls")),
    path("o/<slug:org>/", include(org_patterns)),
    path("api/v1/", api.urls),
    path("i18n/", include("django.conf.urls.i18n")),
    path("admin/", admin.site.urls),
]
