"""Numbers, dates and durations in Indonesian and English (UI.md formats)."""

import datetime as dt

import pytest

from dashboard.core import fmt
from dashboard.core.i18n import TEXT, t


def test_numbers_indonesian_and_english():
    assert fmt.number(1234567, lang="id") == "1.234.567"
    assert fmt.number(12.5, 1, lang="id") == "12,5"
    assert fmt.number(1234.5, 1, lang="en") == "1,234.5"
    assert fmt.percent(62.34, lang="id") == "62,3 %"
    assert fmt.number(None) == "–" and fmt.number(float("nan")) == "–"


def test_dates_and_semesters():
    assert fmt.date(dt.date(2026, 11, 28), lang="id") == "28 Nov 2026"
    assert fmt.month(dt.date(2026, 8, 1), lang="id") == "Agu 2026"
    assert fmt.month(dt.date(2026, 8, 1), lang="en") == "Aug 2026"
    assert fmt.semester("2025-S1", lang="id") == "Semester I 2025"
    assert fmt.semester("2025-S2", lang="id") == "Semester II 2025"
    assert fmt.semester("2025-S1", lang="en") == "H1 2025"


@pytest.mark.parametrize(
    ("minutes", "working", "lang", "text"),
    [
        (35, True, "id", "35 menit"),
        (130, True, "id", "2 jam 10 menit"),
        (120, False, "id", "2 jam"),
        (720, True, "id", "1,5 hari kerja"),
        (2160, False, "id", "1,5 hari"),
        (130, True, "en", "2 h 10 min"),
        (720, True, "en", "1.5 working days"),
    ],
)
def test_durations_in_words(minutes, working, lang, text):
    assert fmt.duration(minutes, working, lang=lang) == text


def test_every_text_has_both_languages():
    for key, pair in TEXT.items():
        assert len(pair) == 2 and all(pair), key
        # the same placeholders in both languages
        import string

        names = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in pair]
        assert names[0] == names[1], key


def test_t_fills_placeholders():
    assert t("fmt.minutes", lang="id", n=5) == "5 menit"


def test_weekdays():
    assert fmt.weekdays("1,2,3,4,5", lang="id") == "Senin–Jumat"
    assert fmt.weekdays("1,3", lang="en") == "Monday, Wednesday"
