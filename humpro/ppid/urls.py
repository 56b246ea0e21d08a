"""Staff views of ppid, mounted at /o/<org>/ppid/ (every view wrapped in @org_view)."""

from django.urls import path

from humpro.ppid import views, views_dip, views_objections, views_reports

app_name = "ppid"

urlpatterns = [
    path("", views.request_list, name="list"),
    path("terlambat/", views.overdue_list, name="overdue"),
    path("baru/", views.request_create, name="create"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/disposisi/", views.request_dispose, name="dispose"),
    path("<int:pk>/perpanjang/", views.request_extend, name="extend"),
    path("<int:pk>/putusan/", views.request_decide, name="decide"),
    path("<int:pk>/penyampaian/", views.request_deliver, name="deliver"),
    path("<int:pk>/tanda-terima.pdf", views.request_receipt, name="receipt"),
    path("<int:pk>/pemberitahuan.pdf", views.request_notice, name="notice"),
    path("<int:pk>/keberatan/", views_objections.objection_create, name="objection_create"),
    path("disposisi/<int:pk>/jawab/", views.disposition_answer, name="answer"),
    path("dokumen-identitas/<int:pk>/", views.identity_document, name="identity_document"),
    path("keberatan/", views_objections.objection_list, name="objections"),
    path("keberatan/<int:pk>/", views_objections.objection_detail, name="objection_detail"),
    path(
        "keberatan/<int:pk>/tanggapan/",
        views_objections.objection_respond_view,
        name="objection_respond",
    ),
    path(
        "keberatan/<int:pk>/sengketa/",
        views_objections.objection_dispute_view,
        name="objection_dispute",
    ),
    path(
        "keberatan/<int:pk>/hasil/",
        views_objections.objection_outcome_view,
        name="objection_outcome",
    ),
    path("dip/", views_dip.dip_list, name="dip_list"),
    path("dip/baru/", views_dip.dip_edit, name="dip_create"),
    path("dip/<int:pk>/", views_dip.dip_detail, name="dip_detail"),
    path("dip/<int:pk>/ubah/", views_dip.dip_edit, name="dip_edit"),
    path("dip/<int:pk>/unggah/", views_dip.dip_upload, name="dip_upload"),
    path("dip/dokumen/<int:pk>/", views_dip.dip_document, name="dip_document"),
    path("laporan/", views_reports.report_view, name="report"),
    path("laporan.pdf", views_reports.report_pdf_view, name="report_pdf"),
    path("laporan.xlsx", views_reports.report_xlsx_view, name="report_xlsx"),
]
