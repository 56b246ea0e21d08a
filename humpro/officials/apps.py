from django.apps import AppConfig


class OfficialsConfig(AppConfig):
    name = "humpro.officials"
    label = "officials"
    verbose_name = "Direktori pejabat"

    def ready(self) -> None:
        from humpro.officials import cards  # noqa: F401  (registers the dashboard card)
