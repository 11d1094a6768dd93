"""Dates as readers see them, in Norwegian: "3. april 2025", "3.–4. april 2025",
"august 2023–juni 2024", "januar 2025 – pågår". The one place that formats dates; the
`date_range` template tag renders the same text with <time> elements."""

import datetime

from django.utils import dateformat, timezone
from django.utils.html import format_html

DAY = "day"
MONTH = "month"

# Text format and machine-readable <time datetime> format per precision.
_FULL = {DAY: "j. F Y", MONTH: "F Y"}
_WITHOUT_YEAR = {DAY: "j. F", MONTH: "F"}
_MACHINE = {DAY: "Y-m-d", MONTH: "Y-m"}


def as_date(value):
    """A date from a date or datetime (an aware datetime in the site's time zone)."""
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def format_date(day, precision=DAY):
    """One date: "3. april 2025" (DAY) or "april 2025" (MONTH)."""
    return dateformat.format(as_date(day), _FULL[precision])


def machine_date(day, precision=DAY):
    """The value of a <time datetime> attribute: "2025-04-03" or "2025-04"."""
    return dateformat.format(as_date(day), _MACHINE[precision])


def range_parts(start, end=None, precision=DAY):
    """The range as [(date, text), ...]: one part, or two to be joined by an en dash.

    What the end repeats is left out of the start: "3.–4. april 2025",
    "30. mars–2. april 2025", "april–juni 2025"."""
    start, end = as_date(start), as_date(end)
    full = _FULL[precision]
    if not end or _same(start, end, precision):
        return [(start, dateformat.format(start, full))]
    if (start.year, start.month) == (end.year, end.month):
        start_text = dateformat.format(start, "j.")
    elif start.year == end.year:
        start_text = dateformat.format(start, _WITHOUT_YEAR[precision])
    else:
        start_text = dateformat.format(start, full)
    return [(start, start_text), (end, dateformat.format(end, full))]


def _same(start, end, precision):
    if precision == MONTH:
        return (start.year, start.month) == (end.year, end.month)
    return start == end


def format_range(start, end=None, precision=DAY, open_end=""):
    """A date or date range as plain text. Without an end, `open_end` (e.g. "pågår") is
    shown after a spaced dash: "januar 2025 – pågår"."""
    if not start:
        return ""
    text = "–".join(part for _, part in range_parts(start, end, precision))
    if not end and open_end:
        text = f"{text} – {open_end}"
    return text


def date_range_html(start, end=None, precision=DAY, open_end=""):
    """format_range() with each date in a <time> element."""
    if not start:
        return ""
    parts = [
        format_html('<time datetime="{}">{}</time>', machine_date(day, precision), text)
        for day, text in range_parts(start, end, precision)
    ]
    html = format_html("{}–{}", *parts) if len(parts) == 2 else parts[0]
    if not end and open_end:
        html = format_html("{} – {}", html, open_end)
    return html
