"""Public (no login) views of ppid, mounted at /publik/<org>/ppid/."""

from django.urls import path

from humpro.ppid import public_views as v

app_name = "ppid_public"

urlpatterns = [
    path("", v.public_home, name="home"),
    path("permohonan/", v.public_request, name="request"),
    path("permohonan/<int:pk>/terkirim/", v.public_submitted, name="submitted"),
    path("lacak/", v.public_track, name="track"),
    path("lacak/<int:pk>/", v.public_track_detail, name="track_detail"),
    path("lacak/<int:pk>/tanda-terima.pdf", v.public_receipt, name="receipt"),
    path("lacak/<int:pk>/pemberitahuan.pdf", v.public_notice, name="notice"),
    path("lacak/<int:pk>/keberatan/", v.public_objection, name="objection"),
    path("dip/", v.public_dip, name="dip"),
    path("dip/<int:pk>/", v.public_dip_detail, name="dip_detail"),
    path("dip/dokumen/<int:pk>/", v.public_dip_document, name="dip_document"),
]
