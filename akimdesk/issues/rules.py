"""Rules of the register that need no database: validation, deadlines, the state a history gives.

Errors carry a stable `code` the screens translate and an English message the command line prints.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from ..models import CompetenceLevel

NEW = "new"
IN_PROGRESS = "in_progress"
DEADLINE_EXTENDED = "deadline_extended"
RESOLVED = "resolved"

COMPETENCE_LEVELS = (
    CompetenceLevel.LOCAL, CompetenceLevel.DISTRICT, CompetenceLevel.OBLAST,
    CompetenceLevel.CENTRAL, CompetenceLevel.HOLDING, CompetenceLevel.COMPANY,
)

TEXT_MAX = 4000  # characters of an issue's text, solution way, proposal or progress note: every document prints
# a text of this length whole (tests/test_documents_long_text.py)
LONG_FIELDS = ("text", "solution_way", "central_proposal")

DEFAULT_DUE_DAYS = 7  # "falls due this week" on the main window and in the register


class RegisterError(ValueError):
    """A register rule refused the change; nothing was written. `code` names the rule for translation."""

    def __init__(self, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.code = code
        self.field = field


class RegisterRefused(RegisterError):
    """Several problems at once (a form or a batch of rows); `problems` lists them all."""

    def __init__(self, problems: Sequence[RegisterError]):
        super().__init__(problems[0].code, "; ".join(str(p) for p in problems), problems[0].field)
        self.problems = list(problems)


@dataclass
class IssueDraft:
    """What a user types into the issue form or one row of quick entry."""

    text: str
    territory_id: uuid.UUID | None
    raised_on: dt.date | None
    meeting_id: uuid.UUID | None = None
    source: str | None = None
    citizen_name: str | None = None
    citizen_contact: str | None = None
    category_id: uuid.UUID | None = None
    competence_level: str = CompetenceLevel.LOCAL
    responsible_body_id: uuid.UUID | None = None
    solution_way: str | None = None
    central_proposal: str | None = None
    deadline: dt.date | None = None
    eotinish_number: str | None = None

    def cleaned(self) -> IssueDraft:
        """The same draft with surrounding spaces trimmed and blank optional texts as None."""
        def opt(value: str | None) -> str | None:
            value = (value or "").strip()
            return value or None

        return IssueDraft(
            text=(self.text or "").strip(), territory_id=self.territory_id, raised_on=self.raised_on,
            meeting_id=self.meeting_id, source=opt(self.source), citizen_name=opt(self.citizen_name),
            citizen_contact=opt(self.citizen_contact), category_id=self.category_id,
            competence_level=self.competence_level, responsible_body_id=self.responsible_body_id,
            solution_way=opt(self.solution_way), central_proposal=opt(self.central_proposal),
            deadline=self.deadline, eotinish_number=opt(self.eotinish_number),
        )


def draft_problems(draft: IssueDraft, today: dt.date) -> list[RegisterError]:
    """Every reason the draft cannot be saved (empty when it can)."""
    d = draft.cleaned()
    out = []
    if not d.text:
        out.append(RegisterError("text_required", "The text of the issue is required", "text"))
    if d.territory_id is None:
        out.append(RegisterError("territory_required", "Choose where the issue was raised", "territory"))
    if d.raised_on is None:
        out.append(RegisterError("raised_on_required", "The date the issue was raised is required", "raised_on"))
    elif d.raised_on > today:
        out.append(RegisterError("raised_on_future", "An issue cannot be raised in the future", "raised_on"))
    if d.meeting_id is None and not d.source:
        out.append(RegisterError("source_required",
                                 "An issue not raised at a meeting needs its source (e-Otinish, reception…)",
                                 "source"))
    for name in LONG_FIELDS:
        if len(getattr(d, name) or "") > TEXT_MAX:
            out.append(RegisterError("text_too_long", f"The {name.replace('_', ' ')} is longer than {TEXT_MAX} characters",
                                     name))
    if d.competence_level not in COMPETENCE_LEVELS:
        out.append(RegisterError("bad_level", f"Unknown competence level: {d.competence_level}", "level"))
    if d.deadline is not None and d.raised_on is not None and d.deadline < d.raised_on:
        out.append(RegisterError("deadline_before_raised", "The deadline is earlier than the day the issue was raised",
                                 "deadline"))
    return out


def check_draft(draft: IssueDraft, today: dt.date) -> IssueDraft:
    """The cleaned draft, or RegisterRefused listing every problem."""
    problems = draft_problems(draft, today)
    if problems:
        raise RegisterRefused(problems)
    return draft.cleaned()


# --- deadlines ---------------------------------------------------------------------------------------
def is_overdue(deadline: dt.date | None, closed: bool, today: dt.date) -> bool:
    """Open and past its deadline: the day of the deadline itself is not yet overdue."""
    return not closed and deadline is not None and deadline < today


def is_due_within(deadline: dt.date | None, closed: bool, today: dt.date, days: int) -> bool:
    """Open and falling due from today up to and including today + days."""
    return not closed and deadline is not None and today <= deadline <= today + dt.timedelta(days=days)


def check_extension(current: dt.date | None, new: dt.date | None, on: dt.date) -> None:
    if new is None:
        raise RegisterError("new_deadline_required", "Give the new deadline", "deadline")
    if current is not None and new <= current:
        raise RegisterError("extension_not_later", "An extended deadline must be later than the current one",
                            "deadline")
    if new < on:
        raise RegisterError("extension_in_past", "An extended deadline cannot be in the past", "deadline")


# --- the history and the state it gives -------------------------------------------------------------
@dataclass(frozen=True)
class HistoryEntry:
    entry_date: dt.date
    order: int  # ties on one day: the entry written later wins
    status_id: uuid.UUID | None
    is_closing: bool
    text: str
    percent: int | None = None


@dataclass(frozen=True)
class CurrentState:
    status_id: uuid.UUID | None  # None: no entry set a status, the issue keeps its initial one
    percent: int | None
    closed_on: dt.date | None
    outcome_note: str | None
    last_entry: dt.date | None = None
    entries: int = field(default=0)


def derive_state(entries: Iterable[HistoryEntry]) -> CurrentState:
    """The issue's state from its dated history: the latest entry that set a status decides the status;
    when that status closes the issue, its date and text are the closing date and final note."""
    ordered = sorted(entries, key=lambda e: (e.entry_date, e.order))
    status_entry = next((e for e in reversed(ordered) if e.status_id is not None), None)
    percent = next((e.percent for e in reversed(ordered) if e.percent is not None), None)
    closing = status_entry if status_entry is not None and status_entry.is_closing else None
    return CurrentState(
        status_id=status_entry.status_id if status_entry else None,
        percent=percent,
        closed_on=closing.entry_date if closing else None,
        outcome_note=closing.text if closing else None,
        last_entry=ordered[-1].entry_date if ordered else None,
        entries=len(ordered),
    )


def check_entry(text: str, entry_date: dt.date | None, raised_on: dt.date, today: dt.date,
                percent: int | None, closing: bool, status_code: str | None = None) -> str:
    """The trimmed text of a progress entry, or the rule it breaks."""
    text = (text or "").strip()
    if not text:
        if closing:
            raise RegisterError("final_note_required", "Closing an issue needs a final note on the outcome", "note")
        raise RegisterError("note_required", "A progress entry needs its text", "note")
    if len(text) > TEXT_MAX:
        raise RegisterError("text_too_long", f"A progress entry is longer than {TEXT_MAX} characters", "note")
    if entry_date is None:
        raise RegisterError("entry_date_required", "A progress entry needs its date", "date")
    if entry_date > today:
        raise RegisterError("entry_in_future", "A progress entry cannot be dated in the future", "date")
    if entry_date < raised_on:
        raise RegisterError("entry_before_raised", "A progress entry cannot be earlier than the issue", "date")
    if percent is not None and not 0 <= percent <= 100:
        raise RegisterError("bad_percent", "Percent of completion is from 0 to 100", "percent")
    if status_code == RESOLVED and percent is not None and percent < 100:
        raise RegisterError("progress_contradicts_status", "An issue resolved is done 100%: give 100 or another "
                            "outcome", "percent")
    if percent == 100 and status_code is not None and not closing:
        raise RegisterError("progress_contradicts_status", "An issue done 100% is closed with its outcome, not left "
                            "in work", "percent")
    return text
