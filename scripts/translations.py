"""Keep the interface translations current.

    python scripts/translations.py update    # collect strings from the code into resources/translations/*.ts
    python scripts/translations.py release   # compile .ts into the .qm files the program loads
    python scripts/translations.py check     # fail if a string lacks a translation or a .qm is stale

Translators edit the .ts files (Qt Linguist or any XML editor); the .qm files are committed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk", "en")
SOURCES = [ROOT / "akimdesk" / "ui", ROOT / "akimdesk" / "app.py"]


def ts_path(lang: str, folder: Path = TS_DIR) -> Path:
    return folder / f"akimdesk_{lang}.ts"


def source_files() -> list[str]:
    files: list[Path] = []
    for src in SOURCES:
        files += sorted(src.rglob("*.py")) if src.is_dir() else [src]
    return [str(f) for f in files]


def lupdate(targets: list[Path]) -> None:
    subprocess.run(["pyside6-lupdate", *source_files(), "-no-obsolete", "-locations", "none", "-ts",
                    *map(str, targets)], check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run(["pyside6-lrelease", "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            out[(name, msg.findtext("source"))] = msg
    return out


def problems() -> list[str]:
    found = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.ts"
        lupdate([fresh])
        wanted = set(messages(fresh))
        for lang in LANGUAGES:
            ts = ts_path(lang)
            if not ts.exists():
                found.append(f"{ts.name} is missing")
                continue
            have = messages(ts)
            for key in sorted(wanted - set(have)):
                found.append(f"{ts.name}: not collected yet: {key[0]}: {key[1]!r} (run update)")
            for key in sorted(wanted & set(have)):
                tr = have[key].find("translation")
                if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                    found.append(f"{ts.name}: no translation for {key[0]}: {key[1]!r}")
            qm = ts.with_suffix(".qm")
            compiled = Path(tmp) / qm.name
            lrelease(ts, compiled)
            if not qm.exists() or qm.read_bytes() != compiled.read_bytes():
                found.append(f"{qm.name} is not compiled from the current {ts.name} (run release)")
    return found


def main(argv: list[str]) -> int:
    action = argv[1] if len(argv) > 1 else "check"
    if action == "update":
        lupdate([ts_path(lang) for lang in LANGUAGES])
    elif action == "release":
        for lang in LANGUAGES:
            lrelease(ts_path(lang), ts_path(lang).with_suffix(".qm"))
    elif action == "check":
        found = problems()
        print("\n".join(found) or "translations complete and compiled")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
