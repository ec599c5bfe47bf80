"""The translation table: every key the code names exists in both languages, and every key is used.

Every key is written out in full where it is used (a screen label greps to its key): a value is worded
through an explicit dict next to the rule it words (camat.logic.FLAG_KEYS, auth.ROLE_KEYS, ...), never
by composing a key from the value. Each key prefix has one text module named after it (``kual.*`` in
``dashboard/datamgmt/texts_kual.py``), so a key also names its file.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

from dashboard.core.i18n import LANGS, TEXT

ROOT = Path(__file__).resolve().parents[1]
KEY = re.compile(r"""["']([a-z][a-z0-9_]*\.[A-Za-z0-9_.]*[A-Za-z0-9])["']""")
# t(f"area.key_{x}") or t("area.key_" + x): a key composed from a value
COMPOSED = re.compile(r"""\bt\(\s*(?:f["']|["'][^"'\n]*["']\s*\+)""")


def text_modules() -> dict[Path, dict[str, tuple[str, str]]]:
    """Every text module under dashboard/ (named texts*.py, whether i18n loads it or not) and its TEXT."""
    return {
        path: importlib.import_module(".".join(path.with_suffix("").parts)).TEXT
        for path in sorted(p.relative_to(ROOT) for p in (ROOT / "dashboard").rglob("texts*.py"))
    }


def sources() -> dict[Path, str]:
    return {p.relative_to(ROOT): p.read_text(encoding="utf-8") for p in sorted((ROOT / "dashboard").rglob("*.py"))}


def test_every_key_has_both_languages_and_no_stray_space():
    for key, texts in TEXT.items():
        assert len(texts) == len(LANGS), key
        for text in texts:
            assert text and text == text.strip(), (key, text)


def test_every_key_named_in_t_calls_exists():
    code = "\n".join(sources().values())
    named = set(re.findall(r"""\bt\(\s*["']([a-z][a-z0-9_]*\.[A-Za-z0-9_.]*[A-Za-z0-9])["']""", code))
    assert not named - set(TEXT), sorted(named - set(TEXT))


def test_every_key_in_a_keys_dict_exists():
    """The values of every module-level NAME_KEYS (the dicts from a value to its key) are keys."""
    named = []
    for path, source in sources().items():
        for node in ast.parse(source).body:
            if isinstance(node, ast.Assign) and any(
                isinstance(n, ast.Name) and n.id.endswith("_KEYS") for n in node.targets
            ):
                named += [(str(path), c.value) for c in ast.walk(node.value) if isinstance(c, ast.Constant)]
    missing = [(path, key) for path, key in named if isinstance(key, str) and "." in key and key not in TEXT]
    assert named
    assert not missing, missing


def test_no_t_call_composes_its_key():
    composed = [
        f"{path}:{source.count(chr(10), 0, m.start()) + 1}"
        for path, source in sources().items()
        for m in COMPOSED.finditer(source)
    ]
    assert not composed, composed


def test_every_key_is_used_literally():
    outside = "\n".join(source for path, source in sources().items() if not path.name.startswith("texts"))
    literal = set(KEY.findall(outside))
    unused = sorted(k for k in TEXT if k not in literal)
    assert not unused, unused


def test_every_key_is_in_the_text_module_named_after_its_prefix():
    """Key ``kual.x`` lives in ``dashboard/<feature>/texts_kual.py``: a prefix greps to its one file."""
    modules = text_modules()
    misplaced = [
        (str(path), key) for path, text in modules.items() for key in text if path.stem != f"texts_{key.split('.')[0]}"
    ]
    assert not misplaced, misplaced
    by_prefix: dict[str, list[str]] = {}
    for path in modules:
        by_prefix.setdefault(path.stem.removeprefix("texts_"), []).append(str(path))
    twice = {prefix: paths for prefix, paths in by_prefix.items() if len(paths) > 1}
    assert not twice, twice
    assert sum(len(text) for text in modules.values()) == len(TEXT)
