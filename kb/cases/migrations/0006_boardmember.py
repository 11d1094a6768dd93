# BoardMember moves here from moderation (its table was renamed in moderation.0003). The
# content type follows, so the permissions groups already hold on board members stay valid.

import django.db.models.deletion
from django.db import migrations, models


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    if not ContentType.objects.filter(app_label='cases', model='boardmember').exists():
        ContentType.objects.filter(app_label='moderation', model='boardmember').update(
            app_label='cases'
        )


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model('contenttypes', 'ContentType')
    if not ContentType.objects.filter(app_label='moderation', model='boardmember').exists():
        ContentType.objects.filter(app_label='cases', model='boardmember').update(
            app_label='moderation'
        )


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0005_municipalitypage_sponsor'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('moderation', '0003_boardmember_table_to_cases'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='BoardMember',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('name', models.CharField(max_length=200, verbose_name='Navn')),
                        ('email', models.EmailField(blank=True, max_length=254, verbose_name='E-post')),
                        ('phone', models.CharField(blank=True, max_length=50, verbose_name='Telefon')),
                    ],
                    options={
                        'verbose_name': 'styremedlem',
                        'verbose_name_plural': 'styremedlemmer',
                        'ordering': ['name'],
                    },
                ),
            ],
        ),
        migrations.AlterField(
            model_name='municipalitypage',
            name='sponsor',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='municipalities', to='cases.boardmember', verbose_name='Fadder i styret'),
        ),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
