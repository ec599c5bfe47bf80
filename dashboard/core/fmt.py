"""Numbers, dates and durations in Indonesian (default) or English, via Babel.

The one formatter of the product: pages, charts, exports and the CLI call these.
"""

from __future__ import annotations

import datetime as dt
import decimal
import math
import re

from babel.dates import format_date, format_datetime, get_day_names
from babel.numbers import format_decimal

from dashboard.core.i18n import current_lang, t

LOCALES = {"id": "id_ID", "en": "en_US"}


def _locale(lang: str | None) -> str:
    return LOCALES[lang or current_lang()]


def _missing(x: object) -> bool:
    if x is None:
        return True
    try:
        return bool(math.isnan(x))  # type: ignore[arg-type]
    except TypeError:
        return False


#: Group and decimal symbols of the locales (as Babel's CLDR data has them).
_SYMBOLS = {"id_ID": (".", ","), "en_US": (",", ".")}


def number(x: float | int | None, decimals: int = 0, lang: str | None = None) -> str:
    """1.234.567 / 12,5 (id) or 1,234,567 / 12.5 (en); '–' for missing.

    Rounds as Babel does (the decimal value of str(x), half to even) but about 6x faster: a
    chart's tooltips format thousands of numbers on every page run."""
    if _missing(x):
        return "–"
    locale = _locale(lang)
    try:
        value = decimal.Decimal(x if isinstance(x, int) else str(x))
        text = f"{value.quantize(decimal.Decimal(1).scaleb(-decimals), rounding=decimal.ROUND_HALF_EVEN):,f}"
    except (decimal.InvalidOperation, ValueError, TypeError):  # infinity, an unusual type: Babel says it
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return format_decimal(x, format=pattern, locale=locale)
    group, point = _SYMBOLS[locale]
    return text.replace(",", "\0").replace(".", point).replace("\0", group)


def percent(x: float | None, decimals: int = 1, lang: str | None = None) -> str:
    """A share given in percent points (62.34 -> '62,3 %')."""
    return "–" if _missing(x) else f"{number(x, decimals, lang)} %"


def date(d: dt.date | None, lang: str | None = None) -> str:
    """'28 Nov 2026'."""
    return "–" if _missing(d) or d is None else format_date(d, "d MMM y", locale=_locale(lang))


def month(d: dt.date, lang: str | None = None) -> str:
    """'Nov 2026'."""
    return format_date(d, "MMM y", locale=_locale(lang))


def datetime(d: dt.datetime | None, lang: str | None = None) -> str:
    """'28 Nov 2026 09.05' (id) / '28 Nov 2026 09:05' (en)."""
    if _missing(d) or d is None:
        return "–"
    return format_datetime(
        d, "d MMM y HH.mm" if (lang or current_lang()) == "id" else "d MMM y HH:mm", locale=_locale(lang)
    )


def semester(period: str, lang: str | None = None) -> str:
    """'2025-S1' -> 'Semester I 2025' (id) / 'H1 2025' (en)."""
    year, half = period.split("-S")
    if (lang or current_lang()) == "en":
        return f"H{half} {year}"
    return f"Semester {'I' if half == '1' else 'II'} {year}"


_WORKING_DAY = {"minutes": 480}


def set_working_day_minutes(minutes: int) -> None:
    """The length of one working day of the open store (data layer, on opening it: the store's
    office hours, macro working_day_minutes)."""
    _WORKING_DAY["minutes"] = int(minutes)


def working_day_minutes() -> int:
    """Working minutes in one working day of the store's office hours (480 for 08.00-16.00)."""
    return _WORKING_DAY["minutes"]


def duration(minutes: float | None, working: bool, lang: str | None = None) -> str:
    """Durations in words people use, saying whether it is working or elapsed time.

    working=True: '35 menit', '2 jam 10 menit', '1,5 hari kerja' (working days of the store's
    office hours, working_day_minutes(), from one day on). working=False: the same with calendar
    days of 24 hours.
    """
    if _missing(minutes):
        return "–"
    minutes = max(float(minutes), 0.0)
    day_minutes = working_day_minutes() if working else 1440
    if minutes >= day_minutes:
        days = number(minutes / day_minutes, 1, lang)
        return t("fmt.days_working" if working else "fmt.days", lang=lang, n=days)
    whole = int(round(minutes))
    hours, mins = divmod(whole, 60)
    if hours == 0:
        return t("fmt.minutes", lang=lang, n=mins)
    if mins == 0:
        return t("fmt.hours", lang=lang, n=hours)
    return t("fmt.hours_minutes", lang=lang, h=hours, m=mins)


def office_hours(stored: str, lang: str | None = None) -> str:
    """Stored office hours '07:30-16:00;5=07:30-11:30' -> '07.30–16.00 (Jumat 07.30–11.30)' (id)."""
    names = get_day_names("wide", locale=_locale(lang))

    def span(text: str) -> str:
        start, end = (part.strip() for part in text.split("-"))
        if (lang or current_lang()) == "id":
            start, end = start.replace(":", "."), end.replace(":", ".")
        return f"{start}–{end}"

    usual, *others = stored.split(";")
    text = span(usual)
    if others:
        text += " (" + ", ".join(f"{names[int(d) - 1]} {span(h)}" for d, h in (o.split("=") for o in others)) + ")"
    return text


def weekdays(iso_days: str, lang: str | None = None) -> str:
    """ISO weekdays '1,2,3,4,5' -> 'Senin–Jumat' (a run) or 'Senin, Rabu' (otherwise)."""
    names = get_day_names("wide", locale=_locale(lang))
    days = [int(d) - 1 for d in iso_days.split(",") if d.strip()]
    if len(days) > 2 and days == list(range(days[0], days[-1] + 1)):
        return f"{names[days[0]]}–{names[days[-1]]}"
    return ", ".join(names[d] for d in days)


_MARKDOWN_SIGNS = re.compile(r"([\\`*_\[\]<>!|~$:&@])")  # links, images, emphasis, code, HTML, colours, maths
_WWW = re.compile(r"(?i)\b(www)\.")  # a bare www.… would become a link
_LINE_START = re.compile(r"^([#+=-]|\d+(?=[.)]))")  # headings, lists, rules at the start of a line


def plain(value: object) -> str:
    """Text someone typed or imported (a name, a note, an event's description), for a Streamlit
    element that renders Markdown: shown as typed, never as a link, image, heading, colour or
    HTML. Markdown signs are escaped (ordinary names and sentences stay as they are); line
    breaks stay line breaks, leading spaces go."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    lines = str(value).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out = []
    for line in lines:
        line = _WWW.sub(r"\1\\.", _MARKDOWN_SIGNS.sub(r"\\\1", line.strip()))
        match = _LINE_START.match(line)
        if match and match.group(1).isdigit():
            line = line[: match.end()] + "\\" + line[match.end() :]
        elif match:
            line = "\\" + line
        out.append(line)
    return "  \n".join(out)
