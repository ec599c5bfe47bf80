"""The working-day calendar: which days the office is open and for how many minutes.

Indonesian national holidays (category ``public``) and cuti bersama (category
``government``) come from the ``holidays`` package. The result is one row per day with
the cumulative working minutes before that day, so SQL can compute working time between
two instants as the difference of two lookups.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import holidays
import pandas as pd

FIRST_YEAR = 2015
LAST_YEAR = 2035


@dataclass(frozen=True)
class OfficeHours:
    """Office hours: opening and closing time, the weekdays worked (0 = Monday), and other hours
    on some weekdays (e.g. a shorter Friday): ``special`` holds (weekday, open, close)."""

    open: dt.time = dt.time(8, 0)
    close: dt.time = dt.time(16, 0)
    weekdays: tuple[int, ...] = (0, 1, 2, 3, 4)
    special: tuple[tuple[int, dt.time, dt.time], ...] = ()

    @classmethod
    def parse(cls, hours: str = "08:00-16:00", weekdays: str = "1-5") -> OfficeHours:
        """Parse '08:00-16:00' and ISO weekdays '1-5' (or '1,2,3,4,5'). Other hours on some weekdays
        follow the usual ones after ';' as ISO weekday=hours: '07:30-16:00;5=07:30-11:30' (Friday)."""
        usual, *others = (part.strip() for part in hours.split(";"))
        start, end = _span(usual)
        if "-" in weekdays:
            lo, hi = (int(x) for x in weekdays.split("-"))
            days = tuple(range(lo - 1, hi))
        else:
            days = tuple(int(x) - 1 for x in weekdays.split(","))
        if not days or any(d < 0 or d > 6 for d in days):
            raise ValueError(f"weekdays must be ISO numbers 1..7: {weekdays!r}")
        special = []
        for other in others:
            day, _, span = other.partition("=")
            weekday = int(day) - 1
            if weekday not in days or not span:
                raise ValueError(f"other hours need a weekday worked, e.g. 5=07:30-11:30: {other!r}")
            special.append((weekday, *_span(span)))
        return cls(start, end, days, tuple(sorted(special)))

    def as_text(self) -> tuple[str, str]:
        days = ",".join(str(d + 1) for d in self.weekdays)
        hours = f"{self.open:%H:%M}-{self.close:%H:%M}"
        hours += "".join(f";{d + 1}={o:%H:%M}-{c:%H:%M}" for d, o, c in self.special)
        return hours, days

    def minutes(self, weekday: int) -> tuple[int, int]:
        """Opening and closing minute of a weekday worked."""
        for day, start, end in self.special:
            if day == weekday:
                return start.hour * 60 + start.minute, end.hour * 60 + end.minute
        return self.open.hour * 60 + self.open.minute, self.close.hour * 60 + self.close.minute


def _span(text: str) -> tuple[dt.time, dt.time]:
    start, end = (dt.time.fromisoformat(part.strip()) for part in text.split("-"))
    if end <= start:
        raise ValueError(f"office hours must close after they open: {text!r}")
    return start, end


DEFAULT_HOURS = OfficeHours()


def indonesian_holidays(first_year: int, last_year: int) -> dict[dt.date, tuple[str, str]]:
    """Map each holiday date to (name in Bahasa Indonesia, 'public' or 'cuti_bersama')."""
    years = range(first_year, last_year + 1)
    public = holidays.Indonesia(years=years, categories=("public",), language="id")
    joint = holidays.Indonesia(years=years, categories=("government",), language="id")
    result = {day: (name, "cuti_bersama") for day, name in joint.items()}
    result.update({day: (name, "public") for day, name in public.items()})
    return result


def build_calendar(
    hours: OfficeHours = DEFAULT_HOURS, first_year: int = FIRST_YEAR, last_year: int = LAST_YEAR
) -> pd.DataFrame:
    """One row per day from 1 Jan first_year to 31 Dec last_year (columns of calendar_days)."""
    days = pd.date_range(f"{first_year}-01-01", f"{last_year}-12-31", freq="D")
    hol = indonesian_holidays(first_year, last_year)
    names = [hol.get(d.date(), (None, None)) for d in days]
    frame = pd.DataFrame(
        {
            "day": days.date,
            "holiday_name": [n for n, _ in names],
            "holiday_kind": [k for _, k in names],
        }
    )
    frame["is_working"] = days.day_of_week.isin(hours.weekdays) & frame["holiday_kind"].isna()
    spans = {weekday: hours.minutes(weekday) for weekday in range(7)}
    frame["open_minute"] = [spans[w][0] for w in days.day_of_week]
    frame["close_minute"] = [spans[w][1] for w in days.day_of_week]
    minutes = frame["is_working"].astype("int64") * (frame["close_minute"] - frame["open_minute"])
    frame["cum_minutes_before"] = minutes.cumsum() - minutes
    return frame[
        ["day", "is_working", "holiday_name", "holiday_kind", "open_minute", "close_minute", "cum_minutes_before"]
    ]
