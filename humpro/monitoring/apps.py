from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "humpro.monitoring"
    label = "monitoring"
    verbose_name = "Pemantauan media"
