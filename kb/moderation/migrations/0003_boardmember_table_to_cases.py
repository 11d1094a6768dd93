# BoardMember moves to the cases app, beside the municipalities it sponsors: the table is
# renamed here, the model's state moves in cases.0006, and moderation.0004 forgets it.

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('moderation', '0002_adviserapprovaltask_municipalityaccess'),
    ]

    operations = [
        migrations.AlterModelTable(name='boardmember', table='cases_boardmember'),
    ]
