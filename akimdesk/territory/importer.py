"""Importing territories from a CSV/XLSX file or the official KATO classifier.

Every row is validated before anything is written: one bad row refuses the whole file, with the
row numbers and reasons, and the database stays as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import Level, Territory
from ..tabular import UnreadableFile, header_and_rows, parse_day
from .codes import is_kato, kato_parent
from .kato_official import OFFICIAL_COLUMNS, official_rows
from .tree import Node, problems_of, root_of

SIMPLE_COLUMNS = ("kato", "parent_kato", "level", "name_ru", "name_kk")
DATE_COLUMNS = ("established_on", "retired_on")  # optional: YYYY-MM-DD or DD.MM.YYYY
LEVELS = {lv.value for lv in Level}


@dataclass(frozen=True)
class ImportRow:
    row: int  # the row number as a spreadsheet shows it (the header is row 1)
    kato: str
    parent_kato: str
    level: str
    name_ru: str
    name_kk: str
    established_on: str = ""
    retired_on: str = ""
    simple: bool = True  # from a file with the simple columns (kato, parent_kato, ...), not the official layout


@dataclass(frozen=True)
class RowError:
    row: int
    reason: str  # bad_code, duplicate_code, unknown_parent, bad_level, missing_name, parent_is_self, cycle,
    # bad_parent_level, code_mismatch, other_region
    value: str
    column: str = ""  # the header of the cell at fault, when the file has the simple columns

    @property
    def message(self) -> str:
        texts = {
            "bad_code": "the KATO code must have nine digits",
            "duplicate_code": "this KATO code appears earlier in the file",
            "unknown_parent": "the parent code is neither in the file nor in the directory",
            "bad_level": "unknown level (expected one of: " + ", ".join(sorted(LEVELS - {"area"})) + ")",
            "missing_name": "both the Russian and the Kazakh name are required",
            "parent_is_self": "a unit cannot be its own parent",
            "cycle": "the parent codes go round in a circle",
            "bad_date": "a date must be YYYY-MM-DD or DD.MM.YYYY",
            "retired_before_established": "the unit is retired before it was established",
            "bad_parent_level": "a unit of this level cannot be under a unit of the parent's level",
            "code_mismatch": "the KATO code does not belong under the parent's code",
            "other_region": "a unit cannot move to another region",
        }
        where = f'row {self.row}, column "{self.column}"' if self.column else f"row {self.row}"
        return f"{where}: {texts.get(self.reason, self.reason)} ({self.value})"


class ImportRefused(Exception):
    """The file was refused; nothing was written. `errors` lists every bad row."""

    def __init__(self, errors: list[RowError], file_problem: str | None = None):
        self.errors = errors
        self.file_problem = file_problem
        super().__init__(file_problem or "; ".join(e.message for e in errors[:5]))


@dataclass
class MergeResult:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)


def read_rows(path: Path) -> list[ImportRow]:
    """Rows of a simple (kato, parent_kato, level, name_ru, name_kk) or an official KATO file."""
    try:
        header, body = header_and_rows(Path(path))
    except UnreadableFile as exc:
        raise ImportRefused([], str(exc)) from None
    if all(c in header for c in SIMPLE_COLUMNS):
        idx = [header.index(c) for c in SIMPLE_COLUMNS] + [header.index(c) if c in header else 10**6
                                                           for c in DATE_COLUMNS]
        return [
            ImportRow(n, *[(r[i] if i < len(r) else "") for i in idx])  # type: ignore[arg-type]
            for n, r in body
        ]
    if all(c in header for c in OFFICIAL_COLUMNS):
        return [ImportRow(*fields, simple=False) for fields in official_rows(header, body)]
    raise ImportRefused(
        [],
        "unrecognised columns: expected " + ", ".join(SIMPLE_COLUMNS)
        + " or the official KATO layout (" + ", ".join(OFFICIAL_COLUMNS) + ")",
    )


def validate(session: Session, rows: list[ImportRow]) -> list[RowError]:
    errors: list[RowError] = []
    known = set(session.scalars(select(Territory.kato).where(Territory.kato.is_not(None))))
    in_file: dict[str, ImportRow] = {}
    for r in rows:
        if not is_kato(r.kato):
            errors.append(_error(r, "bad_code", r.kato, "kato"))
            continue
        if r.kato in in_file:
            errors.append(_error(r, "duplicate_code", r.kato, "kato"))
            continue
        in_file[r.kato] = r
        if r.level not in LEVELS or r.level == Level.AREA:
            errors.append(_error(r, "bad_level", r.level, "level"))
        if not r.name_ru or not r.name_kk:
            errors.append(_error(r, "missing_name", r.name_ru or r.name_kk or r.kato,
                                 "name_kk" if r.name_ru else "name_ru"))
        if r.parent_kato == r.kato:
            errors.append(_error(r, "parent_is_self", r.parent_kato, "parent_kato"))
        days = [parse_day(v) if v.strip() else None for v in (r.established_on, r.retired_on)]
        for column, value, day in zip(DATE_COLUMNS, (r.established_on, r.retired_on), days, strict=True):
            if value.strip() and day is None:
                errors.append(_error(r, "bad_date", value, column))
        if days[0] and days[1] and days[1] <= days[0]:
            errors.append(_error(r, "retired_before_established", r.retired_on, "retired_on"))
    for r in in_file.values():
        if r.parent_kato and r.parent_kato != r.kato and r.parent_kato not in in_file and r.parent_kato not in known:
            errors.append(_error(r, "unknown_parent", r.parent_kato, "parent_kato"))
    errors += tree_errors(session, in_file, {e.row for e in errors})
    return sorted(set(errors), key=lambda e: (e.row, e.reason))


def _error(row: ImportRow, reason: str, value: str, column: str) -> RowError:
    """A row's error naming the column at fault when the file has the simple columns (whose headers these are)."""
    return RowError(row.row, reason, value, column if row.simple else "")


def tree_errors(session: Session, in_file: dict[str, ImportRow], bad_rows: set[int]) -> list[RowError]:
    """The directory as it would be after the file, checked as a tree (cycles with the database's own units,
    levels, code structure, moves to another region); rows already refused are left out."""
    units = session.execute(select(Territory.id, Territory.parent_id, Territory.kato, Territory.level))
    units = list(units)
    kato_of = {u.id: u.kato for u in units}
    before = {u.kato: Node(u.kato, kato_of.get(u.parent_id), u.level, u.kato) for u in units if u.kato}
    after = dict(before)
    for r in in_file.values():
        if r.row not in bad_rows:
            after[r.kato] = Node(r.kato, r.parent_kato or None, r.level, r.kato)
    touched = {r.kato: r for r in in_file.values() if r.row not in bad_rows}
    errors = []
    for kato, node in after.items():
        row = touched.get(kato) or touched.get(node.parent)
        if row is None:
            continue
        reasons = [p for p in problems_of(after, kato) if p != "unknown_parent"]
        if kato in touched and kato in before and not reasons and before[kato].parent is not None:
            old, new = root_of(before, kato), root_of(after, kato)
            if old is not None and new is not None and old != new:
                reasons.append("other_region")
        errors += [_error(row, reason, kato, "parent_kato") for reason in reasons]
    return errors


def merge_rows(session: Session, rows: list[ImportRow], source: str = "import") -> MergeResult:
    """Validate all rows, then add new units and update changed ones by KATO code.

    Raises ImportRefused (writing nothing) when any row is bad.
    """
    errors = validate(session, rows)
    if errors:
        raise ImportRefused(errors)
    result = MergeResult()
    by_kato = {t.kato: t for t in session.scalars(select(Territory).where(Territory.kato.is_not(None)))}
    in_file = {r.kato: r for r in rows}

    def depth(code: str) -> int:
        d = 0
        while code in in_file and in_file[code].parent_kato:
            code = in_file[code].parent_kato
            d += 1
        return d

    for r in sorted(rows, key=lambda r: (depth(r.kato), r.kato)):
        parent = by_kato.get(r.parent_kato) if r.parent_kato else None
        unit = by_kato.get(r.kato)
        if unit is None:
            unit = Territory(
                kato=r.kato, parent=parent, level=r.level, name_ru=r.name_ru, name_kk=r.name_kk, source=source,
                established_on=parse_day(r.established_on), retired_on=parse_day(r.retired_on),
            )
            session.add(unit)
            by_kato[r.kato] = unit
            result.added += 1
            continue
        wanted = {"level": r.level, "name_ru": r.name_ru, "name_kk": r.name_kk}
        for key in DATE_COLUMNS:  # a date given in the file sets it; an empty cell leaves it as it was
            if getattr(r, key).strip():
                wanted[key] = parse_day(getattr(r, key))
        changed = {k: v for k, v in wanted.items() if getattr(unit, k) != v}
        if parent is not None and unit.parent_id != parent.id:
            unit.parent = parent
            changed["parent"] = parent
        for key, value in changed.items():
            if key != "parent":
                setattr(unit, key, value)
        if changed:
            result.updated += 1
        else:
            result.unchanged += 1
    session.flush()
    return result


def import_file(session: Session, path: Path) -> MergeResult:
    """Import a territory file into the directory (all rows or none)."""
    return merge_rows(session, read_rows(path), source="import")


__all__ = ["ImportRefused", "ImportRow", "MergeResult", "RowError", "import_file", "kato_parent", "read_rows"]
