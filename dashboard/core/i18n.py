"""The one translation table. Every visible text goes through ``t``.

Bahasa Indonesia first, English second. Regulation names (SKP, IKM, BerAKHLAK, predikat
names) stay untranslated in both languages. The table is assembled from the text modules,
one per key prefix, named after it and kept in the feature folder that uses it (keys
``kual.*`` in ``dashboard/datamgmt/texts_kual.py``, each module a ``TEXT`` dict), so areas
can grow without editing one shared file and a key names its file; a key defined twice is
an error (``tests/test_texts.py`` checks the names).
"""

from __future__ import annotations

import importlib
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent.parent

LANGS = ("id", "en")
DEFAULT_LANG = "id"


def _assemble() -> dict[str, tuple[str, str]]:
    table: dict[str, tuple[str, str]] = {}
    for path in sorted(PACKAGE_DIR.glob("*/texts_*.py")):
        name = f"dashboard.{path.parent.name}.{path.stem}"
        module = importlib.import_module(name)
        twice = table.keys() & module.TEXT.keys()
        if twice:
            raise RuntimeError(f"text keys defined twice ({name}): {sorted(twice)}")
        table.update(module.TEXT)
    return table


TEXT = _assemble()


def current_lang() -> str:
    """The signed-in session's language (Streamlit session state), else the default."""
    try:
        import streamlit as st

        lang = st.session_state.get("lang", DEFAULT_LANG)
    except Exception:  # outside a Streamlit script run there is no session
        return DEFAULT_LANG
    return lang if lang in LANGS else DEFAULT_LANG


def t(key: str, lang: str | None = None, **values: object) -> str:
    """The text for ``key`` in ``lang`` (default: the session's), with {placeholders} filled."""
    text = TEXT[key][LANGS.index(lang or current_lang())]
    return text.format(**values) if values else text
