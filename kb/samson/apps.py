from django.apps import AppConfig


class SamsonConfig(AppConfig):
    name = "kb.samson"
    label = "samson"
    verbose_name = "SAMSON"
