from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "kb.cases"
    label = "cases"
    verbose_name = "Erfaringer"

    def ready(self):
        from . import signals

        signals.connect()
