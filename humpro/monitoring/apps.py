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
        from humpro.monitoring.services import register_published_release
        from humpro.newsroom.signals import release_published

        release_published.connect(register_published_release, dispatch_uid="monitoring-own-release")
        signals.connect_nul_stripping()

        # coverage of partner media (pickups, tone, proof suggestions) for press; see press/hooks.py
        from humpro.monitoring.press_link import MonitoringCoverage
        from humpro.press.hooks import register_coverage_provider

        register_coverage_provider(MonitoringCoverage())
