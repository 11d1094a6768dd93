"""django.contrib.admin and wagtail.contrib.forms were installed but never used, and are
removed from INSTALLED_APPS. Their empty tables would be left behind in databases created
before that (with foreign keys to users and pages), so they go too. A database created
later never had them."""

from django.db import migrations

TABLES = ["django_admin_log", "wagtailforms_formsubmission"]


class Migration(migrations.Migration):
    dependencies = [("core", "0002_remove_wagtail_default_roles")]

    operations = [
        migrations.RunSQL(
            [f"DROP TABLE IF EXISTS {table}" for table in TABLES],
            reverse_sql=migrations.RunSQL.noop,
        ),
    ]
