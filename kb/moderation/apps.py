from django.apps import AppConfig
from wagtail.users import apps as wagtail_users_apps


class ModerationConfig(AppConfig):
    name = "kb.moderation"
    label = "moderation"
    verbose_name = "Moderering"

    def ready(self):
        from . import signals  # noqa: F401  (connects the receivers)
        from .notifications import replace_wagtail_notifiers

        replace_wagtail_notifiers()


class UsersConfig(wagtail_users_apps.WagtailUsersAppConfig):
    """Wagtail's users app with the user views of users.py (INSTALLED_APPS names this
    instead of "wagtail.users"). Its base class is reached through its module: imported by
    name here, Django would count it as a second config of this app and use neither."""

    default = False
    user_viewset = "kb.moderation.users.UserViewSet"
