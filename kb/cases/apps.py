from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "kb.cases"
    label = "cases"
    verbose_name = "Erfaringer"

    def ready(self):
        # A board member's name and contact details show on their municipalities' pages, so
        # a change replaces the content version (kb.core.page_cache serves them anew).
        from kb.core.signals import content_follows

        from .models import BoardMember

        content_follows(BoardMember)
