"""Texts of the formats (dashboard/core/fmt.py): durations in minutes, hours and days."""

TEXT: dict[str, tuple[str, str]] = {
    # ---- formats
    "fmt.minutes": ("{n} menit", "{n} min"),
    "fmt.hours": ("{n} jam", "{n} h"),
    "fmt.hours_minutes": ("{h} jam {m} menit", "{h} h {m} min"),
    "fmt.days_working": ("{n} hari kerja", "{n} working days"),
    "fmt.days": ("{n} hari", "{n} days"),
}
