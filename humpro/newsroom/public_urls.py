"""Public (no login) views of newsroom, mounted at /publik/<org>/berita/."""

from django.urls import path  # noqa: F401

app_name = "newsroom_public"

urlpatterns: list = []
