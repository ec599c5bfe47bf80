"""Page speed work: the fast number formatter, the cheap store-opening check, fragments and the first screen."""

from __future__ import annotations

import random

import numpy as np
from babel.numbers import format_decimal

from dashboard.core import fmt


def test_number_formats_exactly_as_babel():
    """fmt.number's fast path gives Babel's text (rounding half to even on the decimal value) in both languages."""
    rng = random.Random(42)
    values = [0, -0.0, 0.05, -0.05, 2.675, 1.005, 12.5, -12.5, 99.95, 1234567, -1234567.891, 1e12, 0.00049]
    values += [np.float64(2.5), np.int64(1234), np.float32(1.1), float("inf")]
    values += [rng.uniform(-1e6, 1e6) for _ in range(3000)] + [round(rng.uniform(0, 100), 3) for _ in range(3000)]
    for lang, locale in (("id", "id_ID"), ("en", "en_US")):
        for decimals in (0, 1, 2):
            pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
            for value in values:
                assert fmt.number(value, decimals, lang) == format_decimal(value, format=pattern, locale=locale), value
