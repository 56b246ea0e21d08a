from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "humpro.agenda"
    label = "agenda"
    verbose_name = "Agenda pimpinan"

    def ready(self) -> None:
        from humpro.agenda import cards  # noqa: F401  (registers the dashboard card and menu item)
