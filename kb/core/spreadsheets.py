"""Every CSV the admin exports (Wagtail's SpreadsheetExportMixin: our search report, and
Wagtail's own reports and listings) has its text cells neutralised against formula injection
(OWASP «CSV Injection»): a cell that begins with =, +, -, @, a tab or a carriage return gets
a leading apostrophe, so a spreadsheet shows it as text instead of running it. Those cells
hold what anyone can type: a search query, a page title written by a municipality editor.

Wagtail already turns formulas into text in its xlsx export, but writes CSV cells as they
are; the one method that writes a CSV row is wrapped here, once, so that no export is missed
(its own reports are not our classes)."""

from wagtail.admin.views.mixins import SpreadsheetExportMixin

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    """The cell's value, with a leading apostrophe when text could start a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def install():
    write_csv_row = SpreadsheetExportMixin.write_csv_row
    if getattr(write_csv_row, "neutralises_formulas", False):
        return

    def write_safe_csv_row(self, writer, row_dict):
        row = {
            field: neutralise(self.preprocess_field_value(field, value, self.FORMAT_CSV))
            for field, value in row_dict.items()
        }
        # The values are prepared already: written through unchanged.
        return writer.writerow(row)

    write_safe_csv_row.neutralises_formulas = True
    SpreadsheetExportMixin.write_csv_row = write_safe_csv_row
