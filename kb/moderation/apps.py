from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "kb.moderation"
    label = "moderation"
    verbose_name = "Moderering"
