"""Problem issues raised by citizens, their classifiers and their progress history."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Named, Record
from .meeting import Meeting
from .territory import Territory


class CompetenceLevel:
    """At what level an issue must be decided."""

    LOCAL = "local"
    DISTRICT = "district"
    OBLAST = "oblast"
    CENTRAL = "central"  # central executive body (ministry)
    HOLDING = "holding"  # national holding
    COMPANY = "company"  # national company

    CENTRAL_LEVELS = (CENTRAL, HOLDING, COMPANY)


class IssueCategory(Named, Record, Base):
    __tablename__ = "issue_category"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ru: Mapped[str] = mapped_column(String(200))
    name_kk: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    position: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class IssueStatus(Named, Record, Base):
    """Status and outcome vocabulary (new, in progress, resolved, explained, ...); editable."""

    __tablename__ = "issue_status"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    name_ru: Mapped[str] = mapped_column(String(200))
    name_kk: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    is_closed: Mapped[bool] = mapped_column(default=False)
    position: Mapped[int] = mapped_column(default=0)
    retired: Mapped[bool] = mapped_column(default=False)


class ResponsibleBody(Named, Record, Base):
    """A body an issue is routed to: a local department, a ministry, a national holding or company."""

    __tablename__ = "responsible_body"

    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name_ru: Mapped[str] = mapped_column(String(300))
    name_kk: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str | None] = mapped_column(String(300))
    level: Mapped[str] = mapped_column(String(20))  # a CompetenceLevel value
    parent_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("responsible_body.id"))
    territory_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("territory.id"))
    retired: Mapped[bool] = mapped_column(default=False)

    territory: Mapped[Territory | None] = relationship()


class ProblemIssue(Record, Base):
    __tablename__ = "problem_issue"
    __table_args__ = (
        # the register pages through issues by (date, id): these let the database walk an index, not sort
        Index("ix_problem_issue_raised_on_id", "raised_on", "id"),
        Index("ix_problem_issue_deadline_id", "deadline", "id"),
        # a region's issues by status and deadline, by date, by category (migration 0009), by level (0015);
        # by body with the id, so a page sorted by body is chosen from this index alone (0016); the Home
        # page's open issues by body and its overdue trend counted from the first index alone (0021)
        Index("ix_problem_issue_territory_status_deadline", "territory_id", "status_id", "deadline",
              "responsible_body_id", "closed_on"),
        Index("ix_problem_issue_territory_raised_on", "territory_id", "raised_on"),
        Index("ix_problem_issue_territory_category", "territory_id", "category_id"),
        Index("ix_problem_issue_territory_level", "territory_id", "competence_level"),
        Index("ix_problem_issue_territory_body", "territory_id", "responsible_body_id", "id"),
        Index("uq_problem_issue_registration_number", "registration_number", unique=True),
    )

    meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("meeting.id"), index=True)
    source: Mapped[str | None] = mapped_column(String(200))  # where it came from when not at a meeting
    territory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territory.id"), index=True)
    raised_on: Mapped[dt.date]
    text: Mapped[str] = mapped_column(Text)
    citizen_name: Mapped[str | None] = mapped_column(String(200))  # personal data: masked in exports
    citizen_contact: Mapped[str | None] = mapped_column(String(200))
    category_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issue_category.id"), index=True)
    competence_level: Mapped[str] = mapped_column(String(20), default=CompetenceLevel.LOCAL)
    responsible_body_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("responsible_body.id"), index=True)
    solution_way: Mapped[str | None] = mapped_column(Text)
    central_proposal: Mapped[str | None] = mapped_column(Text)
    deadline: Mapped[dt.date | None]
    original_deadline: Mapped[dt.date | None]
    status_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("issue_status.id"), index=True)
    outcome_note: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[dt.date | None]
    eotinish_number: Mapped[str | None] = mapped_column(String(60))
    # «39-2026-54-000123»: region, year raised, the registering district's series, a sequence; given once
    # when the issue is created (issues/numbering.py), never changed, carried unchanged by data packages
    # (NULL only until the flush that writes the issue: a nullable column and a unique index let migration
    # 0011 add it without copying the table, which would drop the search index's triggers on SQLite)
    registration_number: Mapped[str | None] = mapped_column(String(20))

    meeting: Mapped[Meeting | None] = relationship()
    territory: Mapped[Territory] = relationship()
    category: Mapped[IssueCategory | None] = relationship()
    responsible_body: Mapped[ResponsibleBody | None] = relationship()
    status: Mapped[IssueStatus] = relationship()
    progress: Mapped[list[IssueProgress]] = relationship(
        back_populates="issue", order_by="IssueProgress.entry_date", cascade="all, delete-orphan"
    )
    # loaded with the issue (one query per batch): a delete's cascade then never loads it mid-way, after the
    # issue's progress entries were already flushed away
    deadline_changes: Mapped[list[IssueDeadlineChange]] = relationship(
        back_populates="issue", order_by="[IssueDeadlineChange.changed_on, IssueDeadlineChange.new_deadline]",
        cascade="all, delete-orphan", lazy="selectin",
    )


class IssueProgress(Record, Base):
    """A dated entry in an issue's history; the issue's current state derives from these."""

    __tablename__ = "issue_progress"

    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("problem_issue.id"), index=True)
    entry_date: Mapped[dt.date]
    author: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    percent: Mapped[int | None]
    status_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("issue_status.id"))

    issue: Mapped[ProblemIssue] = relationship(back_populates="progress")


class IssueDeadlineChange(Record, Base):
    """One extension of an issue's deadline: from which date to which, when, by whom and why."""

    __tablename__ = "issue_deadline_change"

    issue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("problem_issue.id"), index=True)
    changed_on: Mapped[dt.date]
    # None only in the history migration 0011 rebuilt from older progress entries, which kept no dates
    old_deadline: Mapped[dt.date | None]
    new_deadline: Mapped[dt.date | None]
    author: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    # the progress entry that moved the deadline (undoing the entry undoes the extension); a plain id, not a
    # foreign key, so a package's deletions and an issue's cascade may remove the two in either order
    progress_id: Mapped[uuid.UUID | None] = mapped_column(index=True)

    issue: Mapped[ProblemIssue] = relationship(back_populates="deadline_changes")


class SavedIssueFilter(Record, Base):
    """A named set of register filters, kept in the database whose territories and bodies it names.

    `owner` is the login that saved it; None makes it shared with everyone using this database.
    """

    __tablename__ = "saved_issue_filter"

    name: Mapped[str] = mapped_column(String(200))
    owner: Mapped[str | None] = mapped_column(String(200), index=True)
    criteria: Mapped[dict[str, Any]]
