"""What every page shares: the open database, the chosen region and year, the language."""

from __future__ import annotations

import datetime as dt
import uuid

from PySide6.QtCore import QObject, Signal

from ..services.storage import Database


class AppState(QObject):
    selection_changed = Signal()  # region or year
    data_changed = Signal()  # something was written; pages reload

    def __init__(self, database: Database, language: str):
        super().__init__()
        self.database = database
        self.language = language
        self.region_id: uuid.UUID | None = None
        self.year: int = dt.date.today().year

    def select(self, region_id: uuid.UUID | None, year: int) -> None:
        if (region_id, year) != (self.region_id, self.year):
            self.region_id, self.year = region_id, year
            self.selection_changed.emit()

    def name(self, obj, field: str = "name") -> str:
        """The Kazakh or Russian value of a row's *_ru/*_kk pair, by the interface language."""
        kk = getattr(obj, f"{field}_kk", None)
        return kk if self.language == "kk" and kk else getattr(obj, f"{field}_ru")
