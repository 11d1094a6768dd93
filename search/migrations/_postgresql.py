"""For the search migrations that only PostgreSQL needs (SQLite has no such indexes)."""

from django.db import migrations


def on_postgresql(forwards, backwards):
    """An operation that runs the SQL statements on PostgreSQL and does nothing elsewhere."""

    def run(statements):
        def operation(apps, schema_editor):
            if schema_editor.connection.vendor != "postgresql":
                return
            for statement in statements:
                schema_editor.execute(statement)

        return operation

    return migrations.RunPython(run(forwards), run(backwards))
