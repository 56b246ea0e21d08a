"""Public (no login) views of press, mounted at /publik/<org>/media/."""

from django.urls import path

from humpro.press import views_portal

app_name = "press_public"

urlpatterns = [
    path("kartu/<str:code>/", views_portal.card_verify, name="card"),
]
