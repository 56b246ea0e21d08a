"""Staff views of press, mounted at /o/<org>/media/ (every view wrapped in @org_view)."""

from django.urls import path

from humpro.press import views, views_contracts, views_lists, views_portal, views_suggestions

app_name = "press"

urlpatterns = [
    path("", views.outlet_list, name="outlet_list"),
    path("baru/", views.outlet_edit, name="outlet_create"),
    path("impor/", views.outlet_import, name="outlet_import"),
    path("ekspor/", views.outlet_export, name="outlet_export"),
    path("<int:pk>/", views.outlet_detail, name="outlet_detail"),
    path("<int:pk>/ubah/", views.outlet_edit, name="outlet_edit"),
    path("<int:pk>/dokumen/", views.document_upload, name="document_upload"),
    path("<int:pk>/wartawan/baru/", views.journalist_create, name="journalist_create"),
    path("<int:pk>/pengguna-portal/", views.portal_user_add, name="portal_user_add"),
    path("dokumen/<int:pk>/", views.document_file, name="document_file"),
    path("wartawan/<int:pk>/ubah/", views.journalist_edit, name="journalist_edit"),
    path("wartawan/<int:pk>/kartu/", views.card_issue, name="card_issue"),
    path("kartu/<int:pk>/", views.card_detail, name="card_detail"),
    path("kartu/<int:pk>/cabut/", views.card_revoke, name="card_revoke"),
    path("usulan/", views.update_list, name="update_list"),
    path("usulan/<int:pk>/", views.update_review, name="update_review"),
    # contracts, proofs, payments
    path("kontrak/", views_contracts.contract_list, name="contract_list"),
    path("kontrak/baru/", views_contracts.contract_create, name="contract_create"),
    path("kontrak/syarat/", views_contracts.eligibility_fragment, name="eligibility"),
    path("kontrak/ekspor/", views_contracts.contract_export, name="contract_export"),
    path("kontrak/<int:pk>/", views_contracts.contract_detail, name="contract_detail"),
    path("kontrak/<int:pk>/status/", views_contracts.contract_status, name="contract_status"),
    path("kontrak/<int:pk>/dokumen/", views_contracts.contract_document_upload, name="contract_document_upload"),
    path("kontrak/dokumen/<int:pk>/", views_contracts.contract_document_file, name="contract_document_file"),
    path("kontrak/<int:pk>/termin/", views_contracts.payment_create, name="payment_create"),
    path("termin/<int:pk>/status/", views_contracts.payment_status, name="payment_status"),
    path("keluaran/<int:pk>/bukti/", views_contracts.deliverable_proof, name="deliverable_proof"),
    path("keluaran/<int:pk>/usulan-bukti/", views_suggestions.suggestion_accept, name="suggestion_accept"),
    path("bukti/", views_contracts.proof_queue, name="proof_queue"),
    path("bukti/<int:pk>/berkas/", views_contracts.proof_file, name="proof_file"),
    path("bukti/<int:pk>/verifikasi/", views_contracts.proof_verify, name="proof_verify"),
    path("bukti/<int:pk>/kembalikan/", views_contracts.proof_return, name="proof_return"),
    path("evaluasi/", views_contracts.evaluation, name="evaluation"),
    path("anggaran/", views_contracts.budget_line_list, name="budget_lines"),
    path("anggaran/<int:pk>/", views_contracts.budget_line_edit, name="budget_line_edit"),
    path("syarat/", views_contracts.policy_edit, name="policy"),
    # outlets as members of a newsroom distribution list
    path("daftar-distribusi/<int:list_id>/", views_lists.list_picker, name="list_picker"),
    # partner-media portal
    path("portal/", views_portal.portal_home, name="portal_home"),
    path("portal/profil/", views_portal.portal_profile, name="portal_profile"),
    path("portal/bukti/", views_portal.portal_proof, name="portal_proof"),
]
