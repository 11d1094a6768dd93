"""The migrations describe the models as they are: a model change without its migration
fails here (this replaces a separate `makemigrations --check` step in `make test`)."""

from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_every_model_change_has_its_migration():
    output = StringIO()
    try:
        call_command("makemigrations", check=True, dry_run=True, stdout=output)
    except SystemExit:
        pytest.fail(f"Models have changes without a migration:\n{output.getvalue()}")
    assert "No changes detected" in output.getvalue()
