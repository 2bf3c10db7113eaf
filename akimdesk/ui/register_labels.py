"""Translated texts for the register's codes: competence levels and the rules' refusals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..registry.rules import RegisterError


def competence_name(level: str) -> str:
    names = {
        "local": QCoreApplication.translate("Register", "Local akimat"),
        "district": QCoreApplication.translate("Register", "District"),
        "oblast": QCoreApplication.translate("Register", "Oblast"),
        "central": QCoreApplication.translate("Register", "Central executive body"),
        "holding": QCoreApplication.translate("Register", "National holding"),
        "company": QCoreApplication.translate("Register", "National company"),
    }
    return names.get(level, level)


def refusal_text(err: RegisterError) -> str:
    """The rule a change broke, in the interface language (the English message for an unknown rule)."""
    texts = {
        "text_required": QCoreApplication.translate("Register", "Type the text of the issue."),
        "territory_required": QCoreApplication.translate("Register", "Choose where the issue was raised."),
        "raised_on_required": QCoreApplication.translate("Register", "Give the date the issue was raised."),
        "raised_on_future": QCoreApplication.translate("Register", "An issue cannot be raised in the future."),
        "source_required": QCoreApplication.translate(
            "Register", "An issue not raised at a meeting needs its source (e-Otinish, personal reception…)."),
        "bad_level": QCoreApplication.translate("Register", "Choose the competence level."),
        "deadline_before_raised": QCoreApplication.translate(
            "Register", "The deadline is earlier than the day the issue was raised."),
        "new_deadline_required": QCoreApplication.translate("Register", "Give the new deadline."),
        "extension_not_later": QCoreApplication.translate(
            "Register", "An extended deadline must be later than the current one."),
        "extension_in_past": QCoreApplication.translate("Register", "An extended deadline cannot be in the past."),
        "final_note_required": QCoreApplication.translate(
            "Register", "Closing an issue needs a final note on the outcome."),
        "note_required": QCoreApplication.translate("Register", "Type the text of the entry."),
        "entry_date_required": QCoreApplication.translate("Register", "Give the date of the entry."),
        "entry_in_future": QCoreApplication.translate("Register", "An entry cannot be dated in the future."),
        "entry_before_raised": QCoreApplication.translate(
            "Register", "An entry cannot be dated before the issue was raised."),
        "bad_percent": QCoreApplication.translate("Register", "Percent of completion is from 0 to 100."),
        "not_an_outcome": QCoreApplication.translate(
            "Register", "Closing needs an outcome status (resolved, explained, …)."),
        "deadline_needs_extension": QCoreApplication.translate(
            "Register", "The deadline of an issue in work changes only by an extension with a note."),
        "changed_since": QCoreApplication.translate(
            "Register", "Someone changed this issue meanwhile; reopen it to see the changes."),
        "issue_gone": QCoreApplication.translate("Register", "The issue is no longer in the database."),
        "unknown_status": QCoreApplication.translate("Register", "Unknown status."),
        "unknown_body": QCoreApplication.translate("Register", "The responsible body is not in this database."),
        "unknown_meeting": QCoreApplication.translate("Register", "The meeting is not in this database."),
        "unknown_territory": QCoreApplication.translate("Register", "The territory is not in this database."),
        "filter_name_required": QCoreApplication.translate("Register", "Give the filter a name."),
    }
    problems = getattr(err, "problems", None)
    if problems:
        return " ".join(refusal_text(p) for p in problems)
    return texts.get(err.code, str(err))
