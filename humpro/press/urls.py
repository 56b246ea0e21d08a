"""Staff views of press, mounted at /o/<org>/media/ (every view wrapped in @org_view)."""

from django.urls import path  # noqa: F401

app_name = "press"

urlpatterns: list = []
