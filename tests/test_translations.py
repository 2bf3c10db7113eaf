"""Every interface string is translated into Russian, Kazakh and English, and the .qm files are current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def load_tool():
    spec = importlib.util.spec_from_file_location("translations_tool", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_every_string_is_translated_and_compiled():
    assert load_tool().problems() == []


def test_kazakh_translations_use_kazakh_letters():
    text = (ROOT / "resources" / "translations" / "akimdesk_kk.ts").read_text(encoding="utf-8")
    assert sum(text.count(ch) for ch in "әғқңөұүһі") > 100
