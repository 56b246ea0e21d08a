"""Public (no login) views of agenda, mounted at /publik/<org>/agenda/."""

from django.urls import path  # noqa: F401

app_name = "agenda_public"

urlpatterns: list = []
