"""Staff views of protocol, mounted at /o/<org>/protokol/ (every view wrapped in @org_view)."""

from django.urls import path

from humpro.protocol import views, views_docs

app_name = "protocol"

urlpatterns = [
    path("", views.event_index, name="index"),
    path("urutan-dalam-tier/", views.tier_orders, name="tier_orders"),
    path("agenda/<int:item_pk>/buka/", views.event_open, name="event_open"),
    path("acara/<int:pk>/", views.event_detail, name="event"),
    path("acara/<int:pk>/pengaturan/", views.event_settings, name="event_settings"),
    path("acara/<int:pk>/peserta/tambah/", views.attendee_add, name="attendee_add"),
    path("acara/<int:pk>/peserta/<int:attendee_pk>/hapus/", views.attendee_remove,
         name="attendee_remove"),
    path("acara/<int:pk>/peserta/<int:attendee_pk>/tier/", views.attendee_tier,
         name="attendee_tier"),
    path("acara/<int:pk>/denah/", views_docs.seating, name="seating"),
    path("acara/<int:pk>/denah/ubah-kursi/", views_docs.seat_override, name="seat_override"),
    path("acara/<int:pk>/denah/batalkan-perubahan/", views_docs.seat_overrides_clear,
         name="seat_overrides_clear"),
    path("acara/<int:pk>/denah.pdf", views_docs.seating_pdf_view, name="seating_pdf"),
    path("acara/<int:pk>/susunan-acara/", views_docs.rundown, name="rundown"),
    path("acara/<int:pk>/susunan-acara/buat/", views_docs.rundown_generate,
         name="rundown_generate"),
    path("acara/<int:pk>/susunan-acara/tambah/", views_docs.rundown_add, name="rundown_add"),
    path("acara/<int:pk>/susunan-acara/<int:item_pk>/", views_docs.rundown_item,
         name="rundown_item"),
    path("acara/<int:pk>/naskah-mc/", views_docs.mc_script, name="mc_script"),
    path("acara/<int:pk>/naskah-mc.docx", views_docs.mc_script_docx_view, name="mc_script_docx"),
    path("acara/<int:pk>/naskah-mc.pdf", views_docs.mc_script_pdf_view, name="mc_script_pdf"),
]
