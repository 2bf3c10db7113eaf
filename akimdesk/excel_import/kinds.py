"""What each kind of sheet holds (calendar, meetings, issues), how its columns are recognised, how every
row is checked, and the import itself: one transaction, only when every row is good."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..calendar.importer import parse_time
from ..db import Database
from ..issues.rules import TEXT_MAX
from ..models import (
    CompetenceLevel,
    IssueCategory,
    Level,
    Meeting,
    OffCalendarReason,
    ResponsibleBody,
    Territory,
)
from ..tabular import parse_day
from ..territory.directory import subtree
from . import SheetRefused
from .workbook import Sheet, read_sheet


@dataclass(frozen=True)
class Field:
    key: str
    required: bool
    names: tuple[str, ...]  # header texts that mean this field (en, ru, kk), compared in lower case


FIELDS: dict[str, tuple[Field, ...]] = {
    "calendar": (
        Field("date", True, ("date", "дата", "күні")),
        Field("organizer", True, ("organizer", "организатор", "ұйымдастырушы")),
        Field("target", True, ("target", "место встречи", "кездесу орны")),
        Field("time", False, ("time", "время", "уақыты")),
        Field("minutes", False, ("minutes", "минут", "минут саны")),
        Field("venue", False, ("venue", "площадка", "өтетін жері")),
        Field("topic", False, ("topic", "тема", "тақырыбы")),
    ),
    "meetings": (
        Field("date", True, ("date", "дата", "күні")),
        Field("organizer", True, ("organizer", "организатор", "ұйымдастырушы")),
        Field("target", True, ("target", "место встречи", "кездесу орны")),
        Field("reason", False, ("reason", "основание", "негізі")),
        Field("minutes", False, ("minutes", "минут", "минут саны")),
        Field("venue", False, ("venue", "площадка", "өтетін жері")),
        Field("attendance", False, ("attendance", "участников", "қатысушылар")),
        Field("summary", False, ("summary", "итоги", "қорытынды")),
    ),
    "issues": (
        Field("raised_on", True, ("raised on", "дата поступления", "түскен күні")),
        Field("territory", True, ("territory", "территория", "аумақ")),
        Field("text", True, ("text", "суть вопроса", "мәселенің мәні")),
        Field("category", False, ("category", "категория", "санаты")),
        Field("deadline", False, ("deadline", "срок", "мерзімі")),
        Field("citizen_name", False, ("citizen", "заявитель", "өтініш беруші")),
        Field("citizen_contact", False, ("contact", "контакт", "байланыс")),
        Field("solution_way", False, ("solution", "пути решения", "шешу жолдары")),
        Field("eotinish_number", False, ("e-otinish", "е-отиниш", "е-өтініш")),
        Field("meeting", False, ("meeting", "встреча", "кездесу")),
        Field("responsible_body", False, ("responsible body", "ответственный орган", "жауапты орган")),
    ),
}
KINDS = tuple(FIELDS)
NO_AKIM = {Level.AREA}  # akims of every level organize; a meeting area has no akim of its own
REASONS = {"population_demand": OffCalendarReason.POPULATION_DEMAND, "necessity": OffCalendarReason.NECESSITY,
           "по требованию населения": OffCalendarReason.POPULATION_DEMAND, "по необходимости": OffCalendarReason.NECESSITY,
           "халықтың талабы бойынша": OffCalendarReason.POPULATION_DEMAND, "қажеттілігіне қарай": OffCalendarReason.NECESSITY}


@dataclass(frozen=True)
class RowProblem:
    """One bad cell: the spreadsheet row, the field, a code the interface translates, the value found."""

    row: int
    field: str
    code: str  # missing, bad_date, bad_time, bad_number, formula, outside_year, unknown_unit, no_akim,
    #            target_elsewhere, bad_reason, unknown_category, deadline_before, text_too_long,
    #            unknown_meeting (not a meeting of this region), before_meeting, unknown_body
    value: str
    column: str = ""  # where the cell is: its letter and the header's text, e.g. 'D "Минут"'

    @property
    def message(self) -> str:
        where = f"column {self.column} ({self.field})" if self.column else self.field
        return f"row {self.row}, {where}: {self.code} ({self.shown_value})"

    @property
    def shown_value(self) -> str:
        """The value as an error line may show it: a citizen's name or contact never, a long text cut short."""
        if self.field in ("citizen_name", "citizen_contact"):
            return "…"
        return self.value if len(self.value) <= 60 else self.value[:60] + "…"


@dataclass
class Checked:
    kind: str
    rows: list[tuple[int, dict]] = field(default_factory=list)  # good rows with their values
    problems: list[RowProblem] = field(default_factory=list)


def guess_mapping(kind: str, header: list[str]) -> dict[str, int]:
    """Which column holds which field, recognised by the header's names in any of the three languages."""
    lowered = [h.strip().lower().rstrip(":*") .strip() for h in header]
    mapping = {}
    for f in FIELDS[kind]:
        for i, h in enumerate(lowered):
            if h in f.names or h == f.key:
                mapping[f.key] = i
                break
    return mapping


def _units(session: Session, region: Territory) -> tuple[dict, dict]:
    units = subtree(session, region)
    refs: dict[str, Territory] = {}
    for u in units:
        if u.kato:
            refs[u.kato] = u
        refs[str(u.id)] = u
        for name in (u.name_ru, u.name_kk):
            refs.setdefault(name.strip().lower(), u)
    return refs, {u.id: u.parent_id for u in units}


def check_sheet(session: Session, kind: str, region: Territory, year: int, sheet: Sheet,
                mapping: dict[str, int]) -> Checked:
    """Every row checked; nothing written."""
    if kind not in FIELDS:
        raise SheetRefused("bad_kind", f"unknown kind {kind!r}: calendar, meetings or issues", kind=kind)
    missing = [f.key for f in FIELDS[kind] if f.required and f.key not in mapping]
    if missing:
        raise SheetRefused("unmapped", "no column for: " + ", ".join(missing), fields=", ".join(missing))
    refs, parent = _units(session, region)
    categories = {c.code: c for c in session.scalars(select(IssueCategory))}
    bodies = _bodies(session) if "responsible_body" in mapping else {}
    result = Checked(kind)
    for number, raw in sheet.rows:
        values: dict = {}
        problems: list[RowProblem] = []

        def cell(key: str, raw=raw) -> str:
            i = mapping.get(key)
            return raw[i].strip() if i is not None and i < len(raw) else ""

        def bad(key: str, code: str, problems=problems, number=number) -> None:
            problems.append(RowProblem(number, key, code, cell(key), _column(sheet.header, mapping.get(key))))

        for f in FIELDS[kind]:
            text = cell(f.key)
            if not text:
                if f.required:
                    bad(f.key, "missing")
                values[f.key] = None
                continue
            if text.startswith("=") and f.key not in ("text", "summary", "topic", "solution_way"):
                bad(f.key, "formula")
                continue
            if f.key in ("date", "raised_on", "deadline"):
                day = parse_day(text)
                if day is None:
                    bad(f.key, "bad_date")
                elif kind == "calendar" and day.year != year:
                    bad(f.key, "outside_year")
                values[f.key] = day
            elif f.key == "time":
                values[f.key] = parse_time(text)
                if values[f.key] is None:
                    bad(f.key, "bad_time")
            elif f.key in ("minutes", "attendance"):
                if not (text.isascii() and text.isdigit()) or (f.key == "minutes" and not 1 <= int(text) <= 600) or int(text) > 1_000_000:
                    bad(f.key, "bad_number")
                else:
                    values[f.key] = int(text)
            elif f.key in ("organizer", "target", "territory"):
                unit = refs.get(text) or refs.get(text.lower())
                if unit is None:
                    bad(f.key, "unknown_unit")
                elif f.key == "organizer" and unit.level in NO_AKIM:
                    bad(f.key, "no_akim")
                values[f.key] = unit
            elif f.key == "reason":
                values[f.key] = REASONS.get(text.lower())
                if values[f.key] is None:
                    bad(f.key, "bad_reason")
            elif f.key in ("meeting", "responsible_body"):
                meeting = f.key == "meeting"
                values[f.key] = _meeting(session, text, refs) if meeting else bodies.get(text) or bodies.get(text.lower())
                if values[f.key] is None:
                    bad(f.key, "unknown_meeting" if meeting else "unknown_body")
            elif f.key == "category":
                values[f.key] = categories.get(text) or next(
                    (c for c in categories.values() if text.lower() in (c.name_ru.lower(), c.name_kk.lower())), None)
                if values[f.key] is None:
                    bad(f.key, "unknown_category")
            else:
                if len(text) > (TEXT_MAX if f.key in ("text", "solution_way") else 20000 if f.key == "summary" else 200):
                    bad(f.key, "text_too_long")
                values[f.key] = text
        _across_fields(kind, values, parent, bad)
        if problems:
            result.problems += problems
        else:
            result.rows.append((number, values))
    return result


def _column(header: list[str], index: int | None) -> str:
    """A column as a person finds it in the sheet: its letter and its header's text."""
    if index is None:
        return ""
    from openpyxl.utils import get_column_letter

    name = header[index] if index < len(header) else ""
    return f'{get_column_letter(index + 1)} "{name}"' if name else get_column_letter(index + 1)


def _across_fields(kind: str, values: dict, parent: dict, bad) -> None:
    """Checks that need two cells of the row."""
    if kind in ("calendar", "meetings") and values.get("organizer") and values.get("target"):
        if not _within(values["target"].id, values["organizer"].id, parent):
            bad("target", "target_elsewhere")
    if kind == "issues" and values.get("deadline") and values.get("raised_on") and \
            values["deadline"] < values["raised_on"]:
        bad("deadline", "deadline_before")
    if kind == "issues" and values.get("meeting") and values.get("raised_on") and \
            values["raised_on"] < values["meeting"].meeting_date:
        bad("meeting", "before_meeting")


def _bodies(session: Session) -> dict:
    """Responsible bodies by code and by name (ru, kk, in lower case); retired ones are not offered."""
    out: dict = {}
    for b in session.scalars(select(ResponsibleBody).where(ResponsibleBody.retired.is_(False))):
        if b.code:
            out[b.code] = b
        for name in (b.name_ru, b.name_kk):
            out.setdefault(name.strip().lower(), b)
    return out


def _meeting(session: Session, text: str, refs: dict) -> Meeting | None:
    """The meeting with this id (as `meeting list --json` prints it), if it was held in the region."""
    try:
        key = uuid.UUID(text)
    except ValueError:
        return None
    meeting = session.get(Meeting, key)
    return meeting if meeting is not None and str(meeting.territory_id) in refs else None


def _within(unit_id: uuid.UUID, root_id: uuid.UUID, parent: dict) -> bool:
    node = unit_id
    while node is not None:
        if node == root_id:
            return True
        node = parent.get(node)
    return False


def _write(session: Session, kind: str, region: Territory, year: int, rows: list[tuple[int, dict]]) -> None:
    if kind == "calendar":
        from ..calendar.calendars import add_meeting, editable_version, ensure_calendar

        version = editable_version(ensure_calendar(session, region, year))
        for _, v in rows:
            add_meeting(session, version, v["organizer"], v["target"], v["date"], v.get("time"), v.get("minutes") or 120,
                        v.get("venue"), v.get("topic"))
    elif kind == "meetings":
        from ..meetings.records import new_off_calendar

        for _, v in rows:
            meeting = new_off_calendar(session, v["organizer"], v["target"], v["date"],
                                       v.get("reason") or OffCalendarReason.NECESSITY, v.get("minutes") or 90)
            meeting.venue, meeting.attendance_count, meeting.summary = v.get("venue"), v.get("attendance"), v.get("summary")
    else:
        from ..issues.rules import IssueDraft
        from ..issues.writes import create_issue

        for _, v in rows:
            meeting, body = v.get("meeting"), v.get("responsible_body")
            create_issue(session, IssueDraft(
                text=v["text"], territory_id=v["territory"].id, raised_on=v["raised_on"],
                category_id=v["category"].id if v.get("category") else None, citizen_name=v.get("citizen_name"),
                citizen_contact=v.get("citizen_contact"), solution_way=v.get("solution_way"),
                deadline=v.get("deadline"), eotinish_number=v.get("eotinish_number"),
                meeting_id=meeting.id if meeting else None, source=None if meeting else "Excel",
                responsible_body_id=body.id if body else None,
                competence_level=body.level if body else CompetenceLevel.LOCAL), dt.date.today())


class RowsRefused(SheetRefused):
    """Some rows are bad: nothing was imported; `problems` lists each with its row and field."""

    def __init__(self, problems: list[RowProblem]):
        super().__init__("bad_rows", "; ".join(p.message for p in problems[:10])
                         + (f" (and {len(problems) - 10} more)" if len(problems) > 10 else ""), count=len(problems))
        self.problems = problems


def import_sheet(database: Database, kind: str, region_kato: str, year: int, path: str | Path,
                 sheet: str | None = None, mapping: dict[str, int] | None = None) -> int:
    """Check every row, then import them all in one transaction; a single bad row refuses the file."""
    data = read_sheet(path, sheet)
    mapping = mapping if mapping is not None else guess_mapping(kind, data.header)
    with database.session() as session:
        region = session.scalar(select(Territory).where(Territory.kato == region_kato))
        if region is None:
            raise SheetRefused("unknown_region", f"region {region_kato} is not in this database", region=region_kato)
        checked = check_sheet(session, kind, region, year, data, mapping)
        if checked.problems:
            raise RowsRefused(checked.problems)
        if not checked.rows:
            raise SheetRefused("no_rows", "the sheet has a header but no rows")
        try:
            _write(session, kind, region, year, checked.rows)
        except Exception as exc:  # a rule of the calendar or the register refused a row
            raise SheetRefused("refused_by_rules", str(exc), detail=str(exc)) from None
        return len(checked.rows)


def mapping_from_text(text: str, header: list[str]) -> dict[str, int]:
    """A mapping file's `field = column` lines; a column is its header text, a letter (A, B...) or a number."""
    mapping = {}
    lowered = [h.lower() for h in header]
    for line in text.splitlines():
        if "=" not in line or line.strip().startswith("#"):
            continue
        key, column = (part.strip() for part in line.split("=", 1))
        if column.lower() in lowered:
            mapping[key] = lowered.index(column.lower())
        elif re.fullmatch(r"[A-Za-z]{1,2}", column):
            n = 0
            for ch in column.upper():
                n = n * 26 + ord(ch) - 64
            mapping[key] = n - 1
        elif column.isascii() and column.isdigit():
            mapping[key] = int(column) - 1
    return mapping
