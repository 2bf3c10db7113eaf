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
from ..services.meetings import CATEGORIES
from .labels import category_name, channel_name


def _t(text: str) -> str:
    return QCoreApplication.translate("Fields", text)


def field_name(key: str) -> str:
    """A record's field (a form's or a table column's name) as the user calls it; unknown ones as they are."""
    names = {
        "meeting_date": _t("Meeting date"), "start_time": _t("Start"), "start": _t("Start"), "end_time": _t("End"),
        "venue": _t("Venue"), "planned_minutes": _t("Planned length, min"), "report_minutes": _t("Report, min"),
        "qa_minutes": _t("Questions and answers, min"), "attendance_count": _t("Attendance"),
        "questions_collected": _t("Questions collected"), "questions_channel": _t("Channel for questions"),
        "video_conference": _t("Video conference"), "results_published_on": _t("Results published on"),
        "results_link": _t("Link to the results"), "personal_reception": _t("Personal reception"),
        "personal_reception_note": _t("Note on the personal reception"), "summary": _t("Summary"),
        "participants": _t("Participants"), "broadcasts": _t("Broadcasts"), "announcements": _t("Announcements"),
        "agenda": _t("Agenda"), "status": _t("Status"), "status_id": _t("Status"), "status_reason": _t("Reason"),
        "text": _t("Text"), "territory_id": _t("Territory"), "target_id": _t("Territory"),
        "raised_on": _t("Raised on"), "meeting_id": _t("Meeting"), "source": _t("Source"),
        "citizen_name": _t("Citizen"), "citizen_contact": _t("Citizen's contact"), "category_id": _t("Category"),
        "competence_level": _t("Competence level"), "responsible_body_id": _t("Responsible body"),
        "solution_way": _t("Way to solve"), "central_proposal": _t("Proposal to the centre"),
        "deadline": _t("Deadline"), "original_deadline": _t("Original deadline"), "outcome_note": _t("Outcome"),
        "closed_on": _t("Closed on"), "eotinish_number": _t("e-Otinish number"),
        "organizer_id": _t("Organizing akim"), "akim_post_id": _t("Organizing akim"), "date": _t("Date"),
        "planned_date": _t("Date"), "minutes": _t("Length, min"), "duration_minutes": _t("Length, min"),
        "topic": _t("Topic"), "is_field": _t("Away meeting"), "note": _t("Note"), "kato": _t("KATO code"),
        "parent_id": _t("Part of"), "level": _t("Level"), "name_ru": _t("Name (Russian)"),
        "name_kk": _t("Name (Kazakh)"), "retired_on": _t("Retired on"), "established_on": _t("Established on"),
        "login": _t("Login"), "full_name": _t("Full name"), "roles": _t("Roles"), "active": _t("Active"),
        "entry_date": _t("Entry date"), "author": _t("Author"), "percent": _t("Done, %"), "issue_id": _t("Issue"),
        "version_id": _t("Calendar version"),
    }
    return names.get(key, key)


def _readable(key: str, text: str) -> str:
    """Participants' categories and announcements' channels by their names in the user's language, not their
    codes; a list's items (agenda, broadcasts, announcements) one a line, as the service gave them."""
    if key == "participants":
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
