"""Staff views of agenda, mounted at /o/<org>/agenda/ (every view wrapped in @org_view)."""

from django.urls import path

from humpro.agenda import views, views_invitations, views_share

app_name = "agenda"

urlpatterns = [
    path("", views.calendar, name="calendar"),
    path("baru/", views.item_edit, name="item_create"),
    path("mendadak/", views.item_quick, name="item_quick"),
    path("cek-bentrok/", views.clash_check, name="clash_check"),
    path("<int:pk>/", views.item_detail, name="item_detail"),
    path("<int:pk>/ubah/", views.item_edit, name="item_edit"),
    path("<int:pk>/status/", views.item_status, name="item_status"),
    path("<int:pk>/petugas/", views.assignment_add, name="assignment_add"),
    path("petugas/<int:pk>/hapus/", views.assignment_remove, name="assignment_remove"),
    path("<int:pk>/agenda.ics", views.item_ics, name="item_ics"),
    path("undangan/", views_invitations.invitation_list, name="invitation_list"),
    path("undangan/baru/", views_invitations.invitation_create, name="invitation_create"),
    path("undangan/<int:pk>/", views_invitations.invitation_detail, name="invitation_detail"),
    path(
        "undangan/<int:pk>/disposisi/",
        views_invitations.invitation_disposition,
        name="invitation_dispose",
    ),
    path("undangan/lampiran/<int:pk>/", views_invitations.attachment_download, name="attachment"),
    path("harian/", views_share.daily, name="daily"),
    path("harian/pdf/", views_share.daily_pdf_view, name="daily_pdf"),
    path("harian/teks/", views_share.daily_text, name="daily_text"),
    path("feed/", views_share.feeds, name="feeds"),
    path("feed/<int:pk>/cabut/", views_share.feed_revoke, name="feed_revoke"),
    path("pengaturan/", views_share.settings_view, name="settings"),
]
