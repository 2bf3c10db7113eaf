"""Reports and exports: the documents a region hands over, the packages exported before, verification
and the e-mail hand-off."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...services import packages
from ...services.packages import MailError, send_by_mail, write_mail_draft
from ..dialogs.export_dialog import ExportDialog
from ..dialogs.mail_dialog import MailSettingsDialog, load_mail_settings
from ..dialogs.verify_dialog import VerifyDialog
from ..flow import FlowRow
from ..jobs import run_job
from ..labels import document_codes, document_language_name, document_name, document_purpose
from ..table_model import RowsTableModel
from .base import ListView, Page


def signed_by() -> str:
    """Who a covering letter is from: the akimat named in the first-run assistant, else the mail sender."""
    settings = QSettings()
    return settings.value("akimat/name", "") or settings.value("mail/sender", "")


class ReportsPage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        # seams: tests record what would open in the system's programs instead of launching them
        self.open_url = QDesktopServices.openUrl
        self.ask_mail_password = self._ask_mail_password
        self.documents = QListWidget()  # filled when first shown: listing them imports the document builders
        self.documents.setMaximumHeight(120)
        self.documents.setMinimumWidth(460)
        self.documents.currentRowChanged.connect(self.show_purpose)
        self.documents.itemDoubleClicked.connect(lambda _: self.export())
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export)
        self.verify_button = QPushButton()
        self.verify_button.clicked.connect(lambda: self.verify())
        self.log_heading = QLabel()
        font = self.log_heading.font()
        font.setBold(True)
        self.log_heading.setFont(font)
        self.model = RowsTableModel([
            (lambda: self.tr("Exported"), lambda r: r.created_at.astimezone().strftime("%d.%m.%Y %H:%M")),
            (lambda: self.tr("Document"), lambda r: document_name(r.kind)),
            (lambda: self.tr("Period"), lambda r: r.period),
            (lambda: self.tr("Language"), lambda r: document_language_name(r.language)),
            (lambda: self.tr("Signed by"), lambda r: r.signer or self.tr("not signed")),
            (lambda: self.tr("File"), lambda r: r.file_name if r.exists else self.tr("%1 (moved or deleted)").replace("%1", r.file_name)),
            (lambda: self.tr("SHA-256"), lambda r: r.sha256[:8] + "…"),
        ], self)
        self.table = ListView()  # its columns share the width shown: the file's name no longer scrolls away
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)  # a long name ends in «…» on its line, not cut at a hyphen
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.selectionModel().selectionChanged.connect(self.update_buttons)
        self.show_button, self.draft_button, self.send_button, self.mail_settings_button, self.verify_selected = (
            QPushButton() for _ in range(5))
        self.show_button.clicked.connect(self.show_in_folder)
        self.draft_button.clicked.connect(self.email_draft)
        self.send_button.clicked.connect(self.send_email)
        self.mail_settings_button.clicked.connect(lambda: MailSettingsDialog(self).exec())
        self.verify_selected.clicked.connect(lambda: self.verify(self.selected_path()))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        top = QHBoxLayout()
        top.addWidget(self.documents, 1)
        side = QVBoxLayout()
        side.addWidget(self.purpose)
        buttons = QHBoxLayout()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.verify_button)
        buttons.addStretch(1)
        side.addLayout(buttons)
        side.addStretch(1)
        top.addLayout(side, 1)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.log_heading)
        self.layout_.addWidget(self.table, 1)
        row = FlowRow()
        for b in (self.show_button, self.verify_selected, self.draft_button, self.send_button):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(self.mail_settings_button)
        self.layout_.addLayout(row)
        self.layout_.addWidget(self.status)
        self.update_buttons()

    def title(self) -> str:
        return self.tr("Reports and exports")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Documents for the maslikhat and the Government as Excel and PDF in Russian or Kazakh, signed with your "
            "key in one package that anyone can verify offline, ready to send by e-mail."))
        for i in range(self.documents.count()):
            item = self.documents.item(i)
            item.setText(document_name(item.data(Qt.ItemDataRole.UserRole)))
        self.show_purpose()
        self.export_button.setText(self.tr("&Export…"))
        self.verify_button.setText(self.tr("&Verify a package…"))
        self.log_heading.setText(self.tr("Exported packages"))
        self.show_button.setText(self.tr("Show in &folder"))
        self.verify_selected.setText(self.tr("Verify"))
        self.draft_button.setText(self.tr("E-mail &draft"))
        self.send_button.setText(self.tr("&Send by e-mail…"))
        self.mail_settings_button.setText(self.tr("E-mail settings…"))
        self.model.retranslate()

    def show_purpose(self) -> None:
        item = self.documents.currentItem()
        self.purpose.setText(document_purpose(item.data(Qt.ItemDataRole.UserRole)) if item else "")

    def _fill_documents(self) -> None:
        if self.documents.count():
            return
        for code in document_codes():
            item = QListWidgetItem(document_name(code))
            item.setData(Qt.ItemDataRole.UserRole, code)
            self.documents.addItem(item)
        self.documents.setCurrentRow(0)

    def refresh(self) -> None:
        self._fill_documents()
        self.model.set_rows(packages.exported_packages(self.state.database, self.state.region_id))
        self.table.resizeColumnsToContents()
        self.table.natural = [min(self.table.columnWidth(col), 320) for col in range(self.model.columnCount())]
        self.table.share()
        self.update_buttons()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def selected_path(self):
        row = self.selected()
        return row.path if row is not None and row.exists else None

    def update_buttons(self) -> None:
        has = self.selected_path() is not None
        for b in (self.show_button, self.draft_button, self.send_button, self.verify_selected):
            b.setEnabled(has)

    # --- actions ------------------------------------------------------------------------------------
    def export_dialog(self) -> ExportDialog:
        self._fill_documents()
        item = self.documents.currentItem()
        dialog = ExportDialog(self.state, item.data(Qt.ItemDataRole.UserRole) if item else "calendar", self)
        dialog.exported.connect(self.exported)
        return dialog

    def export(self) -> None:
        self.export_dialog().open()

    def exported(self, result) -> None:
        self.refresh()
        self.table.selectRow(0)
        signed = (self.tr("signed by %1").replace("%1", result.signer.common_name) if result.signer
                  else self.tr("not signed"))
        self.status.setText(self.tr("Package saved (%1): %2").replace("%1", signed).replace("%2", str(result.path)))

    def verify(self, package=None) -> VerifyDialog:
        dialog = VerifyDialog(package, self, database=self.state.database)
        dialog.open()
        if package is not None:
            dialog.verify()
        return dialog

    def show_in_folder(self) -> None:
        path = self.selected_path()
        if path is not None:
            self.open_url(QUrl.fromLocalFile(str(path.parent)))

    def email_draft(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        mail = load_mail_settings()
        try:
            draft = write_mail_draft(path, to=mail.recipients, sender=mail.sender, sender_name=signed_by(),
                                     db=self.state.database)
        except (MailError, OSError) as exc:
            self.status.setText(str(exc))
            return
        self.open_url(QUrl.fromLocalFile(str(draft)))
        self.status.setText(self.tr("E-mail draft with the package attached: %1").replace("%1", str(draft)))

    def _ask_mail_password(self, user: str) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Send by e-mail"),
                                        self.tr("Password of %1 on the mail server (it is not saved):").replace("%1", user),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def send_email(self) -> None:
        path = self.selected_path()
        if path is None:
            return
        mail = load_mail_settings()
        if not mail.host or not mail.recipients:
            self.status.setText(self.tr("Set the mail server and the recipients first (E-mail settings…)."))
            return
        password = self.ask_mail_password(mail.user) if mail.user else ""
        if password is None:
            return

        def work(_progress):
            try:
                send_by_mail(mail, password, path, sender_name=signed_by(), db=self.state.database)
            except MailError as exc:
                return str(exc)
            return None

        def done(error) -> None:
            self.status.setText(error or self.tr("Sent to %1: %2").replace("%1", mail.recipients).replace("%2", path.name))

        self.send_job = run_job(self, self.tr("Sending the package…"), work, on_done=done,
                                on_failed=lambda message, _details: self.status.setText(message))
