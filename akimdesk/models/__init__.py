"""SQLAlchemy tables for the whole mission; nothing else lives here."""

from .base import Base, Named, Record, date_text, folded, id_text, utcnow
from .calendar import (
    AdministrationSubmission,
    AnnualCalendar,
    CalendarStatus,
    CalendarVersion,
    DayOverride,
    PlannedMeeting,
    RuleEdition,
)
from .exchange import ConflictStatus, ExchangeBaseline, ExchangeConflict, TrustedSender
from .issue import (
    CompetenceLevel,
    IssueCategory,
    IssueDeadlineChange,
    IssueProgress,
    IssueStatus,
    ProblemIssue,
    ResponsibleBody,
    SavedIssueFilter,
)
from .journal import AuditEvent, PackageLog
from .meeting import (
    AgendaItem,
    Announcement,
    Attachment,
    AttachmentContent,
    Broadcast,
    Meeting,
    MeetingParticipant,
    MeetingStatus,
    OffCalendarReason,
    ParticipantCategory,
)
from .people import AkimHolder, AkimPost, Person
from .territory import TOP_LEVELS, Level, Territory
from .trust import TrustedCertificate

__all__ = [
    "AdministrationSubmission", "AgendaItem", "AkimHolder", "AkimPost", "Announcement", "Person", "AnnualCalendar",
    "Attachment", "AttachmentContent", "AuditEvent",
    "Base", "Broadcast", "CalendarStatus", "CalendarVersion", "CompetenceLevel", "ConflictStatus", "DayOverride", "ExchangeBaseline",
    "ExchangeConflict",
    "IssueCategory", "IssueDeadlineChange", "IssueProgress", "IssueStatus", "Level", "Meeting", "MeetingParticipant",
    "MeetingStatus", "Named", "OffCalendarReason", "PackageLog", "ParticipantCategory", "PlannedMeeting",
    "ProblemIssue", "Record", "ResponsibleBody", "RuleEdition", "SavedIssueFilter", "TOP_LEVELS", "Territory", "TrustedCertificate", "TrustedSender",
    "date_text", "folded", "id_text", "utcnow",
]
