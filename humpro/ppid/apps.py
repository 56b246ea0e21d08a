from django.apps import AppConfig


class PpidConfig(AppConfig):
    name = "humpro.ppid"
    label = "ppid"
    verbose_name = "Layanan informasi publik (PPID)"
