"""The translation table: every key the code names exists in both languages, and every key is used.

Every key is written out in full where it is used (a screen label greps to its key): a value is worded
through an explicit dict next to the rule it words (camat.logic.FLAG_KEYS, auth.ROLE_KEYS, ...), never
by composing a key from the value.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from dashboard.core.i18n import LANGS, TEXT

ROOT = Path(__file__).resolve().parents[1]
KEY = re.compile(r"""["']([a-z][a-z0-9_]*\.[A-Za-z0-9_.]*[A-Za-z0-9])["']""")
# t(f"area.key_{x}") or t("area.key_" + x): a key composed from a value
COMPOSED = re.compile(r"""\bt\(\s*(?:f["']|["'][^"'\n]*["']\s*\+)""")


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
