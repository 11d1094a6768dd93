from django.apps import AppConfig


class MethodsConfig(AppConfig):
    name = "kb.methods"
    label = "methods"
    verbose_name = "Metoder"
