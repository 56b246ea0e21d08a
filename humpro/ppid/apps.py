from django.apps import AppConfig


class PpidConfig(AppConfig):
    name = "humpro.ppid"
    label = "ppid"
    verbose_name = "Layanan informasi publik (PPID)"

    def ready(self) -> None:
        from humpro.ppid import cards, tasks  # noqa: F401  (dashboard card, menu, scheduled jobs)
