"""Staff views of newsroom, mounted at /o/<org>/berita/ (every view wrapped in @org_view)."""

from django.urls import path

from humpro.newsroom import views_distribution as vd
from humpro.newsroom import views_media as vm
from humpro.newsroom import views_other as vo
from humpro.newsroom import views_releases as vr

app_name = "newsroom"

urlpatterns = [
    path("", vr.release_list, name="list"),
    path("baru/", vr.release_create, name="create"),
    path("<int:pk>/", vr.release_detail, name="detail"),
    path("<int:pk>/ubah/", vr.release_edit, name="edit"),
    path("<int:pk>/koreksi/", vr.release_correct, name="correct"),
    path("<int:pk>/aksi/<slug:action>/", vr.release_transition, name="transition"),
    path("<int:pk>/komentar/", vr.release_comment, name="comment"),
    path("<int:pk>/versi/", vr.release_versions, name="versions"),
    path("<int:pk>/bagikan/", vr.release_share, name="share"),
    path("<int:pk>/pdf/", vr.release_pdf_view, name="pdf"),
    path("<int:pk>/paket-foto/", vr.release_package, name="package"),
    path("<int:pk>/distribusi/", vd.release_distribute, name="distribute"),
    path("distribusi/<int:pk>/", vd.delivery_log, name="deliveries"),
    path("pengiriman/<int:pk>/terpental/", vd.delivery_bounce, name="bounce"),
    path("kontak/", vd.contact_list, name="contacts"),
    path("daftar/<int:pk>/", vd.list_detail, name="list_detail"),
    path("daftar/<int:pk>/anggota/<int:entry_id>/hapus/", vd.list_entry_delete, name="list_entry_delete"),
    path("kontak/baru/", vd.contact_edit, name="contact_create"),
    path("kontak/<int:pk>/", vd.contact_edit, name="contact_edit"),
    path("dokumentasi/", vm.media_list, name="media"),
    path("dokumentasi/unggah/", vm.media_upload, name="media_upload"),
    path("dokumentasi/<int:pk>/", vm.media_detail, name="media_detail"),
    path("dokumentasi/<int:pk>/unduh/", vm.media_download, name="media_download"),
    path("dokumentasi/<int:pk>/<slug:size>.jpg", vm.media_rendition, name="media_rendition"),
    path("dokumentasi/<int:pk>/video/", vm.media_video, name="media_video"),
    path("liputan/", vo.coverage_list, name="coverage"),
    path("liputan/tugas-saya/", vo.my_coverage, name="my_coverage"),
    path("liputan/<int:pk>/", vo.coverage_detail, name="coverage_detail"),
    path("liputan/<int:pk>/ubah/", vo.coverage_update, name="coverage_update"),
    path("liputan/usulkan/<int:item_id>/", vo.coverage_propose, name="coverage_propose"),
    path("majalah/", vo.magazine_list, name="magazine"),
    path("majalah/baru/", vo.magazine_edit, name="magazine_create"),
    path("majalah/<int:pk>/", vo.magazine_edit, name="magazine_edit"),
    path("majalah/<int:pk>/pdf/", vo.magazine_pdf_view, name="magazine_pdf"),
    path("pengaturan/", vo.newsroom_settings, name="settings"),
]
