from django.urls import path

from humpro.orgs import views

app_name = "orgs"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("kalender/", views.calendar_view, name="calendar"),
    path("kalender/<int:pk>/hapus/", views.calendar_adjustment_delete, name="calendar_delete"),
    path("audit/", views.audit_list, name="audit"),
    path("outbox/", views.outbox_list, name="outbox"),
    path("outbox/<int:pk>/ulang/", views.outbox_retry, name="outbox_retry"),
    path("pengaturan/", views.settings_view, name="settings"),
    path("logo/", views.logo, name="logo"),
    path("anggota/", views.members, name="members"),
    path("anggota/<int:pk>/cabut/", views.member_remove, name="member_remove"),
]
