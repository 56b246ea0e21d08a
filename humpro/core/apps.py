from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "humpro.core"
    label = "core"
    verbose_name = "Inti"

    def ready(self) -> None:
        from humpro.core import audit, tasks  # noqa: F401  (connects audit receivers, registers jobs)

        audit.connect_receivers()
