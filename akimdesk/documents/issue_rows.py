"""The columns every list of problem issues shares, so an issue can be followed from one document and one
quarter to the next: its stable number, KATO code, place, e-Otinish number, the meeting it was raised at,
original and current deadline with the extensions, overdue at the period's end, status and progress; and the
issues those lists print, read as plain rows (`read_issue_lines`)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..issues.rules import is_overdue
from ..models import (
    AkimPost,
    IssueCategory,
    IssueDeadlineChange,
    IssueProgress,
    IssueStatus,
    Meeting,
    ProblemIssue,
    ResponsibleBody,
    Territory,
)
from .common import CountryScope, RegionScope, fmt_date, name_of
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


class ProgressEntry(NamedTuple):
    entry_date: dt.date
    status_id: uuid.UUID | None
    percent: int | None
    text: str


@dataclass(slots=True)
class IssueLine:
    """An issue as the Government's lists print it: its own values, its unit, category, body and status from
    lookups read once, the meeting it was raised at, and its history as plain tuples in the order written. A
    country's list holds tens of thousands of issues: no ORM object is made for an issue or an entry of it."""

    id: uuid.UUID
    territory: Territory
    raised_on: dt.date
    text: str
    category: IssueCategory | None
    competence_level: str
    responsible_body: ResponsibleBody | None
    solution_way: str | None
    central_proposal: str | None
    deadline: dt.date | None
    original_deadline: dt.date | None
    status: IssueStatus
    closed_on: dt.date | None
    eotinish_number: str | None
    registration_number: str | None
    held: tuple[dt.date, str, str] | None  # the meeting's date and its akim's post in Russian and Kazakh
    progress: list[ProgressEntry]
    extended_on: list[dt.date]  # the days its deadline was moved

    @property
    def territory_id(self) -> uuid.UUID:
        return self.territory.id


BATCH = 900  # issues whose history one statement reads: under 999, the fewest parameters an SQLite build allows


def read_issue_lines(session: Session, chosen, scope: RegionScope | CountryScope,
                     statuses: dict[uuid.UUID, IssueStatus]) -> list[IssueLine]:
    """The issues `chosen` selects (a SELECT of ProblemIssue rows: its filters and order are kept) as lines: one
    statement for the issues with their meetings, then their progress entries and deadlines' extensions read
    by their ids, 900 issues a statement (reading them through `chosen` again would walk the issues again
    for each), the categories and the bodies they name. Issues of units outside `scope` are left out."""
    rows = session.execute(chosen.with_only_columns(
        ProblemIssue.id, ProblemIssue.territory_id, ProblemIssue.raised_on, ProblemIssue.text,
        ProblemIssue.category_id, ProblemIssue.competence_level, ProblemIssue.responsible_body_id,
        ProblemIssue.solution_way, ProblemIssue.central_proposal, ProblemIssue.deadline,
        ProblemIssue.original_deadline, ProblemIssue.status_id, ProblemIssue.closed_on, ProblemIssue.eotinish_number,
        ProblemIssue.registration_number, Meeting.meeting_date, AkimPost.title_ru, AkimPost.title_kk)
        .outerjoin(Meeting, ProblemIssue.meeting_id == Meeting.id)
        .outerjoin(AkimPost, Meeting.akim_post_id == AkimPost.id)).all()
    rows = [row for row in rows if scope.covers(row[1])]
    ids = [row[0] for row in rows]
    progress: dict[uuid.UUID, list[ProgressEntry]] = {}
    extended: dict[uuid.UUID, list[dt.date]] = {}
    for start in range(0, len(ids), BATCH):
        batch = ids[start:start + BATCH]
        for issue_id, *entry in session.execute(  # as written: by day, then by the time of writing
                select(IssueProgress.issue_id, IssueProgress.entry_date, IssueProgress.status_id,
                       IssueProgress.percent, IssueProgress.text).where(IssueProgress.issue_id.in_(batch))
                .order_by(IssueProgress.issue_id, IssueProgress.entry_date, IssueProgress.created_at,
                          IssueProgress.id)):
            progress.setdefault(issue_id, []).append(ProgressEntry(*entry))
        for issue_id, day in session.execute(select(IssueDeadlineChange.issue_id, IssueDeadlineChange.changed_on)
                                             .where(IssueDeadlineChange.issue_id.in_(batch))):
            extended.setdefault(issue_id, []).append(day)
    categories = {c.id: c for c in session.scalars(select(IssueCategory))}
    named = {row[6] for row in rows} - {None}
    bodies = {b.id: b for b in session.scalars(select(ResponsibleBody).where(ResponsibleBody.id.in_(named)))}
    return [IssueLine(issue_id, scope.scope_of(unit_id).unit(unit_id), raised_on, text, categories.get(category_id),
                      level, bodies.get(body_id), solution_way, central_proposal, deadline, original_deadline,
                      statuses[status_id], closed_on, eotinish, number,
                      (meeting_date, akim_ru, akim_kk) if meeting_date is not None else None,
                      progress.get(issue_id, []), extended.get(issue_id, []))
            for (issue_id, unit_id, raised_on, text, category_id, level, body_id, solution_way, central_proposal,
                 deadline, original_deadline, status_id, closed_on, eotinish, number, meeting_date, akim_ru,
                 akim_kk) in rows]


def head_values(n: int, issue: IssueLine, scope: RegionScope, lang: str) -> tuple:
    unit = issue.territory
    district = scope.district_of(unit.id)
    held = ""
    if issue.held is not None:
        day, akim_ru, akim_kk = issue.held
        held = f"{fmt_date(day)}, {akim_kk if lang == 'kk' and akim_kk else akim_ru}"
    return (n, issue.registration_number or "", scope.name(lang),
            name_of(district, lang), scope.kato_of(unit), scope.place(unit, lang), issue.raised_on, held,
            issue.eotinish_number or "")


def tail_values(issue: IssueLine, day: dt.date, closed: bool, lang: str) -> tuple:
    """Deadlines, the extensions made by the end of `day` (how many, the last one's date) and the overdue mark
    as it stood then."""
    moves = [changed_on for changed_on in issue.extended_on if changed_on <= day]
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
