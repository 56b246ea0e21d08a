from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "humpro.monitoring"
    label = "monitoring"
    verbose_name = "Pemantauan media"

    def ready(self) -> None:
        from humpro.monitoring import (  # noqa: F401  (menu, dashboard card, FTS cleanup)
            cards,
            signals,
            tasks,  # noqa: F401  (registers the scheduled jobs)
        )
