from django.apps import AppConfig


class CasesConfig(AppConfig):
    name = "kb.cases"
    label = "cases"
    verbose_name = "Erfaringer"
