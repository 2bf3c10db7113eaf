"""The Excel import as the window and the command line use it: read a sheet, map its columns, check every
row, import all rows or none, write a blank template."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..db import Database
from ..excel_import import SheetRefused
from ..excel_import import kinds as _kinds
from ..excel_import.kinds import FIELDS, KINDS, RowProblem, RowsRefused, guess_mapping, mapping_from_text
from ..excel_import.templates import write_template
from ..excel_import.workbook import Sheet, read_sheet
from ..models import Territory
from ..territory.codes import BadRegionCode, region_kato
from .access import Role, require_now
from .storage import long_write

# whose work each kind of sheet is
IMPORT_ROLES = {"issues": Role.REGISTER, "calendar": Role.PLANNER, "meetings": Role.SECRETARY}


@dataclass
class SheetCheck:
    """What checking a sheet found: how many rows are good, and every bad cell."""

    kind: str
    good: int = 0
    problems: list[RowProblem] = field(default_factory=list)


def check_sheet(db: Database, kind: str, region_id, year: int, sheet: Sheet, mapping: dict[str, int]) -> SheetCheck:
    """Every row checked against the region's units (the first oblast when none is chosen); nothing written."""
    with db.session() as s:
        region = s.get(Territory, region_id) if region_id else \
            s.scalars(select(Territory).where(Territory.level == "oblast")).first()
        checked = _kinds.check_sheet(s, kind, region, year, sheet, mapping)
        return SheetCheck(checked.kind, len(checked.rows), checked.problems)


@long_write("import xlsx")
def import_sheet(db: Database, kind: str, region_kato: str, year: int, path: str | Path,
                 sheet: str | None = None, mapping: dict[str, int] | None = None) -> int:
    """All rows in one transaction, or `RowsRefused` listing every bad cell and nothing written."""
    require_now(db, IMPORT_ROLES.get(kind, Role.ADMINISTRATOR))
    return _kinds.import_sheet(db, kind, region_kato, year, path, sheet, mapping)


def import_for_region(db: Database, kind: str, region_id, year: int, path: str | Path, sheet: str | None,
                      mapping: dict[str, int]) -> int:
    """`import_sheet` for the region the window shows (by its id)."""
    with db.session() as s:
        region = s.get(Territory, region_id) if region_id else None
        kato = region.kato if region else ""
    return import_sheet(db, kind, kato, year, path, sheet, mapping)


def mapping_from_file(mapping_path: Path, path: str | Path, sheet: str | None = None) -> dict[str, int]:
    """A mapping file's `field = column` lines, read against the sheet's header."""
    from ..files import regular_input
    from ..tabular import UnreadableFile, decode_strictly

    try:
        text = decode_strictly(regular_input(Path(mapping_path)).read_bytes())
    except UnreadableFile as exc:
        raise SheetRefused("bad_mapping", f"{Path(mapping_path).name}: {exc}", file=str(mapping_path)) from None
    return mapping_from_text(text, read_sheet(path, sheet).header)


__all__ = [
    "FIELDS", "KINDS", "BadRegionCode", "RowProblem", "RowsRefused", "Sheet", "SheetCheck", "SheetRefused",
    "check_sheet", "guess_mapping", "import_for_region", "import_sheet", "mapping_from_file", "mapping_from_text",
    "read_sheet", "region_kato", "write_template",
]
