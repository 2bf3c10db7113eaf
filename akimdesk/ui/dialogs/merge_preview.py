"""Before a received data package is merged: what it will create, change and delete per kind (the service's dry
run), merged only when the person confirms; and the recipient's key for a package encrypted for them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

# directory entries first, then the records in the order they travel
KIND_ORDER = ("territory", "rule_edition", "issue_category", "issue_status", "responsible_body", "akim_post",
              "akim_holder", "annual_calendar", "calendar_version", "planned_meeting", "meeting", "agenda_item",
              "meeting_participant", "broadcast", "announcement", "problem_issue", "issue_progress")


def preview_rows(result) -> list[tuple[str, int, int, int, int]]:
    """(kind, new, changed, deleted, conflicts) for every kind the merge touches, in the order records travel."""
    conflicts: dict[str, int] = {}
    for conflict in result.conflicts:
        conflicts[conflict["entity"]] = conflicts.get(conflict["entity"], 0) + 1
    kinds = {*result.inserted, *result.updated, *result.deleted, *result.added_directory, *conflicts}
    order = {k: i for i, k in enumerate(KIND_ORDER)}
    return [(kind, result.inserted.get(kind, 0) + result.added_directory.get(kind, 0), result.updated.get(kind, 0),
             result.deleted.get(kind, 0), conflicts.get(kind, 0))
            for kind in sorted(kinds, key=lambda k: (order.get(k, len(order)), k))]


class MergePreviewDialog(QDialog):
    """The counts of a dry run; Merge accepts, Cancel rejects (and nothing is written)."""

    def __init__(self, parent, result):
        from ..pages.exchange_page import entity_name

        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge the data package?"))
        self.summary = QLabel(self.tr("%1 from %2 (signed by %3). Merging it will:").replace(
            "%1", result.package).replace("%2", result.sender_kato).replace("%3", result.signer or "—"))
        self.summary.setWordWrap(True)
        rows = preview_rows(result)
        self.table = QTableWidget(len(rows), 5)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Create"), self.tr("Change"),
                                              self.tr("Delete"), self.tr("Conflicts")])
        for r, (kind, *counts) in enumerate(rows):
            self.table.setItem(r, 0, QTableWidgetItem(entity_name(kind)))
            for c, count in enumerate(counts, 1):
                item = QTableWidgetItem(str(count) if count else "—")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for c in range(1, 5):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        self.footer = QLabel(self.tr("%1 record(s) unchanged, %2 kept because ours are newer. Conflicts wait for "
                                     "your decision on the Conflicts tab.").replace("%1", str(result.unchanged))
                             .replace("%2", str(result.kept_newer)))
        self.footer.setWordWrap(True)
        if not rows:
            self.footer.setText(self.tr("The package changes nothing here.") + " " + self.footer.text())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = self.buttons.addButton(self.tr("&Merge"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.footer)
        layout.addWidget(self.buttons)
        self.resize(640, 420)


class RecipientKeyDialog(QDialog):
    """The package is encrypted: the recipient's key file and its password, as the page asks for a signing key."""

    def __init__(self, parent, package_name: str, key_file: str = ""):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Encrypted data package"))
        self.ask_open_file = lambda title, filt: QFileDialog.getOpenFileName(self, title, "", filt)[0]
        note = QLabel(self.tr("%1 is encrypted for its recipient. Choose the recipient's key to open it.")
                      .replace("%1", package_name))
        note.setWordWrap(True)
        self.key_file = QLineEdit(key_file)
        self.key_button = QPushButton(self.tr("Choose…"))
        self.key_button.clicked.connect(self._choose_key)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        key_label, password_label = QLabel(self.tr("Recipient's &key:")), QLabel(self.tr("Key &password:"))
        key_label.setBuddy(self.key_file)
        password_label.setBuddy(self.password)
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.key_file, 1)
        box.addWidget(self.key_button)
        form = QFormLayout()
        form.addRow(key_label, row)
        form.addRow(password_label, self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.key_file.textChanged.connect(self._validate)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 160)
        self._validate()

    def _choose_key(self) -> None:
        path = self.ask_open_file(self.tr("Recipient's key"), self.tr("PKCS#12 key (*.p12 *.pfx);;All files (*)"))
        if path:
            self.key_file.setText(path)

    def _validate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.key_file.text().strip()))

    def key(self) -> tuple[str, str]:
        return self.key_file.text().strip(), self.password.text()
