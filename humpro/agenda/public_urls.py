"""Public (no login) views of agenda, mounted at /publik/<org>/agenda/."""

from django.urls import path

from humpro.agenda import public_views

app_name = "agenda_public"

urlpatterns = [
    path("", public_views.public_agenda, name="index"),
    path("permohonan/", public_views.request_form, name="request"),
    path("lacak/", public_views.track, name="track"),
    path("ics/<str:token>.ics", public_views.feed, name="feed"),
]
