"""Staff views of ppid, mounted at /o/<org>/ppid/ (every view wrapped in @org_view)."""

from django.urls import path  # noqa: F401

app_name = "ppid"

urlpatterns: list = []
