from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "humpro.press"
    label = "press"
    verbose_name = "Media mitra"
