from django.urls import path

from humpro.officials import views

app_name = "officials"

urlpatterns = [
    path("", views.official_list, name="list"),
    path("baru/", views.official_edit, name="create"),
    path("impor/", views.official_import, name="import"),
    path("<int:pk>/", views.official_detail, name="detail"),
    path("<int:pk>/ubah/", views.official_edit, name="edit"),
    path("<int:pk>/foto/", views.official_photo, name="photo"),
]
