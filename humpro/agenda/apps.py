from django.apps import AppConfig


class AgendaConfig(AppConfig):
    name = "humpro.agenda"
    label = "agenda"
    verbose_name = "Agenda pimpinan"
