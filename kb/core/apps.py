from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kb.core"
    label = "core"
    verbose_name = "Felles"

    def ready(self):
        from . import signals

        signals.connect()
