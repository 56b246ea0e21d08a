from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "humpro.newsroom"
    label = "newsroom"
    verbose_name = "Ruang berita"

    def ready(self) -> None:
        from humpro.newsroom import cards, signals, tasks  # noqa: F401  (nav, card, scheduled jobs)

        signals.connect()
        from django.apps import apps

        if apps.is_installed("humpro.press"):
            # the media portal shows the releases sent to an outlet (press never imports newsroom
            # models; its hooks module has no imports of its own)
            from humpro.newsroom.outlet_releases import releases_for_outlet
            from humpro.press.hooks import register_release_provider

            register_release_provider(releases_for_outlet)
