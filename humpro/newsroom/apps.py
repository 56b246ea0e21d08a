from django.apps import AppConfig


class NewsroomConfig(AppConfig):
    name = "humpro.newsroom"
    label = "newsroom"
    verbose_name = "Ruang berita"
