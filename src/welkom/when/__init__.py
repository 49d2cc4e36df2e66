"""Dutch times, opening hours and recurrence: "elke derde zaterdag van de maand", "13.00-16.00".

Parsing is strict but friendly: anything we cannot read raises WhenError with a Dutch (B1)
message that says what is wrong and how to write it instead.
"""

from welkom.when.holidays import dutch_holidays
from welkom.when.occurrences import AMSTERDAM, DEFAULT_START, first_date, occurrences, preview
from welkom.when.opening import opening_words, parse_opening
from welkom.when.recurrence import describe, parse_recurrence
from welkom.when.times import parse_time_range
from welkom.when.types import Occurrence, OpeningHours, Recurrence, Schedule, TimeRange, WhenError

__all__ = [
    "AMSTERDAM",
    "DEFAULT_START",
    "Occurrence",
    "OpeningHours",
    "Recurrence",
    "Schedule",
    "TimeRange",
    "WhenError",
    "describe",
    "dutch_holidays",
    "first_date",
    "occurrences",
    "opening_words",
    "parse_opening",
    "parse_recurrence",
    "parse_time_range",
    "preview",
]
