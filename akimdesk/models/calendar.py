"""Decree rule editions, annual calendars, their versions and planned meetings."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .people import AkimPost
from .territory import Territory


class RuleEdition(Record, Base):
    """A reference to a decree edition file in resources/rules (the rules themselves are data)."""

    __tablename__ = "rule_edition"

    code: Mapped[str] = mapped_column(String(40), unique=True)
    title_ru: Mapped[str] = mapped_column(String(300))
    title_kk: Mapped[str] = mapped_column(String(300))
    effective_from: Mapped[dt.date]
    source_file: Mapped[str] = mapped_column(String(200))
    sha256: Mapped[str | None] = mapped_column(String(64))


class CalendarStatus:
    DRAFT = "draft"
    APPROVED = "approved"
    SUBMITTED = "submitted"  # sent to the Government
    SUPERSEDED = "superseded"  # replaced by a correction


class AnnualCalendar(Record, Base):
    """The flexible annual calendar of a region (oblast, Astana, Almaty, Shymkent) for one year."""

    __tablename__ = "annual_calendar"
    __table_args__ = (UniqueConstraint("region_id", "year"),)

    region_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territory.id"))
    year: Mapped[int]
    rule_edition_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("rule_edition.id"))

    region: Mapped[Territory] = relationship()
    rule_edition: Mapped[RuleEdition | None] = relationship()
    versions: Mapped[list[CalendarVersion]] = relationship(
        back_populates="calendar", order_by="CalendarVersion.number", cascade="all, delete-orphan"
    )


class CalendarVersion(Record, Base):
    """One version of a calendar: the first approval or a later correction."""

    __tablename__ = "calendar_version"
    __table_args__ = (UniqueConstraint("calendar_id", "number"),)

    calendar_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("annual_calendar.id"), index=True)
    number: Mapped[int]
    status: Mapped[str] = mapped_column(String(20), default=CalendarStatus.DRAFT)
    reason: Mapped[str | None] = mapped_column(Text)  # why a correction was made
    maslikhat_mode: Mapped[str | None] = mapped_column(String(20))  # agreement | notification
    maslikhat_reference: Mapped[str | None] = mapped_column(String(200))  # decision or notice number
    maslikhat_date: Mapped[dt.date | None]
    approved_on: Mapped[dt.date | None]
    approved_by: Mapped[str | None] = mapped_column(String(200))
    submitted_on: Mapped[dt.date | None]  # to the Government
    submission_reference: Mapped[str | None] = mapped_column(String(200))

    calendar: Mapped[AnnualCalendar] = relationship(back_populates="versions")
    planned_meetings: Mapped[list[PlannedMeeting]] = relationship(
        back_populates="version", order_by="PlannedMeeting.planned_date", cascade="all, delete-orphan"
    )


class PlannedMeeting(Record, Base):
    """A field meeting in a calendar version. `lineage_id` follows the same meeting across versions."""

    __tablename__ = "planned_meeting"

    version_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("calendar_version.id"), index=True)
    lineage_id: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4, index=True)
    akim_post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("akim_post.id"), index=True)
    territory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territory.id"), index=True)
    planned_date: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[dt.time | None]
    duration_minutes: Mapped[int] = mapped_column(default=120)
    venue: Mapped[str | None] = mapped_column(String(300))
    topic: Mapped[str | None] = mapped_column(Text)
    is_field: Mapped[bool] = mapped_column(default=True)
    note: Mapped[str | None] = mapped_column(Text)

    version: Mapped[CalendarVersion] = relationship(back_populates="planned_meetings")
    akim_post: Mapped[AkimPost] = relationship()
    territory: Mapped[Territory] = relationship()


class DayOverride(Record, Base):
    """An extra day off or a transferred working day the holidays library does not know."""

    __tablename__ = "day_override"

    day: Mapped[dt.date] = mapped_column(unique=True)
    is_working: Mapped[bool]
    name_ru: Mapped[str | None] = mapped_column(String(200))
    name_kk: Mapped[str | None] = mapped_column(String(200))


class AdministrationSubmission(Record, Base):
    """The Government's step: the regions' approved calendars sent to the Presidential Administration."""

    __tablename__ = "administration_submission"

    year: Mapped[int] = mapped_column(unique=True)
    submitted_on: Mapped[dt.date]
    reference: Mapped[str] = mapped_column(String(100))
    regions: Mapped[str] = mapped_column(Text)  # KATO codes of the regions whose calendars went, comma-separated
