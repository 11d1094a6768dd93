"""A method's worksheet, made from the method's own content: a printable PDF with its
facts, steps (each with room to write) and source, and for SoImpact a spreadsheet with a
column for each of its six steps. Nothing is kept: both are made when asked for, so they
always follow the page."""

import io
import re
from pathlib import Path

from django.utils.html import strip_tags
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from kb.core.pdf import render_pdf

# SoImpact's six steps as columns (KS's handbook «La oss gjøre det sammen!»): one row per
# target group, since the third step narrows the work to target groups, each with its own
# goal.
SOIMPACT_COLUMNS = [
    ("1. Fakta", "Formål og leveranser"),
    ("2. Problemet", "Årsaker, virkninger og løsninger som finnes"),
    ("3. Målgruppe og suksessmål", "Hvem, og hva er suksess for dem (avklart med dem)"),
    ("4. Aktiviteter og endringshypotese", "Hva dere gjør, og hvorfor det skal virke"),
    ("5. Indikatorer og måling", "Hva dere måler, og hvordan"),
    ("6. Mål, nullpunkt og målinger", "Mål med frist, nullpunktsmåling, nye målinger"),
]
SOIMPACT_ROWS = 12  # empty rows ready to fill in
WORKSHEET_CSS = (Path(__file__).parent / "worksheet.css").read_text(encoding="utf-8")


def numbered_steps(method):
    """[(heading, description HTML)]: each step numbered, unless its title is already."""
    steps = []
    for number, step in enumerate(method.steps, start=1):
        title = step.value["title"]
        heading = title if re.match(r"\d", title) else f"{number}. {title}"
        steps.append((heading, step.value["description"]))
    return steps


def worksheet_pdf(method, request=None):
    context = {"method": method, "steps": numbered_steps(method)}
    return render_pdf(
        "methods/worksheet.html",
        context,
        request=request,
        title=f"Arbeidsark: {method.title}",
        css=WORKSHEET_CSS,
    )


def soimpact_workbook(method):
    """The SoImpact spreadsheet (.xlsx bytes): a sheet to fill in and one with the
    method's steps as the guide."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "SoImpact"
    sheet.append([title for title, _hint in SOIMPACT_COLUMNS])
    sheet.append([hint for _title, hint in SOIMPACT_COLUMNS])
    header_fill = PatternFill("solid", fgColor="1D3557")
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = header_fill
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for cell in sheet[2]:
        cell.font = Font(italic=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in range(3, 3 + SOIMPACT_ROWS):
        for column in range(1, len(SOIMPACT_COLUMNS) + 1):
            sheet.cell(row=row, column=column).alignment = Alignment(wrap_text=True, vertical="top")
    for column in range(1, len(SOIMPACT_COLUMNS) + 1):
        sheet.column_dimensions[get_column_letter(column)].width = 32
    sheet.freeze_panes = "A3"

    guide = workbook.create_sheet("Slik gjør dere")
    guide.append([method.title])
    guide["A1"].font = Font(bold=True, size=14)
    guide.append([method.summary])
    for heading, description in numbered_steps(method):
        guide.append([heading, strip_tags(str(description))])
    guide.append([])
    guide.append(["Kilde", method.source_title])
    guide.append(["Lisens", method.licence.label])
    guide.column_dimensions["A"].width = 40
    guide.column_dimensions["B"].width = 90
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
