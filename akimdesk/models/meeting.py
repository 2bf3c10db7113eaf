"""Meetings held (from the calendar or off-calendar) and what surrounds them."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record
from .calendar import PlannedMeeting
from .people import AkimPost
from .territory import Territory


class MeetingStatus:
    PLANNED = "planned"
    ANNOUNCED = "announced"
    HELD = "held"
    RESULTS_PUBLISHED = "results_published"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


class OffCalendarReason:
    POPULATION_DEMAND = "population_demand"
    NECESSITY = "necessity"


class ParticipantCategory:
    DEPUTIES = "maslikhat_deputies"
    PARTIES = "parties"
    NGO = "ngo"
    OPPOSITION = "opposition"
    CENTRAL_BODIES = "central_bodies"
    OTHER = "other"


class Meeting(Record, Base):
    __tablename__ = "meeting"
    # a region's year; with the status, so the Home page counts held meetings from the index alone (0021)
    __table_args__ = (Index("ix_meeting_territory_date", "territory_id", "meeting_date", "status"),)

    planned_meeting_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("planned_meeting.id"), index=True)
    off_calendar_reason: Mapped[str | None] = mapped_column(String(30))
    akim_post_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("akim_post.id"), index=True)
    territory_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("territory.id"), index=True)
    meeting_date: Mapped[dt.date] = mapped_column(index=True)
    start_time: Mapped[dt.time | None]
    end_time: Mapped[dt.time | None]
    venue: Mapped[str | None] = mapped_column(String(300))
    planned_minutes: Mapped[int | None]
    report_minutes: Mapped[int | None]
    qa_minutes: Mapped[int | None]
    status: Mapped[str] = mapped_column(String(20), default=MeetingStatus.PLANNED)
    status_reason: Mapped[str | None] = mapped_column(Text)
    attendance_count: Mapped[int | None]
    questions_collected: Mapped[int | None]
    questions_channel: Mapped[str | None] = mapped_column(String(100))
    video_conference: Mapped[bool] = mapped_column(default=False)
    results_published_on: Mapped[dt.date | None]
    results_link: Mapped[str | None] = mapped_column(String(500))
    personal_reception: Mapped[bool] = mapped_column(default=False)
    personal_reception_note: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)

    planned_meeting: Mapped[PlannedMeeting | None] = relationship()
    akim_post: Mapped[AkimPost] = relationship()
    territory: Mapped[Territory] = relationship()
    agenda_items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting", order_by="AgendaItem.position", cascade="all, delete-orphan"
    )
    participants: Mapped[list[MeetingParticipant]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    broadcasts: Mapped[list[Broadcast]] = relationship(back_populates="meeting", cascade="all, delete-orphan")
    announcements: Mapped[list[Announcement]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    attachments: Mapped[list[Attachment]] = relationship(back_populates="meeting", cascade="all, delete-orphan")

    @property
    def is_off_calendar(self) -> bool:
        return self.planned_meeting_id is None


class AgendaItem(Record, Base):
    __tablename__ = "agenda_item"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    position: Mapped[int]
    title: Mapped[str] = mapped_column(Text)
    speaker: Mapped[str | None] = mapped_column(String(200))
    minutes: Mapped[int | None]
    is_report: Mapped[bool] = mapped_column(default=False)

    meeting: Mapped[Meeting] = relationship(back_populates="agenda_items")


class MeetingParticipant(Record, Base):
    """Who attended, by category (counts; names optional)."""

    __tablename__ = "meeting_participant"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    category: Mapped[str] = mapped_column(String(30))
    count: Mapped[int] = mapped_column(default=0)
    names: Mapped[str | None] = mapped_column(Text)

    meeting: Mapped[Meeting] = relationship(back_populates="participants")


class Broadcast(Record, Base):
    __tablename__ = "broadcast"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    platform: Mapped[str] = mapped_column(String(100))
    url: Mapped[str | None] = mapped_column(String(500))
    comments_open: Mapped[bool] = mapped_column(default=True)

    meeting: Mapped[Meeting] = relationship(back_populates="broadcasts")


class Announcement(Record, Base):
    __tablename__ = "announcement"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    channel: Mapped[str] = mapped_column(String(30))  # media, radio, official_site, egov, open_data, social, public_places
    published_on: Mapped[dt.date]
    url: Mapped[str | None] = mapped_column(String(500))

    meeting: Mapped[Meeting] = relationship(back_populates="announcements")


class Attachment(Record, Base):
    """A file copied into the managed folder beside the database, kept with its SHA-256."""

    __tablename__ = "attachment"

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("meeting.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))  # photo, presentation, scan, other
    original_name: Mapped[str] = mapped_column(String(300))
    stored_name: Mapped[str] = mapped_column(String(300))
    sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int]

    meeting: Mapped[Meeting] = relationship(back_populates="attachments")


class AttachmentContent(Base):
    """An attachment's bytes kept in the database itself: on a shared server every client reads them
    there (on a local SQLite file they stay in the folder beside it)."""

    __tablename__ = "attachment_content"

    attachment_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("attachment.id", ondelete="CASCADE"),
                                                     primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
