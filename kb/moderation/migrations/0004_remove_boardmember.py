# The model now lives in cases (cases.0006); only the state is removed here, not the table.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0006_boardmember'),
        ('moderation', '0003_boardmember_table_to_cases'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[migrations.DeleteModel(name='BoardMember')],
        ),
    ]
