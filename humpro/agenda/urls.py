"""Staff views of agenda, mounted at /o/<org>/agenda/ (every view wrapped in @org_view)."""

from django.urls import path  # noqa: F401

app_name = "agenda"

urlpatterns: list = []
