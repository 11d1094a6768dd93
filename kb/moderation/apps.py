from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "kb.moderation"
    label = "moderation"
    verbose_name = "Moderering"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
        from .notifications import replace_wagtail_notifiers

        replace_wagtail_notifiers()
