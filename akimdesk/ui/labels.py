"""Every translated name of a stored code the window shows: levels, statuses, meeting records, the
register's competence levels and refusals, documents and the verifier's checks."""

from __future__ import annotations

import re
from functools import cache

from PySide6.QtCore import QCoreApplication


def level_name(level: str) -> str:
    names = {
        "oblast": QCoreApplication.translate("Labels", "Oblast"),
        "capital": QCoreApplication.translate("Labels", "Capital"),
        "republican_city": QCoreApplication.translate("Labels", "City of republican significance"),
        "district": QCoreApplication.translate("Labels", "District"),
        "oblast_city": QCoreApplication.translate("Labels", "City of oblast significance"),
        "urban_district": QCoreApplication.translate("Labels", "District of a city"),
        "district_city": QCoreApplication.translate("Labels", "City of district significance"),
        "rural_okrug": QCoreApplication.translate("Labels", "Rural okrug"),
        "settlement": QCoreApplication.translate("Labels", "Settlement"),
        "village": QCoreApplication.translate("Labels", "Village"),
        "area": QCoreApplication.translate("Labels", "Meeting area (microdistrict)"),
    }
    return names.get(level, level)


def meeting_status_name(status: str) -> str:
    names = {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "announced": QCoreApplication.translate("Labels", "Announced"),
        "held": QCoreApplication.translate("Labels", "Held"),
        "results_published": QCoreApplication.translate("Labels", "Results published"),
        "postponed": QCoreApplication.translate("Labels", "Postponed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }
    return names.get(status, status)


def off_calendar_name(reason: str | None) -> str:
    if reason is None:
        return QCoreApplication.translate("Labels", "By the calendar")
    return {
        "population_demand": QCoreApplication.translate("Labels", "Off-calendar: at the population's demand"),
        "necessity": QCoreApplication.translate("Labels", "Off-calendar: when necessary"),
    }.get(reason, reason)


def language_name(lang: str) -> str:
    # each language is named in itself, so a user who cannot read the current one still finds theirs
    return {"ru": "Русский", "kk": "Қазақша", "en": "English"}[lang]


# meeting records
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


def meeting_refusal_text(exc: Exception) -> str:
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
        "damaged": QCoreApplication.translate(
            "MeetingLabels", "The stored copy of this attachment is missing or damaged."),
        "no_folder": QCoreApplication.translate(
            "MeetingLabels", "Attachments are kept beside an SQLite database file."),
    }
    return texts.get(code, str(exc))


# the problem-issue register
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


def issue_refusal_text(err: Exception) -> str:
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
        "text_too_long": QCoreApplication.translate("Register", "The text is longer than 4000 characters: shorten it."),
        "progress_contradicts_status": QCoreApplication.translate(
            "Register", "The percent contradicts the status: resolved means 100%, and 100% is closed with an outcome."),
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
        return " ".join(issue_refusal_text(p) for p in problems)
    return texts.get(err.code, str(err))


# documents and the verifier
@cache
def document_codes() -> tuple[str, ...]:
    """The documents' codes, in the documents' order (imports the document builders: when first needed)."""
    from ..services.exports import document_kinds

    return tuple(k.code for k in document_kinds())


def document_name(code: str) -> str:
    return {
        "calendar": QCoreApplication.translate("Exports", "Approved annual calendar"),
        "central_issues": QCoreApplication.translate("Exports", "Issues for central bodies, holdings and companies"),
        "quarterly_update": QCoreApplication.translate("Exports", "Quarterly update of problem issues"),
        "summary": QCoreApplication.translate("Exports", "Execution summary"),
        "meeting_report": QCoreApplication.translate("Exports", "Report of one meeting"),
        "data": QCoreApplication.translate("Exports", "Data package"),
    }.get(code, code)


def document_purpose(code: str) -> str:
    return {
        "calendar": QCoreApplication.translate(
            "Exports", "The flexible annual calendar of field meetings as approved: for the maslikhat, and for the "
            "Government by 20 January."),
        "central_issues": QCoreApplication.translate(
            "Exports", "Problem issues that need a decision of central executive bodies, national holdings and "
            "companies, with proposals, grouped by responsible body: for the Government by 15 February and 15 August."),
        "quarterly_update": QCoreApplication.translate(
            "Exports", "Status, way of solution and progress of every issue open during a quarter. The figures are "
            "kept as reported, and the next quarter's update shows what changed since."),
        "summary": QCoreApplication.translate(
            "Exports", "Meetings planned and held, off-calendar meetings, decree requirements not met, and issues by "
            "category, status and level, with charts."),
        "meeting_report": QCoreApplication.translate(
            "Exports", "One meeting: how it was held, the decree checks, the issues raised and the instructions given."),
    }.get(code, "")


def document_language_name(lang: str) -> str:
    return {"ru": QCoreApplication.translate("Exports", "Russian"),
            "kk": QCoreApplication.translate("Exports", "Kazakh")}.get(lang, lang)


def check_name(check: str) -> str:
    return {
        "manifest": QCoreApplication.translate("Exports", "Manifest"),
        "missing": QCoreApplication.translate("Exports", "File missing"),
        "size": QCoreApplication.translate("Exports", "Size"),
        "sha256": QCoreApplication.translate("Exports", "SHA-256 against the manifest"),
        "unlisted": QCoreApplication.translate("Exports", "File not in the manifest"),
        "duplicate": QCoreApplication.translate("Exports", "Duplicate file"),
        "readable": QCoreApplication.translate("Exports", "Readable"),
        "cms_signature": QCoreApplication.translate("Exports", "Signature of the manifest"),
        "pdf_signature": QCoreApplication.translate("Exports", "PDF signature"),
        "trust": QCoreApplication.translate("Exports", "Chain of trust"),
        "signer_match": QCoreApplication.translate("Exports", "Same signer"),
        "name": QCoreApplication.translate("Exports", "Package name"),
        "timestamp": QCoreApplication.translate("Exports", "Time-stamp"),
        "certificate": QCoreApplication.translate("Exports", "Signer's certificate"),
    }.get(check, check)


def reason_text(reason: str) -> str:
    """Why a check failed, from the verifier's documented list of reasons."""
    return {
        "digest_mismatch": QCoreApplication.translate("Exports", "the file differs from the one signed"),
        "missing_file": QCoreApplication.translate("Exports", "a signed file is missing"),
        "unlisted_file": QCoreApplication.translate("Exports", "a file was added that was not signed"),
        "modified_after_signing": QCoreApplication.translate("Exports", "changed after signing"),
        "untrusted_root": QCoreApplication.translate("Exports", "does not chain to a trusted root certificate"),
        "expired": QCoreApplication.translate("Exports", "the certificate had expired when it signed"),
        "not_yet_valid": QCoreApplication.translate("Exports", "the certificate was not yet valid when it signed"),
        "wrong_key_usage": QCoreApplication.translate("Exports", "signed with a key that is not for signing "
                                                                 "(an authentication key)"),
        "revoked": QCoreApplication.translate("Exports", "the certificate was revoked"),
        "name_mismatch": QCoreApplication.translate("Exports", "the package was renamed or swapped for another"),
        "unsigned": QCoreApplication.translate("Exports", "not signed"),
        "bad_signature": QCoreApplication.translate("Exports", "the signature is broken"),
        "bad_timestamp": QCoreApplication.translate("Exports", "the time-stamp is broken"),
        "bad_manifest": QCoreApplication.translate("Exports", "the manifest cannot be read"),
        "damaged": QCoreApplication.translate("Exports", "damaged"),
        "signer_mismatch": QCoreApplication.translate("Exports", "signed by someone else than the manifest"),
    }.get(reason, reason)


def check_detail(detail: str) -> str:
    """The verifier's fixed sentences in the interface language; details with numbers stay as they are."""
    known = {
        "SHA-256 matches the manifest": QCoreApplication.translate("Exports", "SHA-256 matches the manifest"),
        "listed in the manifest but not in the package": QCoreApplication.translate("Exports", "listed in the manifest but not in the package"),
        "present in the package but not listed in the manifest": QCoreApplication.translate("Exports", "present in the package but not listed in the manifest"),
        "the package has no manifest": QCoreApplication.translate("Exports", "the package has no manifest"),
        "the package is not signed (no manifest.json.p7s)": QCoreApplication.translate("Exports", "the package is not signed (no manifest.json.p7s)"),
        "signature of manifest.json is intact and valid": QCoreApplication.translate("Exports", "signature of manifest.json is intact and valid"),
        "manifest.json was changed after signing (digest mismatch)": QCoreApplication.translate("Exports", "manifest.json was changed after signing (digest mismatch)"),
        "the signature value does not verify": QCoreApplication.translate("Exports", "the signature value does not verify"),
        "PDF signature is intact and valid and covers the whole file": QCoreApplication.translate("Exports", "PDF signature is intact and valid and covers the whole file"),
        "the PDF was changed after signing (digest mismatch)": QCoreApplication.translate("Exports", "the PDF was changed after signing (digest mismatch)"),
        "the PDF carries no signature": QCoreApplication.translate("Exports", "the PDF carries no signature"),
        "content was added to the PDF after signing": QCoreApplication.translate("Exports", "content was added to the PDF after signing"),
        "the signer's certificate chains to a trusted root": QCoreApplication.translate("Exports", "the signer's certificate chains to a trusted root"),
        "the signer's certificate does not chain to a trusted root": QCoreApplication.translate("Exports", "the signer's certificate does not chain to a trusted root"),
        "the package carries the name it was signed as": QCoreApplication.translate("Exports", "the package carries the name it was signed as"),
        "signed by the same certificate as the manifest": QCoreApplication.translate("Exports", "signed by the same certificate as the manifest"),
        "signed by a different certificate than the manifest": QCoreApplication.translate("Exports", "signed by a different certificate than the manifest"),
    }
    return known.get(detail) or _detail_with_values(detail)


def _detail_with_values(detail: str) -> str:
    """Details that carry numbers or a technical reason: the sentence translated, the numbers kept; the
    technical reason (a library's English message) is left out of the interface."""
    patterns = [
        (r"(\d+) file\(s\) listed", lambda m: QCoreApplication.translate("Exports", "files listed: %1").replace("%1", m[1])),
        (r"(\d+) bytes, the manifest says (\d+)", lambda m: QCoreApplication.translate("Exports", "%1 bytes, the manifest says %2")
         .replace("%1", m[1]).replace("%2", m[2])),
        (r"SHA-256 differs from the manifest.*", lambda m: QCoreApplication.translate("Exports", "SHA-256 differs from the manifest")),
        (r"the archive holds this name more than once", lambda m: QCoreApplication.translate("Exports", "the archive holds this name more than once")),
        (r"too large for a document package", lambda m: QCoreApplication.translate("Exports", "too large for a document package")),
        (r"damaged inside the zip.*", lambda m: QCoreApplication.translate("Exports", "damaged inside the archive")),
        (r"unreadable manifest.*", lambda m: QCoreApplication.translate("Exports", "the manifest cannot be read")),
        (r"unreadable or broken signature.*|broken signature.*", lambda m: QCoreApplication.translate("Exports", "the signature cannot be read")),
        (r"the signer's certificate is damaged.*", lambda m: QCoreApplication.translate("Exports", "the signer's certificate is damaged")),
        (r"unreadable PDF.*", lambda m: QCoreApplication.translate("Exports", "the PDF cannot be read")),
        (r"the PDF signature value does not verify", lambda m: QCoreApplication.translate("Exports", "the signature value does not verify")),
    ]
    for pattern, text in patterns:
        match = re.fullmatch(pattern, detail, re.DOTALL)
        if match:
            return text(match)
    return detail


def deadline_name(kind: str) -> str:
    """A date the decree sets, as the Home page lists it."""
    return {
        "calendar_approval": QCoreApplication.translate("Labels", "Approval of the calendar"),
        "government_submission": QCoreApplication.translate("Labels", "Calendar sent to the Government"),
        "announcement": QCoreApplication.translate("Labels", "Announcement of the meeting"),
        "results_publication": QCoreApplication.translate("Labels", "Publication of the meeting's results"),
    }.get(kind, kind)


def period_name(code: str) -> str:
    """A reporting period as people say it: '2026-Q3' -> '3rd quarter of 2026' in the interface language."""
    match = re.fullmatch(r"(\d{4})(?:-([HQ])([1-4]))?", code)
    if match is None:
        return code
    year, kind, number = match.groups()
    if kind == "H":
        text = QCoreApplication.translate("Labels", "half-year %2 of %1")
    elif kind == "Q":
        text = QCoreApplication.translate("Labels", "quarter %2 of %1")
    else:
        text = QCoreApplication.translate("Labels", "year %1")
    return text.replace("%1", year).replace("%2", number or "")


# kinds of records (exchange, audit trail)
def entity_name(entity: str) -> str:
    """What kind of record a conflict or an audit entry is about, in the user's language."""
    return {
        "meeting": QCoreApplication.translate("ExchangeEntities", "Meeting"), "problem_issue": QCoreApplication.translate("ExchangeEntities", "Problem issue"),
        "issue_progress": QCoreApplication.translate("ExchangeEntities", "Progress entry"), "agenda_item": QCoreApplication.translate("ExchangeEntities", "Agenda item"),
        "meeting_participant": QCoreApplication.translate("ExchangeEntities", "Participants"), "broadcast": QCoreApplication.translate("ExchangeEntities", "Broadcast"),
        "announcement": QCoreApplication.translate("ExchangeEntities", "Announcement"),
        "planned_meeting": QCoreApplication.translate("ExchangeEntities", "Planned meeting"),
        "calendar_version": QCoreApplication.translate("ExchangeEntities", "Calendar version"),
        "annual_calendar": QCoreApplication.translate("ExchangeEntities", "Calendar"), "akim_holder": QCoreApplication.translate("ExchangeEntities", "Akim"),
        "territory": QCoreApplication.translate("ExchangeEntities", "Territorial unit"),
        "rule_edition": QCoreApplication.translate("ExchangeEntities", "Decree edition"),
        "issue_category": QCoreApplication.translate("ExchangeEntities", "Issue category"),
        "issue_status": QCoreApplication.translate("ExchangeEntities", "Issue status"),
        "responsible_body": QCoreApplication.translate("ExchangeEntities", "Responsible body"),
        "akim_post": QCoreApplication.translate("ExchangeEntities", "Akim's post"),
        "person": QCoreApplication.translate("ExchangeEntities", "Person"),
        "trusted_sender": QCoreApplication.translate("ExchangeEntities", "Trusted sender"),
        "trusted_certificate": QCoreApplication.translate("ExchangeEntities", "Trusted certificate"),
        "package_log": QCoreApplication.translate("ExchangeEntities", "Package sent or received"),
        "issue_deadline_change": QCoreApplication.translate("ExchangeEntities", "Deadline change"),
        "day_override": QCoreApplication.translate("ExchangeEntities", "Working day or day off"),
        "administration_submission": QCoreApplication.translate("ExchangeEntities", "Submission to the Presidential Administration"),
        "saved_issue_filter": QCoreApplication.translate("ExchangeEntities", "Saved filter"),
        "attachment": QCoreApplication.translate("ExchangeEntities", "Attached file"),
        "exchange_baseline": QCoreApplication.translate("ExchangeEntities", "Exchange state of a record"),
        "exchange_conflict": QCoreApplication.translate("ExchangeEntities", "Exchange conflict"),
    }.get(entity, entity)


def audit_action_name(action: str) -> str:
    return {
        "insert": QCoreApplication.translate("Labels", "Created"),
        "update": QCoreApplication.translate("Labels", "Changed"),
        "delete": QCoreApplication.translate("Labels", "Deleted"),
    }.get(action, action)
