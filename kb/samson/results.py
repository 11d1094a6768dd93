"""What an assessment shows: for each value, every partner's score (the mean of their
answers to its statements), the group's mean and the spread between partners (lowest to
highest), and the same as CSV."""

import csv
import io
from dataclasses import dataclass
from statistics import fmean

from kb.core.spreadsheets import neutralise

from . import chart
from .statements import SCALE, VALUES


@dataclass
class ValueResult:
    key: str
    label: str
    partner_scores: list  # one per partner, in the order they answered

    @property
    def mean(self):
        return round(fmean(self.partner_scores), 2)

    @property
    def lowest(self):
        return round(min(self.partner_scores), 2)

    @property
    def highest(self):
        return round(max(self.partner_scores), 2)

    @property
    def spread(self):
        return round(self.highest - self.lowest, 2)


def summarise(responses):
    """[ValueResult] for the four values, or [] when nobody has answered."""
    answers = [response.scores for response in responses]
    if not answers:
        return []
    return [
        ValueResult(
            value.key,
            value.label,
            [fmean(scores[key] for key, _text in value.statements) for scores in answers],
        )
        for value in VALUES
    ]


CSV_HEADER = ["Verdi", "Gjennomsnitt", "Lavest", "Høyest", "Spredning", "Antall svar"]


def number(value):
    """A number as Norwegian spreadsheets read it: decimal comma."""
    return f"{value:.2f}".replace(".", ",")


def as_csv(assessment, results):
    """The result as CSV (semicolon-separated, as Norwegian Excel opens it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(["SAMSON-egenvurdering", neutralise(assessment.partnership)])
    writer.writerow(CSV_HEADER)
    for result in results:
        writer.writerow(
            [
                result.label,
                number(result.mean),
                number(result.lowest),
                number(result.highest),
                number(result.spread),
                len(result.partner_scores),
            ]
        )
    return buffer.getvalue()


def result_context(assessment):
    """What the result include (templates/samson/result_chart.html) needs: the result page
    and a case story that shows an assessment use it."""
    results = summarise(assessment.responses.all())
    return {
        "assessment": assessment,
        "results": results,
        "chart": chart.layout(results) if results else None,
        "response_count": len(results[0].partner_scores) if results else 0,
        "scale": SCALE,
    }
