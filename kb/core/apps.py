from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "kb.core"
    label = "core"
    verbose_name = "Felles"

    def ready(self):
        from django.conf import settings

        from . import (
            error_reporting,
            file_storage,  # noqa: F401  (registers its system check)
            signals,
            spreadsheets,
        )

        signals.connect()
        spreadsheets.install()
        error_reporting.init(settings)
