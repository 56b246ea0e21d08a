from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "humpro.newsroom"
    label = "newsroom"
    verbose_name = "Ruang berita"

    def ready(self) -> None:
        from humpro.newsroom import cards, signals, tasks  # noqa: F401  (nav, card, scheduled jobs)

        signals.connect()
