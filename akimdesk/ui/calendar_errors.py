"""Refusals of the calendar workflow, said in the user's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services.calendar import WorkflowError


def workflow_error_text(exc: Exception) -> str:
    code = getattr(exc, "code", None) if isinstance(exc, WorkflowError) else None
    texts = {
        "locked": QCoreApplication.translate(
            "CalendarErrors", "This version of the calendar is approved: open a correction to change it."),
        "not_region": QCoreApplication.translate(
            "CalendarErrors", "Calendars are kept by oblasts, Astana, Almaty and Shymkent."),
        "no_version": QCoreApplication.translate("CalendarErrors", "The calendar has no such version."),
        "bad_duration": QCoreApplication.translate("CalendarErrors", "A meeting lasts from 1 to 600 minutes."),
        "logged": QCoreApplication.translate(
            "CalendarErrors", "This meeting is already logged as held or announced: it stays in the calendar."),
        "maslikhat_number": QCoreApplication.translate(
            "CalendarErrors", "Give the number of the maslikhat's decision or notice."),
        "maslikhat_first": QCoreApplication.translate(
            "CalendarErrors", "Record the maslikhat's decision or notice before approving."),
        "approved_by": QCoreApplication.translate("CalendarErrors", "Say who approved the calendar."),
        "before_agreement": QCoreApplication.translate(
            "CalendarErrors", "A calendar agreed with the maslikhat cannot be approved before the agreement."),
        "submit_approved": QCoreApplication.translate(
            "CalendarErrors", "Only an approved calendar can be submitted to the Government."),
        "outgoing_number": QCoreApplication.translate(
            "CalendarErrors", "Give the outgoing number of the letter to the Government."),
        "submit_before_approval": QCoreApplication.translate(
            "CalendarErrors", "The calendar cannot be submitted before it was approved."),
        "correction_reason": QCoreApplication.translate("CalendarErrors", "A correction needs its reason."),
        "still_draft": QCoreApplication.translate("CalendarErrors", "The calendar is still a draft: edit it directly."),
        "outside_year": QCoreApplication.translate("CalendarErrors", "The date is outside the calendar's year."),
        "organizer_fixed": QCoreApplication.translate(
            "CalendarErrors", "The organizing akim of a planned meeting cannot change: delete it and add a new one."),
        "no_calendar": QCoreApplication.translate("CalendarErrors", "There is no calendar for this year yet."),
    }
    return texts.get(code, str(exc))
