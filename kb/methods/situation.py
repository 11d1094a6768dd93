"""What decides whether a method fits a group's situation: how many they are, how much time
they have, who takes part and whether they can meet digitally. The facts are numbers and
choices (not free text), so the method listing and the search page can answer «we are 6
people and have 90 minutes»."""

from django.db import models
from django.db.models import Case, F, Q, When

# A day of a workshop or a seminar, as a time budget: six working hours.
WORKDAY_MINUTES = 6 * 60


class DurationUnit(models.TextChoices):
    MINUTES = "minutter", "Minutter"
    DAYS = "dager", "Dager"


class TargetGroup(models.TextChoices):
    """Who takes part; each is a yes/no field of the method (for_<name>)."""

    CHILDREN = "barn", "Barn"
    YOUTH = "unge", "Unge"
    ADULTS = "voksne", "Voksne innbyggere"
    PARTNERS = "partnere", "Ansatte og partnere"


TARGET_GROUP_FIELDS = {
    TargetGroup.CHILDREN: "for_children",
    TargetGroup.YOUTH: "for_youth",
    TargetGroup.ADULTS: "for_adults",
    TargetGroup.PARTNERS: "for_partners",
}

# The time a group has: (value in the query string, label, minutes). A method fits when its
# shortest run takes no longer.
TIME_BUDGETS = [
    ("30", "30 minutter", 30),
    ("60", "1 time", 60),
    ("90", "1,5 timer", 90),
    ("120", "2 timer", 120),
    ("180", "3 timer", 180),
    ("halv-dag", "En halv dag", WORKDAY_MINUTES // 2 + 60),
    ("dag", "En dag", WORKDAY_MINUTES),
    ("flere-dager", "Flere dager", 5 * WORKDAY_MINUTES),
]

# Group sizes the search page offers: (value, label, (fewest, most)).
PARTICIPANT_RANGES = [
    ("1-5", "1–5", (1, 5)),
    ("6-12", "6–12", (6, 12)),
    ("13-30", "13–30", (13, 30)),
    ("31-100", "31–100", (31, 100)),
    ("over-100", "Over 100", (101, float("inf"))),
]


def shortest_minutes(duration_min, unit):
    """The least time the method takes, in minutes (a day counts as WORKDAY_MINUTES)."""
    if duration_min is None:
        return None
    return duration_min * WORKDAY_MINUTES if unit == DurationUnit.DAYS else duration_min


def that_fit(methods, participants=None, minutes=None, target_group=None):
    """The methods that fit a group of `participants` with `minutes` of time, for
    `target_group` (each None: not asked). A method whose facts are unknown fits nothing
    that is asked."""
    if participants is not None:
        methods = methods.filter(participants_min__lte=participants).filter(
            Q(participants_max__isnull=True) | Q(participants_max__gte=participants)
        )
    if minutes is not None:
        methods = methods.alias(
            shortest=Case(
                When(duration_unit=DurationUnit.DAYS, then=F("duration_min") * WORKDAY_MINUTES),
                default=F("duration_min"),
                output_field=models.IntegerField(),
            )
        ).filter(shortest__lte=minutes)
    if target_group:
        methods = methods.filter(**{TARGET_GROUP_FIELDS[TargetGroup(target_group)]: True})
    return methods


def format_participants(fewest, most):
    if fewest is None:
        return ""
    if most is None:
        return f"Fra {fewest} deltakere"
    if most == fewest:
        return f"{fewest} deltaker" + ("e" if fewest != 1 else "")
    return f"{fewest}–{most} deltakere"


# The words a leader uses for a group's size («et stort møte», «en liten gruppe»), indexed
# beside the numbers: a method fits a small group when it works with this few, a large one
# when it works with more than this many (or has no upper bound).
SMALL_GROUP, LARGE_GROUP = 5, 30


def group_size_words(fewest, most):
    """«små grupper», «store grupper» or both, for search: a query names a size in words."""
    words = []
    if fewest is not None and fewest <= SMALL_GROUP:
        words.append("små grupper")
    if fewest is not None and (most is None or most > LARGE_GROUP):
        words.append("store grupper")
    return " ".join(words)


def _hours(minutes):
    hours = minutes / 60
    text = f"{hours:g}".replace(".", ",")
    return text, "time" if hours == 1 else "timer"


def _in_hours(minutes):
    return minutes >= 60 and minutes % 30 == 0


def format_duration(shortest, longest, unit):
    """«45–90 minutter», «1,5–2 timer», «45 minutter–2 timer», «1–2 dager»."""
    if shortest is None:
        return ""
    if unit == DurationUnit.DAYS:
        most = longest if longest and longest != shortest else None
        noun = "dag" if (most or shortest) == 1 else "dager"
        return f"{shortest}–{most} {noun}" if most else f"{shortest} {noun}"
    values = [shortest] if not longest or longest == shortest else [shortest, longest]
    if all(_in_hours(value) for value in values):
        numbers = [_hours(value)[0] for value in values]
        return "–".join(numbers) + " " + _hours(values[-1])[1]
    if all(value < 120 for value in values):
        return "–".join(str(value) for value in values) + " minutter"
    parts = []
    for value in values:
        if _in_hours(value):
            number, noun = _hours(value)
            parts.append(f"{number} {noun}")
        else:
            parts.append(f"{value} minutter")
    return " – ".join(parts)
