"""A method's facts become numbers and choices instead of free text (kb.methods.situation),
so the listing can filter on them. The free text is read as well as it can be: «1,5–2 timer»
is 90–120 minutes, «8–30 deltakere» is 8 to 30; whatever the numbers do not say («per
gruppe», «3–5 møter på …», «2–6 måneder») is kept in the new note field, so nothing written
is lost. «Kan gjennomføres digitalt» yes/no becomes «ja»/«nei»."""

import re

from django.db import migrations, models

NUMBER = r"\d+(?:[.,]\d+)?"
AMOUNT = re.compile(rf"({NUMBER})(?:\s*[–-]\s*({NUMBER}))?\s*([a-zæøå]*)", re.IGNORECASE)
WORKDAY_MINUTES = 360


def _number(text):
    return float(text.replace(",", "."))


def read_duration(text):
    """(shortest, longest, unit) from «45–90 minutter», «1,5 timer», «Fra 3 timer til 2
    dager»; (None, None, "minutter") when no time is named."""
    found = []  # (value, unit) in the order written
    for match in AMOUNT.finditer(text or ""):
        word = match[3].lower()
        if word.startswith("minutt"):
            factor, unit = 1, "minutter"
        elif word.startswith("time"):
            factor, unit = 60, "minutter"
        elif word.startswith("dag"):
            factor, unit = 1, "dager"
        else:
            continue
        found += [(_number(value) * factor, unit) for value in (match[1], match[2]) if value]
    if not found:
        return None, None, "minutter"
    units = {unit for _value, unit in found}
    if len(units) > 1:  # minutes and days: count in minutes
        found = [(v * WORKDAY_MINUTES if u == "dager" else v, "minutter") for v, u in found]
    values = [round(value) for value, _unit in found]
    shortest, longest = min(values), max(values)
    return shortest, (longest if longest != shortest else None), found[0][1]


def read_group(text):
    match = AMOUNT.search(text or "")
    if not match:
        return None, None
    fewest = round(_number(match[1]))
    most = round(_number(match[2])) if match[2] else fewest
    return fewest, most


def facts_from_text(apps, schema_editor):
    MethodPage = apps.get_model("methods", "MethodPage")
    for page in MethodPage.objects.all():
        page.duration_min, page.duration_max, page.duration_unit = read_duration(
            page.time_needed
        )
        page.participants_min, page.participants_max = read_group(page.group_size)
        page.digital = "ja" if page.works_digitally else "nei"
        # The text the numbers cannot say: kept whole unless it is nothing but them.
        notes = []
        if page.time_needed and not re.fullmatch(
            rf"{NUMBER}(\s*[–-]\s*{NUMBER})?\s*(minutter|timer?|dager?)", page.time_needed.strip()
        ):
            notes.append(f"Tidsbruk: {page.time_needed}")
        if page.group_size and not re.fullmatch(
            rf"{NUMBER}(\s*[–-]\s*{NUMBER})?\s*deltakere", page.group_size.strip()
        ):
            notes.append(f"Gruppe: {page.group_size}")
        page.facts_note = "; ".join(notes)[:200]
        page.save(
            update_fields=[
                "duration_min",
                "duration_max",
                "duration_unit",
                "participants_min",
                "participants_max",
                "digital",
                "facts_note",
            ]
        )


def text_from_facts(apps, schema_editor):
    MethodPage = apps.get_model("methods", "MethodPage")
    for page in MethodPage.objects.all():
        unit = "dager" if page.duration_unit == "dager" else "minutter"
        span = "–".join(str(v) for v in (page.duration_min, page.duration_max) if v is not None)
        group = "–".join(
            str(v) for v in (page.participants_min, page.participants_max) if v is not None
        )
        page.time_needed = (f"{span} {unit}" if span else "")[:100]
        page.group_size = (f"{group} deltakere" if group else "")[:100]
        page.works_digitally = page.digital != "nei"
        page.save(update_fields=["time_needed", "group_size", "works_digitally"])


class Migration(migrations.Migration):

    dependencies = [
        ('methods', '0003_page_title_index'),
    ]

    operations = [
        migrations.AddField(
            model_name='methodpage',
            name='digital',
            field=models.CharField(choices=[('ja', 'Ja'), ('delvis', 'Delvis'), ('nei', 'Nei')], default='nei', help_text='«Delvis»: noen steg trenger at dere møtes fysisk.', max_length=10, verbose_name='Kan gjennomføres digitalt'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='duration_max',
            field=models.PositiveIntegerField(blank=True, null=True, verbose_name='Tidsbruk, mest'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='duration_min',
            field=models.PositiveIntegerField(null=True, verbose_name='Tidsbruk, minst'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='duration_unit',
            field=models.CharField(choices=[('minutter', 'Minutter'), ('dager', 'Dager')], default='minutter', max_length=10, verbose_name='Tidsenhet'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='facts_note',
            field=models.CharField(blank=True, help_text='Det tallene ikke sier, for eksempel «per gruppe» eller «per møte, 3–5 møter».', max_length=200, verbose_name='Merknad til fakta'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='for_adults',
            field=models.BooleanField(default=False, verbose_name='Voksne innbyggere'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='for_children',
            field=models.BooleanField(default=False, verbose_name='Barn'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='for_partners',
            field=models.BooleanField(default=False, verbose_name='Ansatte og partnere'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='for_youth',
            field=models.BooleanField(default=False, verbose_name='Unge'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='participants_max',
            field=models.PositiveIntegerField(blank=True, help_text='Tom = ingen øvre grense.', null=True, verbose_name='Deltakere, flest'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='participants_min',
            field=models.PositiveIntegerField(null=True, verbose_name='Deltakere, minst'),
        ),
        migrations.AddField(
            model_name='methodpage',
            name='source_licence',
            field=models.CharField(choices=[('cc-by-nc-sa-4.0', 'CC BY-NC-SA 4.0'), ('cc-by-sa-4.0', 'CC BY-SA 4.0'), ('cc-by-4.0', 'CC BY 4.0'), ('cc-by-nc-3.0', 'CC BY-NC 3.0'), ('fri-bruk', 'Fritt til bruk (ingen åpen lisens oppgitt)'), ('opphavsrett', 'Opphavsrettslig beskyttet (omtalt med egne ord)')], default='opphavsrett', max_length=30, verbose_name='Kildens lisens'),
        ),
        migrations.AlterField(
            model_name='methodpage',
            name='source_url',
            field=models.URLField(blank=True, help_text='Lenke til selve materialet (dokumentet eller verktøyets side), ikke en forside.', verbose_name='Lenke til kilden'),
        ),
            migrations.RunPython(facts_from_text, text_from_facts),
        migrations.RemoveField(
            model_name='methodpage',
            name='group_size',
        ),
        migrations.RemoveField(
            model_name='methodpage',
            name='time_needed',
        ),
        migrations.RemoveField(
            model_name='methodpage',
            name='works_digitally',
        ),
    ]
