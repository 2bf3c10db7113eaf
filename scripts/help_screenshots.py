"""Regenerate the user guide's screenshots (resources/help/<language>/*.png) from the tour.

    python scripts/help_screenshots.py            # ru and kk, on a 1366x768 screen, fresh demo data

It runs `akimdesk tour --out DIR --lang LANG --size 1366x768` for each language and copies the pictures
the guide shows, under stable names. Run it after changing a page the guide shows, and commit the PNGs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HELP = ROOT / "resources" / "help"
# tour picture -> the guide's file
PICTURES = {
    "page-01-home": "home",
    "page-02-calendar": "calendar",
    "page-03-meetings": "meetings",
    "dialog-meeting_form": "meeting",
    "page-04-register": "register",
    "page-05-reports": "reports",
    "dialog-export": "export",
    "page-07-exchange": "exchange",
}


def main() -> int:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("QT_QPA_PLATFORM", None)  # the tour sets its own screen
    for lang in ("ru", "kk"):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run([sys.executable, "-m", "akimdesk", "tour", "--out", tmp, "--lang", lang,
                            "--size", "1366x768"], env=env, check=True)
            for shot, name in PICTURES.items():
                shutil.copyfile(Path(tmp) / f"{shot}.png", HELP / lang / f"{name}.png")
        print(f"{lang}: {len(PICTURES)} pictures in {HELP / lang}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
