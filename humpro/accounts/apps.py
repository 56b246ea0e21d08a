from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "humpro.accounts"
    label = "accounts"
    verbose_name = "Akun"
