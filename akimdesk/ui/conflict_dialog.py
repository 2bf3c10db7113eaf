"""When a save meets a newer version: who saved it and when, their values against yours field by field
(Compare), and the choice to reload theirs or keep yours on top of it. Also the translated names of the
records' fields, which the Audit page shows too."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..services.audit_trail import Conflict
from .labels import category_name, channel_name


def _journal_fields() -> dict[str, str]:
    """The fields of a package's log entry (sent or received), as the Audit page shows them."""
    return {
        "direction": QCoreApplication.translate("Fields", "Sent or received"),
        "kind": QCoreApplication.translate("Fields", "Kind"),
        "region_id": QCoreApplication.translate("Fields", "Region"),
        "sender_kato": QCoreApplication.translate("Fields", "Sender's KATO code"),
        "recipient": QCoreApplication.translate("Fields", "Recipient"),
        "period_start": QCoreApplication.translate("Fields", "Period from"),
        "period_end": QCoreApplication.translate("Fields", "Period to"),
        "language": QCoreApplication.translate("Fields", "Language"),
        "file_name": QCoreApplication.translate("Fields", "File"),
        "sha256": QCoreApplication.translate("Fields", "Checksum (SHA-256)"),
        "signer": QCoreApplication.translate("Fields", "Signed by"),
        "details": QCoreApplication.translate("Fields", "Details"),
    }


_NAMES_IN: dict[str, dict[str, str]] = {}  # per language: the Audit page names thousands of fields at a time


def field_name(key: str) -> str:
    """A record's field (a form's or a table column's name) as the user calls it; unknown ones as they are."""
    # one field's name tells the language the translators installed now speak: the rest are made once in it
    language = QCoreApplication.translate("Fields", "Meeting date")
    names = _NAMES_IN.get(language)
    if names is None:
        names = _NAMES_IN[language] = {**_journal_fields(), **_field_names()}
    return names.get(key, key)


def _field_names() -> dict[str, str]:
    return {
        "meeting_date": QCoreApplication.translate("Fields", "Meeting date"),
        "start_time": QCoreApplication.translate("Fields", "Start"),
        "start": QCoreApplication.translate("Fields", "Start"),
        "end_time": QCoreApplication.translate("Fields", "End"),
        "venue": QCoreApplication.translate("Fields", "Venue"),
        "planned_minutes": QCoreApplication.translate("Fields", "Planned length, min"),
        "report_minutes": QCoreApplication.translate("Fields", "Report, min"),
        "qa_minutes": QCoreApplication.translate("Fields", "Questions and answers, min"),
        "attendance_count": QCoreApplication.translate("Fields", "Attendance"),
        "questions_collected": QCoreApplication.translate("Fields", "Questions collected"),
        "questions_channel": QCoreApplication.translate("Fields", "Channel for questions"),
        "video_conference": QCoreApplication.translate("Fields", "Video conference"),
        "results_published_on": QCoreApplication.translate("Fields", "Results published on"),
        "results_link": QCoreApplication.translate("Fields", "Link to the results"),
        "personal_reception": QCoreApplication.translate("Fields", "Personal reception"),
        "personal_reception_note": QCoreApplication.translate("Fields", "Note on the personal reception"),
        "summary": QCoreApplication.translate("Fields", "Summary"),
        "participants": QCoreApplication.translate("Fields", "Participants"),
        "broadcasts": QCoreApplication.translate("Fields", "Broadcasts"),
        "announcements": QCoreApplication.translate("Fields", "Announcements"),
        "agenda": QCoreApplication.translate("Fields", "Agenda"),
        "status": QCoreApplication.translate("Fields", "Status"),
        "status_id": QCoreApplication.translate("Fields", "Status"),
        "status_reason": QCoreApplication.translate("Fields", "Reason"),
        "text": QCoreApplication.translate("Fields", "Text"),
        "territory_id": QCoreApplication.translate("Fields", "Territory"),
        "target_id": QCoreApplication.translate("Fields", "Territory"),
        "raised_on": QCoreApplication.translate("Fields", "Raised on"),
        "meeting_id": QCoreApplication.translate("Fields", "Meeting"),
        "source": QCoreApplication.translate("Fields", "Source"),
        "citizen_name": QCoreApplication.translate("Fields", "Citizen"),
        "citizen_contact": QCoreApplication.translate("Fields", "Citizen's contact"),
        "category_id": QCoreApplication.translate("Fields", "Category"),
        "competence_level": QCoreApplication.translate("Fields", "Competence level"),
        "responsible_body_id": QCoreApplication.translate("Fields", "Responsible body"),
        "solution_way": QCoreApplication.translate("Fields", "Way to solve"),
        "central_proposal": QCoreApplication.translate("Fields", "Proposal to the centre"),
        "deadline": QCoreApplication.translate("Fields", "Deadline"),
        "original_deadline": QCoreApplication.translate("Fields", "Original deadline"),
        "outcome_note": QCoreApplication.translate("Fields", "Outcome"),
        "closed_on": QCoreApplication.translate("Fields", "Closed on"),
        "eotinish_number": QCoreApplication.translate("Fields", "e-Otinish number"),
        "organizer_id": QCoreApplication.translate("Fields", "Organizing akim"),
        "akim_post_id": QCoreApplication.translate("Fields", "Organizing akim"),
        "date": QCoreApplication.translate("Fields", "Date"),
        "planned_date": QCoreApplication.translate("Fields", "Date"),
        "minutes": QCoreApplication.translate("Fields", "Length, min"),
        "duration_minutes": QCoreApplication.translate("Fields", "Length, min"),
        "topic": QCoreApplication.translate("Fields", "Topic"),
        "is_field": QCoreApplication.translate("Fields", "Away meeting"),
        "note": QCoreApplication.translate("Fields", "Note"),
        "kato": QCoreApplication.translate("Fields", "KATO code"),
        "parent_id": QCoreApplication.translate("Fields", "Part of"),
        "level": QCoreApplication.translate("Fields", "Level"),
        "name_ru": QCoreApplication.translate("Fields", "Name (Russian)"),
        "name_kk": QCoreApplication.translate("Fields", "Name (Kazakh)"),
        "retired_on": QCoreApplication.translate("Fields", "Retired on"),
        "established_on": QCoreApplication.translate("Fields", "Established on"),
        "login": QCoreApplication.translate("Fields", "Login"),
        "full_name": QCoreApplication.translate("Fields", "Full name"),
        "roles": QCoreApplication.translate("Fields", "Roles"),
        "active": QCoreApplication.translate("Fields", "Active"),
        "entry_date": QCoreApplication.translate("Fields", "Entry date"),
        "author": QCoreApplication.translate("Fields", "Author"),
        "percent": QCoreApplication.translate("Fields", "Done, %"),
        "issue_id": QCoreApplication.translate("Fields", "Issue"),
        "version_id": QCoreApplication.translate("Fields", "Calendar version"),
    }


def _readable(key: str, text: str) -> str:
    """Participants' categories and announcements' channels by their names in the user's language, not their
    codes; a list's items (agenda, broadcasts, announcements) one a line, as the service gave them."""
    if key == "participants":
        # here, not at the top: the register imports this dialog, and the meetings' service brings the
        # meetings' and documents' modules (16 of them) into the register's first opening
        from ..services.meetings import CATEGORIES

        for code in CATEGORIES:
            text = text.replace(f"{code}: ", f"{category_name(code)}: ")
    if key == "announcements":
        text = "\n".join(" — ".join([channel_name(first), *rest]) for first, *rest in
                          (line.split(" — ") for line in text.split("\n")))
    return text


def _local(when: dt.datetime | None) -> str:
    if when is None:
        return "?"
    if when.tzinfo is None:  # the trail keeps UTC
        when = when.replace(tzinfo=dt.UTC)
    return when.astimezone().strftime("%d.%m.%Y %H:%M")


class ConflictDialog(QDialog):
    """`choice` after exec(): "reload" (take their version), "keep" (save yours over it) or "" (go back)."""

    def __init__(self, parent, conflict: Conflict):
        super().__init__(parent)
        self.conflict, self.choice = conflict, ""
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.message = QLabel(self.tr("%1 saved this record on %2 while you were editing it. Your changes are not "
                                      "saved yet.").replace("%1", conflict.who).replace("%2", _local(conflict.when)))
        self.message.setWordWrap(True)
        self.table = QTableWidget(len(conflict.fields), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Their value (%1)").replace("%1", conflict.who),
                                              self.tr("Your value")])
        for row, (key, theirs, mine) in enumerate(conflict.fields):
            for column, text in enumerate((field_name(key), _readable(key, theirs), _readable(key, mine))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setVisible(False)
        self.same = QLabel(self.tr("The values are the same; only the version changed."))
        self.same.setVisible(False)
        buttons = QDialogButtonBox()
        self.compare_button = buttons.addButton(self.tr("&Compare…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.reload_button = buttons.addButton(self.tr("&Reload"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button = buttons.addButton(self.tr("&Keep mine"), QDialogButtonBox.ButtonRole.AcceptRole)
        back: QPushButton = buttons.addButton(self.tr("Back to editing"), QDialogButtonBox.ButtonRole.RejectRole)
        self.reload_button.setToolTip(self.tr("Show their version; what you typed is dropped."))
        self.keep_button.setToolTip(self.tr("Save what you typed on top of their version."))
        self.compare_button.clicked.connect(self.compare)
        self.reload_button.clicked.connect(lambda: self._choose("reload"))
        self.keep_button.clicked.connect(lambda: self._choose("keep"))
        back.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.message, self.table, self.same, buttons):
            layout.addWidget(widget)
        self.resize(560, 160)

    def compare(self) -> None:
        """Their values and yours side by side, field by field (only the fields that differ)."""
        self.table.setVisible(bool(self.conflict.fields))
        self.same.setVisible(not self.conflict.fields)
        self.table.resizeRowsToContents()
        self.resize(max(self.width(), 760), max(self.height(), 200 + 32 * min(len(self.conflict.fields), 10)))

    def _choose(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def resolve(parent, conflict: Conflict) -> str:
    """Ask what to do about a save that met a newer version: "reload", "keep" or "" (back to editing)."""
    dialog = ConflictDialog(parent, conflict)
    dialog.exec()
    return dialog.choice


def changed_text(refused: Exception) -> str:
    """A refused save of a record someone changed meanwhile, said in the user's language with who and when."""
    who, when = getattr(refused, "who", None), getattr(refused, "when", None)
    if not who or who == "?":
        return QCoreApplication.translate(
            "ConflictDialog", "Someone changed or removed this record while you were looking at it, so your change "
            "was not saved. The window now shows the record as it is; make your change again if it is still needed.")
    return QCoreApplication.translate(
        "ConflictDialog", "%1 changed this record on %2 while you were looking at it, so your change was not "
        "saved. The window now shows their version; make your change again if it is still needed.").replace(
        "%1", who).replace("%2", _local(when))


def tell_changed(parent, refused: Exception) -> None:
    """Tell the person who changed the record and when (the caller then shows the record as it is now)."""
    QMessageBox.warning(parent, QCoreApplication.translate("ConflictDialog", "Changed by someone else"),
                        changed_text(refused))
