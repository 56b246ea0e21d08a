"""Staff views of monitoring, mounted at /o/<org>/pemantauan/ (every view wrapped in @org_view)."""

from django.urls import path

from humpro.monitoring import views, views_admin, views_outlets

app_name = "monitoring"

urlpatterns = [
    path("", views.article_list, name="list"),
    path("artikel/<int:pk>/", views.article_detail, name="detail"),
    path("artikel/<int:pk>/nada/", views.article_tone, name="tone"),
    path("analisis/", views.analyze, name="analyze"),
    path("tambah/", views.add, name="add"),
    path("sumber/", views_admin.sources, name="sources"),
    path("sumber/baru/", views_admin.source_edit, name="source_create"),
    path("sumber/<int:pk>/ubah/", views_admin.source_edit, name="source_edit"),
    path("sumber/media-mitra/", views_outlets.registry_sources, name="registry_sources"),
    path("sumber/cocokkan-media/", views_outlets.relink, name="relink"),
    path("sumber/<int:pk>/ambil/", views_admin.source_fetch, name="source_fetch"),
    path("sumber/<int:pk>/hapus/", views_admin.source_delete, name="source_delete"),
    path("karantina/", views_admin.quarantine, name="quarantine"),
    path("karantina/<int:pk>/ulang/", views_admin.quarantine_retry, name="quarantine_retry"),
    path("pickup/", views_admin.pickups, name="pickups"),
    path("peringatan/", views_admin.alerts, name="alerts"),
    path("peringatan/baca/", views_admin.alerts_read, name="alerts_read"),
    path("kliping/", views_admin.clipping, name="clipping"),
    path("kliping/<int:pk>/unduh/", views_admin.clipping_download, name="clipping_download"),
    path("ekspor/bulanan/", views_admin.export_month, name="export_month"),
    path("ekspor/koreksi-nada/", views_admin.export_training, name="export_training"),
    path("pengaturan/", views_admin.settings_view, name="settings"),
    path("pengaturan/latih-nada/", views_admin.tone_retrain, name="tone_retrain"),
]
