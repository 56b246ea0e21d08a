"""Staff views of monitoring, mounted at /o/<org>/pemantauan/ (every view wrapped in @org_view)."""

from django.urls import path  # noqa: F401

app_name = "monitoring"

urlpatterns: list = []
