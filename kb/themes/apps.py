from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "kb.themes"
    label = "themes"
    verbose_name = "Tema"

    def ready(self):
        from . import signals

        signals.connect()
