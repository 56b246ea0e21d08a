from django.apps import AppConfig


class ProtocolConfig(AppConfig):
    name = "humpro.protocol"
    label = "protocol"
    verbose_name = "Protokol acara"

    def ready(self) -> None:
        from humpro.protocol import cards  # noqa: F401  (registers the menu item and the card)
