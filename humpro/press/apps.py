from django.apps import AppConfig


class PressConfig(AppConfig):
    name = "humpro.press"
    label = "press"
    verbose_name = "Media mitra"

    def ready(self) -> None:
        from django.apps import apps

        from humpro.press import cards  # noqa: F401  (registers the dashboard card and menu)

        if apps.is_installed("humpro.newsroom"):
            # outlets as members of the newsroom's distribution lists ("press.outlet")
            from humpro.press.distribution_source import register

            register()
