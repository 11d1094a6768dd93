"""Wagtail creates "Editors" and "Moderators" groups and a "Moderators approval" workflow on
the root page. Samskapingsbanken defines its own roles and workflow in code, so these go."""

from django.db import migrations

DEFAULT_GROUPS = ["Editors", "Moderators"]
DEFAULT_WORKFLOW = "Moderators approval"


def remove_defaults(apps, schema_editor):
    Group = apps.get_model("auth.Group")
    Workflow = apps.get_model("wagtailcore.Workflow")
    Task = apps.get_model("wagtailcore.Task")

    Workflow.objects.filter(name=DEFAULT_WORKFLOW).delete()
    Task.objects.filter(name=DEFAULT_WORKFLOW).delete()
    Group.objects.filter(name__in=DEFAULT_GROUPS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [migrations.RunPython(remove_defaults, migrations.RunPython.noop)]
