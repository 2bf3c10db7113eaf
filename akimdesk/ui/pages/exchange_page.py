"""Exchange page: send a signed data package, receive one, see who has sent what, decide conflicts."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.exchange import completeness, open_conflicts, resolve_conflict, unit_choices
from ..exchange_errors import exchange_error_text
from ..flow import FlowRow, shrinkable
from ..jobs import run_job
from ..labels import entity_name, period_name
from ..signing_texts import ncalayer_choice, signing_message, tsa_url
from .base import Page

TRAVELLING_KINDS = ("meeting", "problem_issue", "issue_progress", "agenda_item", "meeting_participant", "broadcast",
                   "announcement", "planned_meeting", "calendar_version", "annual_calendar", "akim_holder")


class ExchangePage(Page):
    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        # seams: tests answer the file dialogs and the password instead of a person
        self.ask_open_file = lambda title, filt: QFileDialog.getOpenFileName(self, title, "", filt)[0]
        self.ask_save_file = lambda title, name, filt: QFileDialog.getSaveFileName(self, title, name, filt)[0]
        self.ask_folder = lambda title: QFileDialog.getExistingDirectory(self, title)
        self.last_result = None
        self.settings = QSettings()

        self._build_send()
        self._build_receive()
        top = QHBoxLayout()
        top.addWidget(self.send_box, 3)
        top.addWidget(self.receive_box, 2)
        self.layout_.addLayout(top)
        self._build_tabs()
        self.conflicts = []
        self.conflicts_seen = False

    def _build_send(self) -> None:
        """The unit, what to send, the key and the folder."""
        self.send_box = QGroupBox()
        self.unit = shrinkable(QComboBox(), 20)
        self.by_period = QRadioButton()
        self.by_period.setChecked(True)
        self.period = shrinkable(QComboBox(), 14)
        self.since_last = QRadioButton()
        self.recipient = QLineEdit(self.settings.value("exchange/recipient", ""))
        self.sign_kind = QComboBox()  # a key file, or NCALayer (which asks for the key and PIN itself)
        self.sign_kind.addItem("", "pkcs12")
        self.sign_kind.addItem("NCALayer", "ncalayer")
        self.sign_kind.setCurrentIndex(max(0, self.sign_kind.findData(self.settings.value("exchange/sign_kind",
                                                                                          "pkcs12"))))
        self.key_file = QLineEdit(self.settings.value("exchange/key", ""))
        self.key_button = QPushButton()
        self.key_button.clicked.connect(self._choose_key)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(self.settings.value("exchange/folder", ""))
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self._choose_folder)
        self._build_sealing()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_package)
        form = QFormLayout(self.send_box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a narrow window: the field under its label
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)  # paths as wide as the box
        self.unit_label, self.key_label, self.password_label, self.folder_label = QLabel(), QLabel(), QLabel(), QLabel()
        for label, buddy in ((self.unit_label, self.unit), (self.key_label, self.key_file),
                             (self.password_label, self.password), (self.folder_label, self.folder)):
            label.setBuddy(buddy)
        form.addRow(self.unit_label, self.unit)
        form.addRow(self.by_period, self.period)
        form.addRow(self.since_last, self.recipient)
        form.addRow(self.key_label, _row(self.sign_kind, self.key_file, self.key_button))
        form.addRow(self.password_label, self.password)
        form.addRow(self.folder_label, _row(self.folder, self.folder_button))
        form.addRow(self.recipient_cert_label, _row(self.recipient_cert, self.recipient_cert_button))
        form.addRow("", self.in_clear)
        form.addRow("", self.in_clear_warning)
        form.addRow("", _row(self.export_button))

    def _build_sealing(self) -> None:
        """The recipient's certificate the package is encrypted for, or the explicit choice to send in clear."""
        self.recipient_cert = QLineEdit(self.settings.value("exchange/recipient_cert", ""))
        self.recipient_cert_button = QPushButton()
        self.recipient_cert_button.clicked.connect(self._choose_recipient_cert)
        self.recipient_cert_label = QLabel()
        self.recipient_cert_label.setBuddy(self.recipient_cert)
        self.in_clear = QCheckBox()
        self.in_clear_warning = QLabel()
        self.in_clear_warning.setWordWrap(True)
        self.in_clear_warning.setStyleSheet("color: #b3261e;")
        self.in_clear_warning.setVisible(False)
        self.in_clear.toggled.connect(self._in_clear_toggled)

    def _in_clear_toggled(self, checked: bool) -> None:
        self.in_clear_warning.setVisible(checked)
        self.recipient_cert.setEnabled(not checked)
        self.recipient_cert_button.setEnabled(not checked)

    def _build_receive(self) -> None:
        """Import a package, save its receipt, import from Excel; what happened."""
        self.receive_box = QGroupBox()
        self.import_button = QPushButton()
        self.import_button.clicked.connect(lambda: self.import_package())
        self.receipt_button = QPushButton()
        self.receipt_button.setEnabled(False)
        self.receipt_button.clicked.connect(lambda: self.save_receipt())
        self.excel_button = QPushButton()
        self.excel_button.clicked.connect(self.open_excel_wizard)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self.receive_box)
        box.addWidget(_row(self.import_button, self.receipt_button, self.excel_button, wrapping=True))
        box.addWidget(self.status)
        box.addStretch(1)

    def _build_tabs(self) -> None:
        """Completeness and conflicts, one tab each."""
        self.tabs = QTabWidget()
        self.completeness_table = QTableWidget()
        self.completeness_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.completeness_table.verticalHeader().setVisible(False)
        self.tabs.addTab(self.completeness_table, "")
        self.tabs.addTab(self._build_conflicts(), "")
        self.layout_.addWidget(self.tabs, 1)

    def _build_conflicts(self) -> QWidget:
        """The conflicts waiting, and the two versions of the chosen one side by side."""
        conflicts = QWidget()
        self.conflict_list = QListWidget()
        self.conflict_list.currentRowChanged.connect(self._show_conflict)
        self.versions = QTableWidget(0, 3)
        self.versions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.versions.verticalHeader().setVisible(False)
        self.versions.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.keep_button = QPushButton()
        self.take_button = QPushButton()
        self.keep_button.clicked.connect(lambda: self.resolve(take_incoming=False))
        self.take_button.clicked.connect(lambda: self.resolve(take_incoming=True))
        right = QWidget()
        right_box = QVBoxLayout(right)
        right_box.setContentsMargins(0, 0, 0, 0)
        right_box.addWidget(self.versions, 1)
        right_box.addWidget(_row(self.keep_button, self.take_button))
        split = QSplitter()
        split.addWidget(self.conflict_list)
        split.addWidget(right)
        split.setSizes([300, 700])
        QVBoxLayout(conflicts).addWidget(split)
        return conflicts

    def title(self) -> str:
        return self.tr("Exchange")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr(
            "Send this unit's data to the level above as a signed package (on a USB stick or by e-mail), and merge "
            "the packages units below send. A record changed on both sides waits here for your decision."))
        self.send_box.setTitle(self.tr("Send data"))
        self.receive_box.setTitle(self.tr("Receive data"))
        self.unit_label.setText(self.tr("&Unit:"))
        self.by_period.setText(self.tr("For the &period:"))
        self.since_last.setText(self.tr("Changes since the last package &to:"))
        self.recipient.setPlaceholderText(self.tr("recipient, e.g. the oblast akimat"))
        self.key_label.setText(self.tr("Signing &key:"))
        self.sign_kind.setItemText(0, self.tr("Key file"))
        self.key_button.setText(self.tr("Choose…"))
        self.password_label.setText(self.tr("Key &password:"))
        self.folder_label.setText(self.tr("&Folder:"))
        self.folder_button.setText(self.tr("Choose…"))
        self.recipient_cert_label.setText(self.tr("Encr&ypt for:"))
        self.recipient_cert.setPlaceholderText(self.tr("the recipient's certificate file"))
        self.recipient_cert_button.setText(self.tr("Choose…"))
        self.in_clear.setText(self.tr("Send u&nencrypted"))
        self.in_clear_warning.setText(self.tr(
            "Citizens' names and phones will travel in clear: anyone who finds the USB stick or the e-mail can "
            "read them. Send unencrypted only when the recipient cannot receive an encrypted package."))
        self.export_button.setText(self.tr("&Export data package"))
        self.import_button.setText(self.tr("&Import a data package…"))
        self.receipt_button.setText(self.tr("Save &receipt…"))
        self.excel_button.setText(self.tr("Import from E&xcel…"))
        self.tabs.setTabText(0, self.tr("Completeness"))
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(self.conflicts))))
        self.keep_button.setText(self.tr("&Keep ours"))
        self.take_button.setText(self.tr("&Take theirs"))
        self.versions.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Here"), self.tr("Sender's")])
        self.reload_when_seen()  # its lists carry names in the language

    # --- data -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        lang = self.state.language
        current = self.unit.currentData()
        self.unit.clear()
        for kato, ru, kk in unit_choices(self.state.database, self.state.region_id):
            self.unit.addItem(f"{kk if lang == 'kk' else ru} ({kato})", kato)
        index = self.unit.findData(current)
        self.unit.setCurrentIndex(max(index, 0))
        period = self.period.currentData()
        self.period.clear()
        year = self.state.year
        for code in (str(year), f"{year}-H1", f"{year}-H2", *(f"{year}-Q{q}" for q in range(1, 5))):
            self.period.addItem(period_name(code), code)
        self.period.setCurrentIndex(max(self.period.findData(period), 0))
        self._fill_completeness()
        self._fill_conflicts()

    def _fill_completeness(self) -> None:
        kato = None
        if self.unit.count():
            kato = self.unit.itemData(0)
        table = completeness(self.state.database, kato, self.state.year)
        grid = self.completeness_table
        grid.clear()
        grid.setRowCount(len(table.rows))
        grid.setColumnCount(len(table.periods) + 2)
        grid.setHorizontalHeaderLabels([self.tr("Unit"), *[p.label(self.state.language) for p in table.periods],
                                        self.tr("Last package")])
        missing = QColor("#fdecea")
        for r, row in enumerate(table.rows):
            grid.setItem(r, 0, QTableWidgetItem(row.name(self.state.language)))
            for c, cell in enumerate(row.cells, 1):
                if cell is None:
                    item = QTableWidgetItem(self.tr("nothing received"))
                    item.setBackground(missing)
                else:
                    item = QTableWidgetItem(self.tr("%1: %2 records").replace(
                        "%1", f"{cell.received_at:%d.%m.%Y}").replace("%2", str(cell.records)))
                    item.setToolTip(cell.file_name)
                grid.setItem(r, c, item)
            last = row.last
            grid.setItem(r, len(row.cells) + 1, QTableWidgetItem(
                f"{last.received_at:%d.%m.%Y %H:%M} · {last.file_name}" if last else self.tr("sent nothing")))
        grid.resizeColumnsToContents()

    def _fill_conflicts(self) -> None:
        self.conflicts = open_conflicts(self.state.database)
        self.conflict_list.clear()
        for conflict in self.conflicts:
            kind = entity_name(conflict.entity)
            item = QListWidgetItem(f"{kind} · {conflict.sender_kato or ''} · {conflict.created_at:%d.%m.%Y}")
            self.conflict_list.addItem(item)
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(len(self.conflicts))))
        if self.conflicts:
            self.conflict_list.setCurrentRow(0)
            if not self.conflicts_seen:  # decisions waiting are the first thing to see on opening the page
                self.tabs.setCurrentIndex(1)
                self.conflicts_seen = True
        else:
            self.versions.setRowCount(0)
        self.keep_button.setEnabled(bool(self.conflicts))
        self.take_button.setEnabled(bool(self.conflicts))

    def _show_conflict(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        fields = conflict.differing_fields() if conflict.incoming is not None else list((conflict.local or {}).keys())
        self.versions.setRowCount(len(fields))
        deleted = self.tr("(deleted by the sender)")
        for r, name in enumerate(fields):
            self.versions.setItem(r, 0, QTableWidgetItem(field_label(name)))
            self.versions.setItem(r, 1, QTableWidgetItem(_shown((conflict.local or {}).get(name))))
            theirs = deleted if conflict.incoming is None else _shown(conflict.incoming.get(name))
            self.versions.setItem(r, 2, QTableWidgetItem(theirs))
        self.versions.resizeRowsToContents()

    def resolve(self, take_incoming: bool) -> None:
        row = self.conflict_list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            resolve_conflict(self.state.database, self.conflicts[row].id, take_incoming)
        except Exception as exc:
            self.status.setText(exchange_error_text(exc))
            return
        self.status.setText(self.tr("Decided: the sender's version was taken.") if take_incoming
                            else self.tr("Decided: our version stays."))
        self.state.data_changed.emit()

    # --- actions --------------------------------------------------------------------------------
    def _choose_key(self) -> None:
        path = self.ask_open_file(self.tr("Signing key"), self.tr("PKCS#12 key (*.p12 *.pfx);;All files (*)"))
        if path:
            self.key_file.setText(path)

    def _choose_recipient_cert(self) -> None:
        path = self.ask_open_file(self.tr("Recipient's certificate"),
                                  self.tr("Certificate (*.cer *.crt *.pem *.der);;All files (*)"))
        if path:
            self.recipient_cert.setText(path)

    def _choose_folder(self) -> None:
        path = self.ask_folder(self.tr("Folder for the package"))
        if path:
            self.folder.setText(path)

    def export_package(self) -> None:
        from ...services.exchange import DataExportRequest, SigningError, export_package
        from ...services.signing import SignWith, open_signer

        ncalayer = self.sign_kind.currentData() == "ncalayer"
        if not ncalayer and not self.key_file.text().strip():
            self.status.setText(self.tr("A data package must be signed: choose a key file."))
            return
        try:
            signer = open_signer(ncalayer_choice() if ncalayer
                                 else SignWith(self.key_file.text().strip(), self.password.text(), tsa=tsa_url()))
        except SigningError as exc:
            self.status.setText(self.tr("The key cannot sign: %1").replace("%1", signing_message(exc)))
            return
        self.settings.setValue("exchange/sign_kind", self.sign_kind.currentData())
        since = self.recipient.text().strip() if self.since_last.isChecked() else None
        if self.since_last.isChecked() and not since:
            self.status.setText(self.tr("Name the recipient of the package."))
            return
        in_clear = self.in_clear.isChecked()
        cert = "" if in_clear else self.recipient_cert.text().strip()
        request = DataExportRequest(unit=self.unit.currentData() or "", out_dir=Path(self.folder.text().strip() or "."),
                                    period=None if since else self.period.currentData(), since_last=since,
                                    to_cert=Path(cert) if cert else None, in_clear=in_clear)
        for key, value in (("recipient", self.recipient.text()), ("key", self.key_file.text()),
                           ("folder", self.folder.text()), ("recipient_cert", self.recipient_cert.text())):
            self.settings.setValue(f"exchange/{key}", value)
        database = self.state.database

        def work(progress):
            from ...services.exchange import ExchangeRefused, PackageExists, PackageWriteError

            try:
                return export_package(database, request, signer, progress)
            except (ExchangeRefused, PackageExists, PackageWriteError, SigningError) as exc:
                return exc

        def done(result) -> None:
            if isinstance(result, SigningError):
                self.status.setText(self.tr("The key cannot sign: %1").replace("%1", signing_message(result)))
                return
            if isinstance(result, Exception):
                self.status.setText(exchange_error_text(result))
                return
            records = sum(v for k, v in result.counts.items() if k in TRAVELLING_KINDS)
            self.status.setText(self.tr("Package written: %1 (%2 records, %3 deletions)").replace(
                "%1", str(result.path)).replace("%2", str(records)).replace("%3", str(result.tombstones)))

        self.export_job = run_job(self, self.tr("Exporting the data package…"),
                                  work, on_done=done,
                                  on_failed=lambda message, details: self.status.setText(message),
                                  on_cancelled=lambda: self.status.setText(self.tr("Cancelled; nothing was written.")))

    def import_package(self, path: str | None = None, wait: bool = False) -> None:
        """Receive a package: its key asked for when it is encrypted, then what the merge would do shown (a dry run
        in the background), merged only when the person confirms."""
        from ...services.exchange import package_is_encrypted

        path = path or self.ask_open_file(self.tr("Import a data package"),
                                          self.tr("Data package (*.zip *.p7m);;All files (*)"))
        if not path:
            return
        if not package_is_encrypted(path):
            self._preview(path, None)
            return
        from ..dialogs.merge_preview import RecipientKeyDialog

        self.key_dialog = RecipientKeyDialog(self, Path(path).name, self.key_file.text().strip())
        self.key_dialog.accepted.connect(lambda: self._preview(path, self._recipient_key()))
        self.key_dialog.rejected.connect(lambda: self.status.setText(self.tr("Cancelled; nothing was written.")))
        self.key_dialog.open()

    def _recipient_key(self) -> tuple[Path, str]:
        key_file, password = self.key_dialog.key()
        return Path(key_file), password

    def _package_job(self, title: str, call, on_result) -> None:
        """Check or merge a package in the background; a refusal is said on the page, nothing written."""
        from ...services.exchange import ExchangeRefused

        database = self.state.database

        def work(progress):
            try:
                return call(database, progress)
            except ExchangeRefused as exc:
                return exc

        def done(result) -> None:
            if isinstance(result, ExchangeRefused):
                self._refused(result)
            else:
                on_result(result)

        self.import_job = run_job(self, title, work, on_done=done,
                                  on_failed=lambda message, details: self.status.setText(message))

    def _preview(self, path: str, key) -> None:
        from ...services.exchange import preview_package

        def previewed(result) -> None:
            if result.already_imported:
                self.status.setText(self.describe(result))
                return
            from ..dialogs.merge_preview import MergePreviewDialog

            self.preview_dialog = MergePreviewDialog(self, result)
            self.preview_dialog.accepted.connect(lambda: self._merge(path, key))
            self.preview_dialog.rejected.connect(lambda: self.status.setText(self.tr("Cancelled; nothing was written.")))
            self.preview_dialog.open()

        self._package_job(self.tr("Checking the data package…"),
                          lambda db, progress: preview_package(db, path, progress=progress, key=key), previewed)

    def _refused(self, exc) -> None:
        self.last_result = None
        self.receipt_button.setEnabled(False)
        self.status.setText(self.tr("Refused, nothing was written: %1").replace("%1", exchange_error_text(exc)))

    def _merge(self, path: str, key) -> None:
        from ...services.exchange import import_package

        def merged(result) -> None:
            self.last_result = result
            self.receipt_button.setEnabled(True)
            self.status.setText(self.describe(result))
            self.state.data_changed.emit()
            if result.conflicts:
                self.tabs.setCurrentIndex(1)

        self._package_job(self.tr("Importing the data package…"),
                          lambda db, progress: import_package(db, path, progress=progress, key=key), merged)

    def describe(self, result) -> str:
        if result.already_imported:
            return self.tr("This package was already imported; nothing changed.")
        return self.tr("Merged %1 from %2: %3 new, %4 updated, %5 deleted, %6 unchanged; %7 conflict(s) wait for "
                       "your decision.").replace("%1", result.package).replace("%2", result.sender_kato).replace(
            "%3", str(sum(result.inserted.values()))).replace("%4", str(sum(result.updated.values()))).replace(
            "%5", str(sum(result.deleted.values()))).replace("%6", str(result.unchanged)).replace(
            "%7", str(len(result.conflicts)))

    def save_receipt(self, path: str | None = None) -> None:
        if self.last_result is None:
            return
        path = path or self.ask_save_file(self.tr("Save the receipt"), f"receipt-{self.last_result.package}.json",
                                          self.tr("Receipt (*.json)"))
        if not path:
            return
        from ...files import write_atomically

        data = (json.dumps(self.last_result.as_receipt(), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        try:
            write_atomically(data, Path(path), overwrite=True)
        except OSError as exc:
            self.status.setText(str(exc))
            return
        self.status.setText(self.tr("Receipt saved: %1").replace("%1", path))

    def open_excel_wizard(self) -> None:
        from ..dialogs.excel_import_wizard import ExcelImportWizard

        self.wizard = ExcelImportWizard(self.state, self)
        self.wizard.show()


def field_label(column: str) -> str:
    """A column of a record as the forms call it; the column's own name for the rest."""
    from ..dialogs.excel_import_wizard import field_name

    known = {"meeting_date": "date", "planned_date": "date", "start_time": "time", "planned_minutes": "minutes",
             "attendance_count": "attendance", "territory_id": "territory", "category_id": "category",
             "summary": "summary", "venue": "venue", "topic": "topic", "text": "text", "deadline": "deadline",
             "raised_on": "raised_on", "citizen_name": "citizen_name", "citizen_contact": "citizen_contact",
             "solution_way": "solution_way", "eotinish_number": "eotinish_number"}
    return field_name(known[column]) if column in known else column


def _shown(value) -> str:
    if value is None:
        return "—"
    text = str(value)
    if len(text) == 10 and text[4] == "-" and text[7] == "-" and text.replace("-", "").isdigit():
        return f"{text[8:]}.{text[5:7]}.{text[:4]}"  # dates as people write them
    return text


def _row(*widgets, wrapping: bool = False) -> QWidget:
    """Widgets side by side, a line edit taking the room there is (`wrapping`: buttons that go onto a second line
    when the page is narrow)."""
    box = QWidget()
    if wrapping:
        flow = FlowRow(box)
        for w in widgets:
            flow.addWidget(w)
        return box
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        row.addWidget(w, 1 if isinstance(w, QLineEdit) else 0)
    if not any(isinstance(w, QLineEdit) for w in widgets):
        row.addStretch(1)
    return box
