"""The columns every list of problem issues shares, so an issue can be followed from one document and one
quarter to the next: its stable number, KATO code, place, e-Otinish number, the meeting it was raised at,
original and current deadline with the extensions, overdue at the period's end, status and progress."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

from ..issues.rules import is_overdue
from ..models import IssueStatus, ProblemIssue
from .common import RegionScope, fmt_date, name_of
from .definition import DATE, INT, TEXT, Column, Group, Table
from .texts import both, t


def track_columns(*middle: Column) -> tuple[list[Column], list[Column]]:
    """(columns before `middle`, columns after): number, place and meeting first; deadlines and state last."""
    head = [
        Column("no", *both("col.no"), kind=INT, width=5),
        Column("number", *both("col.reg_number"), kind=TEXT, width=13, fit="39-2026-00-000000"),
        Column("region", *both("region"), kind=TEXT, width=20, printed=False),
        Column("district", *both("col.district"), kind=TEXT, width=22, printed=False),
        Column("kato", *both("col.kato"), kind=TEXT, width=10, fit="000000000"),
        Column("where", *both("col.where"), kind=TEXT, width=18),
        Column("raised", *both("col.raised"), kind=DATE, width=11),
        Column("meeting", *both("col.meeting"), kind=TEXT, width=15),
        Column("eotinish", *both("col.eotinish"), kind=TEXT, width=11),
    ]
    tail = [
        Column("original_deadline", *both("col.original_deadline"), kind=DATE, width=11),
        Column("deadline", *both("col.current_deadline"), kind=DATE, width=11),
        Column("extensions", *both("col.extensions"), kind=INT, width=9),
        Column("last_extension", *both("col.last_extension"), kind=DATE, width=11),
        Column("overdue", *both("col.overdue_at_end"), kind=TEXT, width=10),
    ]
    return head + list(middle), tail


def head_values(n: int, issue: ProblemIssue, scope: RegionScope, lang: str) -> tuple:
    unit = issue.territory
    district = scope.district_of(unit.id)
    meeting = issue.meeting
    held = ""
    if meeting is not None:
        held = f"{fmt_date(meeting.meeting_date)}, {meeting.akim_post.title(lang)}"
    return (n, issue.registration_number or "", scope.name(lang),
            name_of(district, lang), scope.kato_of(unit), scope.place(unit, lang), issue.raised_on, held,
            issue.eotinish_number or "")


def tail_values(issue: ProblemIssue, day: dt.date, closed: bool, statuses: dict[uuid.UUID, IssueStatus],
                lang: str) -> tuple:
    """Deadlines, the extensions made by the end of `day` (how many, the last one's date) and the overdue mark
    as it stood then."""
    moves = [c.changed_on for c in issue.deadline_changes if c.changed_on <= day]
    original = issue.original_deadline or issue.deadline
    overdue = is_overdue(issue.deadline, closed, day)
    return (original, issue.deadline, len(moves), max(moves) if moves else None, t("yes" if overdue else "no", lang))


def print_layout(lang: str, middle: tuple[str, ...], after: tuple[str, ...] = ()) -> Callable[[Table], Table]:
    """The printed list (the formatted sheet and the PDF): related values in one column, one per line, so
    the page has room for whole words: number with the e-Otinish number, place with its KATO code, raised
    on with the meeting and its akim, the deadlines with the extensions, the status with the percent and
    the overdue mark; then the `middle` texts and the `after` ones. A column of `after` that is empty in
    every row (no previous quarter to compare with) is left out of the print, not out of the data."""

    def layout(table: Table) -> Table:
        at = {c.key: i for i, c in enumerate(table.columns)}

        def value(row, key):
            return row[at[key]] if key in at else None

        def kept(key):
            return lambda row: value(row, key)

        cells: list[tuple[Column, Callable]] = [(table.columns[at["no"]], kept("no"))]
        if table.columns[at["region"]].printed:  # a country-wide list prints each row's region
            cells.append((table.columns[at["region"]], kept("region")))
        cells += [
            (Column("number", *both("pcol.number"), width=19, fit="39-2026-00-000000"), _number_cell(value, lang)),
            (Column("where", *both("pcol.place"), width=22, fit="000000000"), _place_cell(value)),
            (Column("raised", *both("pcol.raised"), width=18, fit="00.00.0000"), _raised_cell(value, lang)),
        ]
        cells += [(table.columns[at[key]], kept(key)) for key in middle]
        cells += [(Column("deadline", *both("pcol.deadline"), width=17, fit=_widest_dates(lang)), _deadline_cell(value, lang)),
                  (Column("status", *both("pcol.state"), width=17), _state_cell(value, lang))]
        rows = table.rows
        cells += [(table.columns[at[key]], kept(key)) for key in after
                  if any(value(row, key) not in (None, "") for row in rows)]
        columns = [c for c, _ in cells]

        def cut(row):
            return tuple(make(row) for _, make in cells)

        def label(row):  # a subtotal or totals row: its label, blanks after it
            return None if row is None else (row[0],) + (None,) * (len(cells) - 1)

        groups = [Group(g.title, [cut(r) for r in g.rows], label(g.subtotal)) for g in table.groups]
        return Table(table.key, table.title, columns, groups, label(table.totals), table.chart, table.note,
                     table.empty_text, table.row_height_mm, table.group_column, by_text=True)

    return layout


def _widest_dates(lang: str) -> str:
    """The deadline column prints «текущий 00.00.0000» on one line."""
    return max((t(key, lang, date="00.00.0000") for key in ("p.original", "p.current")), key=len)


def _lines(*parts) -> str:
    return "\n".join(p for p in parts if p)


def _number_cell(value, lang: str):
    def cell(row):
        eotinish = value(row, "eotinish")
        return _lines(value(row, "number"), t("p.eotinish", lang, number=eotinish) if eotinish else "")
    return cell


def _place_cell(value):
    return lambda row: _lines(value(row, "where"), value(row, "kato"))


def _raised_cell(value, lang: str):
    """Raised on; the meeting's date when it differs, and the akim who held it, each on a line."""
    def cell(row):
        raised = fmt_date(value(row, "raised"))
        held, _, akim = (value(row, "meeting") or "").partition(", ")
        return _lines(raised, t("p.meeting", lang, date=held) if held and held != raised else "", akim)
    return cell


def _deadline_cell(value, lang: str):
    """The original deadline, the current one when it was moved, how many extensions and the last one's day."""
    def cell(row):
        original, current, count = value(row, "original_deadline"), value(row, "deadline"), value(row, "extensions")
        if current and current != original:
            original, current = t("p.original", lang, date=fmt_date(original)), t("p.current", lang, date=fmt_date(current))
        else:
            original, current = fmt_date(original or current), ""
        return _lines(original, current,
                      t("p.extensions", lang, count=count, date=fmt_date(value(row, "last_extension")))
                      if count else "")
    return cell


def _state_cell(value, lang: str):
    """The status at the period's end, the percent done, overdue or not, carried over from an earlier period."""
    def cell(row):
        percent, carried = value(row, "percent"), value(row, "carried")
        return _lines(value(row, "status"), t("p.percent", lang, percent=percent) if percent is not None else "",
                      t("p.overdue", lang, value=value(row, "overdue")),
                      t("p.carried", lang, value=carried) if carried == t("yes", lang) else "")
    return cell
