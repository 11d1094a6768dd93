from django.apps import AppConfig


class ThemesConfig(AppConfig):
    name = "kb.themes"
    label = "themes"
    verbose_name = "Tema"

    def ready(self):
        # A theme added, renamed or removed changes every listing's «Tema» filter, so a
        # change replaces the content version (kb.core.listing.cached).
        from kb.core.signals import content_follows

        from .models import Theme

        content_follows(Theme)
