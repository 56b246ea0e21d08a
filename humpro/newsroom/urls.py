"""Staff views of newsroom, mounted at /o/<org>/berita/ (every view wrapped in @org_view)."""

from django.urls import path  # noqa: F401

app_name = "newsroom"

urlpatterns: list = []
