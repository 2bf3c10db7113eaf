"""Settings page: interface language, the database in use, backup; signing (time-stamp service, NCALayer's
address) and the trust store of NCA RK root certificates that every verification uses."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from ... import config
from ...services import storage, trust
from ..labels import language_name
from ..signing_texts import ncalayer_url, tsa_url
from .base import Page


class SettingsPage(Page):
    language_requested = Signal(str)

    def __init__(self, state, parent=None):
        super().__init__(state, parent)
        self.language = QComboBox()
        for lang in config.LANGUAGES:
            self.language.addItem(language_name(lang), lang)
        self.language.setCurrentIndex(config.LANGUAGES.index(state.language))
        self.language.activated.connect(lambda i: self.language_requested.emit(self.language.itemData(i)))
        self.database = QLabel(state.database.describe())
        self.database.setWordWrap(True)
        self.data_folder = QLabel(str(config.data_dir()))
        self.backup_button = QPushButton()
        self.backup_button.clicked.connect(self.backup)
        self.form = QFormLayout()
        self.language_label, self.database_label, self.folder_label = QLabel(), QLabel(), QLabel()
        self.language_label.setBuddy(self.language)
        self.form.addRow(self.language_label, self.language)
        self.form.addRow(self.database_label, self.database)
        self.form.addRow(self.folder_label, self.data_folder)
        row = QHBoxLayout()
        row.addWidget(self.backup_button)
        row.addStretch(1)
        self.form.addRow("", row)
        self.layout_.addLayout(self.form)
        self._build_signing()
        self._build_trust_store()
        self.layout_.addStretch(1)
        self.reload_trust()

    def _build_signing(self) -> None:
        """The administrator's time-stamp service and NCALayer's address, kept in the user's settings."""
        self.signing_box = QGroupBox()
        form = QFormLayout(self.signing_box)
        self.tsa = QLineEdit(tsa_url())
        self.tsa.setPlaceholderText("http://tsp.pki.gov.kz")
        self.tsa.editingFinished.connect(lambda: QSettings().setValue("signing/tsa", self.tsa.text().strip()))
        self.ncalayer = QLineEdit(ncalayer_url())
        self.ncalayer.editingFinished.connect(
            lambda: QSettings().setValue("signing/ncalayer_url", self.ncalayer.text().strip()))
        self.tsa_label, self.ncalayer_label = QLabel(), QLabel()
        self.tsa_label.setBuddy(self.tsa)
        self.ncalayer_label.setBuddy(self.ncalayer)
        form.addRow(self.tsa_label, self.tsa)
        form.addRow(self.ncalayer_label, self.ncalayer)
        self.layout_.addWidget(self.signing_box)

    def _build_trust_store(self) -> None:
        """The trusted NCA RK roots, intermediates and CRLs: Add… and Remove."""
        self.trust_box = QGroupBox()
        box = QVBoxLayout(self.trust_box)
        self.trust_note = QLabel()
        self.trust_note.setWordWrap(True)
        self.trust_list = QTreeWidget()
        self.trust_list.setColumnCount(4)
        self.trust_list.setRootIsDecorated(False)
        for col in (0, 2, 3):
            self.trust_list.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.trust_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.trust_list.setMinimumHeight(140)
        self.trust_add = QPushButton()
        self.trust_add.clicked.connect(lambda: self.add_trusted())
        self.trust_remove = QPushButton()
        self.trust_remove.clicked.connect(self.remove_trusted)
        buttons = QHBoxLayout()
        buttons.addWidget(self.trust_add)
        buttons.addWidget(self.trust_remove)
        buttons.addStretch(1)
        box.addWidget(self.trust_note)
        box.addWidget(self.trust_list)
        box.addLayout(buttons)
        self.layout_.addWidget(self.trust_box, 1)

    def reload_trust(self) -> None:
        self.trust_list.clear()
        for e in trust.trusted_certificates(self.state.database):
            kind = self.tr("Certificate") if e.kind == "certificate" else self.tr("Revocation list")
            until = f"{e.not_after:%d.%m.%Y}" if e.not_after else ""
            item = QTreeWidgetItem([kind, e.subject, until, e.fingerprint[:16]])
            item.setData(0, 256, e.fingerprint)  # Qt.UserRole
            item.setToolTip(3, e.fingerprint)
            self.trust_list.addTopLevelItem(item)

    def add_trusted(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self, self.tr("Trusted certificate"), "",
                self.tr("Certificates and revocation lists (*.cer *.crt *.pem *.der *.crl);;All files (*)"))
        if not path:
            return
        try:
            trust.add_trusted(self.state.database, path)
        except trust.NotATrustFile:
            QMessageBox.warning(self, self.tr("Trust store"),
                                self.tr("%1 is not a certificate or revocation list.").replace("%1", path))
            return
        self.reload_trust()

    def remove_trusted(self) -> None:
        item = self.trust_list.currentItem()
        if item is None:
            return
        trust.remove_trusted(self.state.database, item.data(0, 256))
        self.reload_trust()

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr("The interface language changes at once, without a restart."))
        self.language_label.setText(self.tr("Interface &language:"))
        self.database_label.setText(self.tr("Database in use:"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.backup_button.setText(self.tr("&Back up the database now"))
        self.signing_box.setTitle(self.tr("Signing"))
        self.tsa_label.setText(self.tr("&Time-stamp service (TSA):"))
        self.ncalayer_label.setText(self.tr("NCALayer &address:"))
        self.trust_box.setTitle(self.tr("Trust store"))
        self.trust_note.setText(self.tr(
            "Root and intermediate certificates of the National Certification Centre (NCA RK) and their revocation "
            "lists. Package verification and data import judge every signer against them."))
        self.trust_list.setHeaderLabels([self.tr("Kind"), self.tr("Name"), self.tr("Valid until"),
                                         self.tr("Fingerprint (SHA-256)")])
        self.trust_add.setText(self.tr("&Add…"))
        self.trust_remove.setText(self.tr("&Remove"))
        self.language.setCurrentIndex(config.LANGUAGES.index(self.state.language))

    def backup(self) -> None:
        try:
            path = storage.backup(self.state.database)
        except storage.DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Backup"), str(exc))
            return
        QMessageBox.information(self, self.tr("Backup"), self.tr("Backup written:\n%1").replace("%1", str(path)))
