from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "humpro.press"
    label = "press"
    verbose_name = "Media mitra"

    def ready(self) -> None:
        from humpro.press import cards  # noqa: F401  (registers the dashboard card and menu)
