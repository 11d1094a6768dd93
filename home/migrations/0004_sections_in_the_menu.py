# The main menu used to list the four section pages by type; it now follows «Vis i menyer»
# (show_in_menus). Sections that exist already are ticked, in the page and in its latest
# revision (the editor opens the revision, and publishing it must not drop the menu item).

from django.db import migrations

SECTIONS = [
    ("methods", "MethodIndexPage"),
    ("cases", "CaseIndexPage"),
    ("conferences", "ConferenceIndexPage"),
    ("themes", "ThemeIndexPage"),
]


def tick_sections(apps, schema_editor):
    Revision = apps.get_model("wagtailcore", "Revision")
    for app_label, model_name in SECTIONS:
        model = apps.get_model(app_label, model_name)
        for page in model.objects.filter(show_in_menus=False):
            page.show_in_menus = True
            page.save(update_fields=["show_in_menus"])
            if page.latest_revision_id:
                revision = Revision.objects.get(pk=page.latest_revision_id)
                revision.content["show_in_menus"] = True
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0003_create_homepage'),
        ('methods', '0002_initial'),
        ('cases', '0006_boardmember'),
        ('conferences', '0002_initial'),
        ('themes', '0001_initial'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.RunPython(tick_sections, migrations.RunPython.noop),
    ]
