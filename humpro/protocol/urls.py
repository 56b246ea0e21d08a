"""Staff views of protocol, mounted at /o/<org>/protokol/ (every view wrapped in @org_view)."""

from django.urls import path  # noqa: F401

app_name = "protocol"

urlpatterns: list = []
