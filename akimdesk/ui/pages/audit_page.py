"""The Audit page: who changed what and when, before and after side by side, filtered by person and kind
of record; reads only (the trail is append-only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QSplitter

from ...services import audit_trail
from ..conflict_dialog import field_name
from ..flow import FlowRow
from ..labels import audit_action_name, document_language_name, document_name, entity_name
from .base import FilteredTable, Page

KINDS = ("", "meeting", "planned_meeting", "problem_issue", "issue_progress", "annual_calendar", "calendar_version",
         "territory", "person", "trusted_sender")


HIDDEN = {"id", "created_at", "updated_at", "row_version"}  # bookkeeping, not what a person changed
# how much of a value a line of the list and the detail show: a data package's log entry holds a whole report
LINE_CHARS, LINE_TOTAL, DETAIL_CHARS = 200, 1_000, 20_000


def _value(row: audit_trail.AuditRow, key: str, value, limit: int) -> str:
    """A value as a person reads it, at most `limit` characters; the codes of a package's log entry by their
    names."""
    if row.entity == "package_log" and key == "direction":
        return {"export": QCoreApplication.translate("AuditPage", "sent"),
                "import": QCoreApplication.translate("AuditPage", "received")}.get(value, value)
    if row.entity == "package_log" and key == "kind":
        return document_name(value)
    if row.entity == "package_log" and key == "language" and value:
        return document_language_name(value)
    if audit_trail.is_digest(value):  # a long value (a package's report) the trail names by its digest
        return (QCoreApplication.translate("AuditPage", "kept in the record itself (%1 characters, SHA-256 %2)")
                .replace("%1", f"{value['characters']:,}".replace(",", "\u00a0")).replace("%2", value["sha256"]))
    return audit_trail.value_text(value, row.names, limit)


def _pairs(row: audit_trail.AuditRow, limit: int = DETAIL_CHARS) -> list[tuple[str, str, str]]:
    """(translated field, before, after) as a person reads them: days as days, ids as the names they point at."""
    before, after = row.before or {}, row.after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in HIDDEN
            and (row.before is not None and row.after is not None or before.get(k, after.get(k)) not in (None, ""))]
    return [(field_name(k), _value(row, k, before.get(k), limit) if row.before is not None else "",
             _value(row, k, after.get(k), limit) if row.after is not None else "") for k in keys]


def _changes(row: audit_trail.AuditRow) -> str:
    return audit_trail.cut("; ".join(f"{name}: {a} → {b}" if a and b else f"{name}: {a or b}"
                                     for name, a, b in _pairs(row, LINE_CHARS)), LINE_TOTAL)


class AuditPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.user = QLineEdit()
        self.user.setClearButtonEnabled(True)
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem("", code)
        self.user_label, self.kind_label = QLabel(), QLabel()
        filters = FlowRow()
        for widget in (self.user_label, self.user, self.kind_label, self.kind):
            filters.addWidget(widget)
        filters.addStretch(1)
        self.layout_.addLayout(filters)
        self.list = FilteredTable([
            (lambda: self.tr("When (UTC)"), lambda r: r.at.strftime("%Y-%m-%d %H:%M:%S")),
            (lambda: self.tr("Who"), lambda r: r.actor),
            (lambda: self.tr("What"), lambda r: audit_action_name(r.action)),
            (lambda: self.tr("Record"), lambda r: entity_name(r.entity)),
            (lambda: self.tr("Before → after"), _changes),
        ])
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 3)
        self.layout_.addWidget(split, 1)
        self.user.editingFinished.connect(self.refresh)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.list.table.clicked.connect(self.show_detail)

    def title(self) -> str:
        return self.tr("Audit")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr("Every change of every record: who made it, when, the values before and after. "
                                  "The trail cannot be changed by anyone."))
        self.user_label.setText(self.tr("Login:"))
        self.kind_label.setText(self.tr("Kind of record:"))
        for i in range(self.kind.count()):
            self.kind.setItemText(i, entity_name(self.kind.itemData(i)) if self.kind.itemData(i) else "")
        self.list.retranslate()
        if self.list.model.rows:  # territories, bodies and meetings named in the new language
            self.refresh()

    def refresh(self) -> None:
        rows = audit_trail.audit_events(self.state.database, user=self.user.text().strip() or None,
                                        entity=self.kind.currentData() or None, limit=2000, lang=self.state.language)
        self.list.set_rows(rows)
        self.detail.clear()

    def show_detail(self) -> None:
        row = self.list.current_row()
        if row is not None:
            self.detail.setPlainText("\n".join(f"{name}:  {a or '—'}  →  {b or '—'}" for name, a, b in _pairs(row)))
