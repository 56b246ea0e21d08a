"""Public (no login) views of ppid, mounted at /publik/<org>/ppid/."""

from django.urls import path  # noqa: F401

app_name = "ppid_public"

urlpatterns: list = []
