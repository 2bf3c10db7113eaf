"""The refusals a user can act on, whichever use case raised them: the command line prints them as one
`akimdesk: error:` line (exit 2) instead of an unexpected error."""

from __future__ import annotations


def user_refusals() -> tuple[type[Exception], ...]:
    # imported when needed: most of these packages are not loaded by a command that succeeds
    from ..calendar.calendars import WorkflowError
    from ..db import DatabaseError
    from ..decree.editions import EditionFileError
    from ..decree.periods import BadPeriod
    from ..demo.generator import DemoRefused
    from ..documents.common import ReportError
    from ..issues.rules import RegisterError
    from ..meetings.records import MeetingError
    from ..territory.codes import BadRegionCode
    from ..territory.directory import DirectoryEditError, UnknownRegion
    from .access import AccessRefused
    from .people import PersonError
    from .register import FilterError

    return (DatabaseError, DemoRefused, BadRegionCode, UnknownRegion, DirectoryEditError, EditionFileError,
            WorkflowError, BadPeriod, MeetingError, RegisterError, FilterError, ReportError, AccessRefused, PersonError)


def is_database_failure(exc: Exception) -> bool:
    """The database itself failed (locked, gone, disk error): said as a database error, not a crash."""
    from sqlalchemy.exc import SQLAlchemyError

    return isinstance(exc, SQLAlchemyError)
