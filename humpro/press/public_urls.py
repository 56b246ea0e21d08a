"""Public (no login) views of press, mounted at /publik/<org>/media/."""

from django.urls import path  # noqa: F401

app_name = "press_public"

urlpatterns: list = []
