"""The translation table: every key the code names exists in both languages, and every key is used."""

from __future__ import annotations

import re
from pathlib import Path

from dashboard.core.i18n import LANGS, TEXT

ROOT = Path(__file__).resolve().parents[1]
KEY = re.compile(r"""["']([a-z][a-z0-9_]*\.[a-z0-9_.]+)["']""")
# t(f"camat.flag_{flag}"): the keys starting with "camat.flag_" are used through it
DYNAMIC = re.compile(
    r"""\bt\(\s*(?:f["']([a-z][a-z0-9_]*\.[a-z0-9_.]*)\{|["']([a-z][a-z0-9_]*\.[a-z0-9_.]*_)["']\s*\+)"""
)


def code() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "dashboard").rglob("*.py")))


def test_every_key_has_both_languages_and_no_stray_space():
    for key, texts in TEXT.items():
        assert len(texts) == len(LANGS), key
        for text in texts:
            assert text and text == text.strip(), (key, text)


def test_every_key_named_in_t_calls_exists():
    named = set(re.findall(r"""\bt\(\s*["']([a-z][a-z0-9_]*\.[a-z0-9_.]*[a-z0-9])["']""", code()))
    assert not named - set(TEXT), sorted(named - set(TEXT))


def test_every_key_is_used():
    source = code()
    texts_modules = {p for p in (ROOT / "dashboard").rglob("texts*.py")}
    outside = "\n".join(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "dashboard").rglob("*.py")) if p not in texts_modules
    )
    literal = set(KEY.findall(outside))
    prefixes = tuple(p for pair in DYNAMIC.findall(source) for p in pair if p)
    unused = sorted(k for k in TEXT if k not in literal and not k.startswith(prefixes))
    assert not unused, unused
