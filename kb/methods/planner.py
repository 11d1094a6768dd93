"""The workshop planner: a leader picks methods, orders them, gives each its minutes and
gets a timed agenda. There is no account and nothing is stored: the plan is the query
string (navn, start, then metode/minutter in pairs), so the plan's address is the plan and
can be shared. Everything read from it is bounded and checked here, and what cannot be
used is dropped with a message in Norwegian, never an error page."""

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from urllib.parse import urlencode

from .situation import DurationUnit

NAME = "navn"
START = "start"
METHOD = "metode"
MINUTES = "minutter"
ADD = "legg_til"
PARAMETERS = (NAME, START, METHOD, MINUTES, ADD)

MAX_METHODS = 12  # more than a three-hour meeting can hold
MAX_NAME_LENGTH = 120
MIN_MINUTES, MAX_MINUTES = 1, 180
MEETING_MIN_MINUTES, MEETING_MAX_MINUTES = 60, 180
DEFAULT_MINUTES = 30
DEFAULT_START = time(9, 0)
# At most what a database id holds; longer digit strings are not ids (and not read as ints).
METHOD_ID = re.compile(r"[0-9]{1,9}")
CLOCK = re.compile(r"([01]?[0-9]|2[0-3])[:.]([0-5][0-9])")
QUOTED_LENGTH = 40  # how much of a value we could not read is repeated in the message


@dataclass
class Entry:
    """One method in the plan, with its place on the clock."""

    method: object
    minutes: int
    starts: time = None
    ends: time = None


@dataclass
class Plan:
    name: str = ""
    start: time = DEFAULT_START
    entries: list = field(default_factory=list)
    problems: list = field(default_factory=list)

    @property
    def total_minutes(self):
        return sum(entry.minutes for entry in self.entries)

    @property
    def ends(self):
        return clock_after(self.start, self.total_minutes)

    @property
    def length_problem(self):
        """Why the meeting's length does not fit, or ""."""
        total = self.total_minutes
        if not self.entries or MEETING_MIN_MINUTES <= total <= MEETING_MAX_MINUTES:
            return ""
        change = (
            "Legg til en metode eller flere minutter."
            if total < MEETING_MIN_MINUTES
            else "Ta bort en metode eller gi metodene færre minutter."
        )
        return (
            f"Møtet varer til sammen {total} minutter. En møteplan skal være mellom "
            f"{MEETING_MIN_MINUTES} og {MEETING_MAX_MINUTES} minutter. {change}"
        )

    def pairs(self, entries=None):
        """The plan as query parameters, in order; `entries` in place of the plan's own."""
        pairs = [(NAME, self.name)] if self.name else []
        pairs.append((START, self.start.strftime("%H:%M")))
        for entry in self.entries if entries is None else entries:
            pairs += [(METHOD, entry.method.pk), (MINUTES, entry.minutes)]
        return pairs

    def querystring(self, entries=None):
        return urlencode(self.pairs(entries))

    def moves(self):
        """For each entry: the query strings of the plan with it moved up, moved down and
        taken out (None where it cannot move)."""
        entries = self.entries
        for index, entry in enumerate(entries):
            up = down = None
            if index > 0:
                up = entries[: index - 1] + [entry, entries[index - 1]] + entries[index + 1 :]
            if index < len(entries) - 1:
                down = entries[:index] + [entries[index + 1], entry] + entries[index + 2 :]
            without = entries[:index] + entries[index + 1 :]
            yield (
                entry,
                up and self.querystring(up),
                down and self.querystring(down),
                self.querystring(without),
            )


def clock_after(start, minutes):
    """The clock time `minutes` after `start` (past midnight it goes round)."""
    return (datetime.combine(datetime.min, start) + timedelta(minutes=minutes)).time()


def quoted(value):
    value = " ".join(value.split())
    return value if len(value) <= QUOTED_LENGTH else value[: QUOTED_LENGTH - 1] + "…"


def suggested_minutes(method):
    """The minutes a method gets when added: the shortest time it says it needs, if that is
    in minutes and fits a meeting."""
    shortest = method.duration_min
    if method.duration_unit == DurationUnit.MINUTES and shortest and shortest <= MAX_MINUTES:
        return shortest
    return DEFAULT_MINUTES


def read_name(query):
    name = " ".join("".join(c for c in query.get(NAME, "") if c.isprintable()).split())
    return name[:MAX_NAME_LENGTH]


def read_start(query, problems):
    value = query.get(START, "").strip()
    if not value:
        return DEFAULT_START
    if match := CLOCK.fullmatch(value):
        return time(int(match[1]), int(match[2]))
    problems.append(
        f"Starttiden «{quoted(value)}» forstår vi ikke. Skriv den som timer og minutter, "
        f"for eksempel 18:00. Planen starter nå kl. {DEFAULT_START:%H:%M}."
    )
    return DEFAULT_START


def read_plan(query, find_methods):
    """The plan in a query (a QueryDict). `find_methods(ids)` gives {id: method} for those
    ids that are methods a visitor may see; the rest are left out, each with a message."""
    problems = []
    plan = Plan(name=read_name(query), start=read_start(query, problems), problems=problems)
    ids = query.getlist(METHOD)[: MAX_METHODS + 1]
    minutes = query.getlist(MINUTES)[: MAX_METHODS + 1]
    # A method without minutes of its own (fewer minutter than metode) gets its suggestion.
    wanted = list(itertools.zip_longest(ids, minutes[: len(ids)]))
    if added := query.get(ADD, "").strip():
        wanted.append((added, None))
    if len(wanted) > MAX_METHODS:
        problems.append(
            f"En møteplan kan ha høyst {MAX_METHODS} metoder. De som kom etter, er tatt ut."
        )
        wanted = wanted[:MAX_METHODS]

    readable = []
    for value, minutes_value in wanted:
        if METHOD_ID.fullmatch(value.strip()):
            readable.append((int(value), minutes_value))
        else:
            problems.append(f"«{quoted(value)}» er ikke en metode, og er tatt ut av planen.")
    methods = find_methods({pk for pk, _minutes in readable}) if readable else {}

    for pk, minutes_value in readable:
        method = methods.get(pk)
        if method is None:
            problems.append(
                f"Finner ingen åpen metode med nummer {pk}. Den kan være fjernet, og er "
                "tatt ut av planen."
            )
            continue
        plan.entries.append(Entry(method, read_minutes(minutes_value, method, problems)))

    elapsed = 0
    for entry in plan.entries:
        entry.starts = clock_after(plan.start, elapsed)
        elapsed += entry.minutes
        entry.ends = clock_after(plan.start, elapsed)
    return plan


def read_minutes(value, method, problems):
    suggested = suggested_minutes(method)
    if value is None or not value.strip():
        return suggested
    value = value.strip()
    if re.fullmatch(r"[0-9]{1,3}", value) and MIN_MINUTES <= int(value) <= MAX_MINUTES:
        return int(value)
    problems.append(
        f"Minuttene for «{method.title}» må være et helt tall fra {MIN_MINUTES} til "
        f"{MAX_MINUTES} («{quoted(value)}» går ikke). Metoden har fått {suggested} minutter."
    )
    return suggested
