"""Public (no login) views of protocol, mounted at /publik/<org>/protokol/."""

from django.urls import path  # noqa: F401

app_name = "protocol_public"

urlpatterns: list = []
