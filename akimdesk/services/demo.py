"""The demo region: a seeded, invented Kostanay oblast to try the program on."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from ..db import Database
from ..demo.generator import DemoRefused, DemoSettings, DemoSummary, generate_demo
from ..models import Meeting
from ..progress import NO_PROGRESS, Progress
from ..territory.codes import region_kato
from .access import Role, require_now
from .storage import long_write

__all__ = ["DemoRefused", "DemoSettings", "DemoSummary", "demo_settings", "fill_demo", "has_meetings"]


def demo_settings(region: str = "39", year: int | None = None, seed: int = 1) -> DemoSettings:
    """What to generate: a region by its 2- or 9-digit code (refused if unknown), a year, a seed."""
    return DemoSettings(region_kato=region_kato(region), year=year or dt.date.today().year, seed=seed)


@long_write("demo")
def fill_demo(db: Database, settings: DemoSettings | None = None, progress: Progress = NO_PROGRESS) -> DemoSummary:
    """Fill an empty database with the demo region for the year and the year before."""
    require_now(db, Role.ADMINISTRATOR)
    return generate_demo(db, settings or DemoSettings(), progress)


def has_meetings(db: Database) -> bool:
    """Whether anything was logged yet (a demo database opened for the first time has nothing)."""
    with db.session() as s:
        return s.scalar(select(Meeting.id).limit(1)) is not None
