"""Public (no login) views of monitoring, mounted at /publik/<org>/pemantauan/."""

from django.urls import path  # noqa: F401

app_name = "monitoring_public"

urlpatterns: list = []
