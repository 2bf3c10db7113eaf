"""Translated names for meeting records: participant categories, channels, attachment kinds, refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def category_name(code: str) -> str:
    return {
        "maslikhat_deputies": QCoreApplication.translate("MeetingLabels", "Maslikhat deputies"),
        "parties": QCoreApplication.translate("MeetingLabels", "Party representatives"),
        "ngo": QCoreApplication.translate("MeetingLabels", "Non-governmental organisations"),
        "opposition": QCoreApplication.translate("MeetingLabels", "Opposition"),
        "central_bodies": QCoreApplication.translate("MeetingLabels", "Central bodies"),
        "other": QCoreApplication.translate("MeetingLabels", "Other residents"),
    }.get(code, code)


def channel_name(code: str) -> str:
    return {
        "media": QCoreApplication.translate("MeetingLabels", "Mass media (press)"),
        "radio": QCoreApplication.translate("MeetingLabels", "Radio"),
        "official_site": QCoreApplication.translate("MeetingLabels", "Official website"),
        "egov": QCoreApplication.translate("MeetingLabels", "E-government portal"),
        "open_data": QCoreApplication.translate("MeetingLabels", "Open data portal"),
        "social": QCoreApplication.translate("MeetingLabels", "Official social media accounts"),
        "public_places": QCoreApplication.translate("MeetingLabels", "Public places"),
    }.get(code, code)


def attachment_kind_name(code: str) -> str:
    return {
        "photo": QCoreApplication.translate("MeetingLabels", "Photo"),
        "presentation": QCoreApplication.translate("MeetingLabels", "Presentation"),
        "scan": QCoreApplication.translate("MeetingLabels", "Scanned document"),
        "other": QCoreApplication.translate("MeetingLabels", "Other file"),
    }.get(code, code)


def check_colour(status: str) -> str:
    return {"ok": "#d7f0d2", "fail": "#f8d0cc", "warn": "#fff0c2", "pending": "#eef1f5"}.get(status, "#ffffff")


def refusal_text(exc: Exception) -> str:
    code = getattr(exc, "code", None)
    texts = {
        "outside_year": QCoreApplication.translate("MeetingLabels", "The date is outside the calendar's year."),
        "end_before_start": QCoreApplication.translate("MeetingLabels", "The meeting ends before it starts."),
        "negative": QCoreApplication.translate("MeetingLabels", "A number cannot be negative."),
        "report_over_planned": QCoreApplication.translate(
            "MeetingLabels", "The report cannot be longer than the whole meeting."),
        "results_before_meeting": QCoreApplication.translate(
            "MeetingLabels", "Results cannot be published before the meeting."),
        "announcement_after": QCoreApplication.translate(
            "MeetingLabels", "An announcement cannot come after the meeting."),
        "held_in_future": QCoreApplication.translate("MeetingLabels", "A meeting in the future cannot be held yet."),
        "bad_transition": QCoreApplication.translate("MeetingLabels", "The meeting cannot move to this status now."),
        "reason_needed": QCoreApplication.translate(
            "MeetingLabels", "Say why the meeting is postponed or cancelled."),
        "results_date_needed": QCoreApplication.translate(
            "MeetingLabels", "Give the date the results were published (Results tab)."),
        "off_calendar_reason": QCoreApplication.translate(
            "MeetingLabels", "Say why the meeting is held outside the calendar."),
        "missing": QCoreApplication.translate("MeetingLabels", "The file was not found."),
        "unreadable": QCoreApplication.translate("MeetingLabels", "The file cannot be read."),
        "no_folder": QCoreApplication.translate(
            "MeetingLabels", "Attachments are kept beside an SQLite database file."),
    }
    return texts.get(code, str(exc))
