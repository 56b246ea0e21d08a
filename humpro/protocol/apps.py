from django.apps import AppConfig


class ProtocolConfig(AppConfig):
    name = "humpro.protocol"
    label = "protocol"
    verbose_name = "Protokol acara"

    def ready(self) -> None:
        from humpro.agenda.signals import agenda_item_changed
        from humpro.protocol import cards  # noqa: F401  (registers the menu item and the card)
        from humpro.protocol.services import sync_from_agenda

        agenda_item_changed.connect(sync_from_agenda, dispatch_uid="protocol-sync-from-agenda")
