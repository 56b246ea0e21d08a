from django.apps import AppConfig


class ProtocolConfig(AppConfig):
    name = "humpro.protocol"
    label = "protocol"
    verbose_name = "Protokol acara"
