from django.apps import AppConfig


class OrgsConfig(AppConfig):
    name = "humpro.orgs"
    label = "orgs"
    verbose_name = "Organisasi"

    def ready(self) -> None:
        from humpro.orgs import cards  # noqa: F401  (registers the dashboard cards)
