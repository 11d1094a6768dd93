"""The result as an SVG bar chart: one row per value, a bar to the group's mean and a line
from the lowest to the highest partner's score. Drawn on the server, so it needs no
script; the page shows the same numbers as a table beside it."""

import textwrap
from dataclasses import dataclass

from .statements import HIGHEST, LOWEST

LABEL_WIDTH = 250
LABEL_CHARACTERS = 30  # per line of a value's name, left of the plot
PLOT_WIDTH = 330
ROW_HEIGHT = 56
TOP = 30


@dataclass
class Row:
    label_lines: list
    y: float
    bar_width: float
    mean: float
    low_x: float
    high_x: float
    mean_x: float


def x_of(score):
    return LABEL_WIDTH + (score - LOWEST) / (HIGHEST - LOWEST) * PLOT_WIDTH


def layout(results):
    """What the chart template draws: its size, the scale's ticks and a row per value."""
    rows = [
        Row(
            label_lines=textwrap.wrap(result.label, LABEL_CHARACTERS)[:2],
            y=TOP + index * ROW_HEIGHT,
            bar_width=x_of(result.mean) - LABEL_WIDTH,
            mean=result.mean,
            low_x=x_of(result.lowest),
            high_x=x_of(result.highest),
            mean_x=x_of(result.mean),
        )
        for index, result in enumerate(results)
    ]
    ticks = [(score, x_of(score)) for score in range(LOWEST, HIGHEST + 1)]
    return {
        "width": LABEL_WIDTH + PLOT_WIDTH + 40,
        "height": TOP + len(rows) * ROW_HEIGHT + 10,
        "plot_left": LABEL_WIDTH,
        "plot_bottom": TOP + len(rows) * ROW_HEIGHT - 10,
        "ticks": ticks,
        "rows": rows,
        "row_height": ROW_HEIGHT,
    }
