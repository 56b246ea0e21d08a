from django.contrib.auth import views as auth_views
from django.urls import path, reverse_lazy

from humpro.accounts import views
from humpro.accounts.forms import OutboxPasswordResetForm

app_name = "accounts"

urlpatterns = [
    path("masuk/", views.login_view, name="login"),
    path("masuk/2fa/", views.login_2fa, name="login_2fa"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("2fa/", views.two_factor_setup, name="two_factor"),
    path("token-api/", views.api_tokens, name="api_tokens"),
    path("token-api/<int:pk>/cabut/", views.api_token_revoke, name="api_token_revoke"),
    path("sandi/lupa/", auth_views.PasswordResetView.as_view(
        form_class=OutboxPasswordResetForm,
        template_name="accounts/password_reset.html",
        email_template_name="accounts/password_reset_email.txt",
        subject_template_name="accounts/password_reset_subject.txt",
        success_url=reverse_lazy("accounts:password_reset_done"),
    ), name="password_reset"),
    path("sandi/terkirim/", auth_views.PasswordResetDoneView.as_view(
        template_name="accounts/password_reset_done.html"), name="password_reset_done"),
    path("sandi/atur/<uidb64>/<token>/", auth_views.PasswordResetConfirmView.as_view(
        template_name="accounts/password_reset_confirm.html",
        success_url=reverse_lazy("accounts:password_reset_complete"),
    ), name="password_reset_confirm"),
    path("sandi/selesai/", auth_views.PasswordResetCompleteView.as_view(
        template_name="accounts/password_reset_complete.html"), name="password_reset_complete"),
]
