"""Settings page: interface language, the database in use, backup."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton

from ... import config
from ...services import storage
from ..labels import language_name
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
        self.layout_.addStretch(1)

    def title(self) -> str:
        return self.tr("Settings")

    def retranslate(self) -> None:
        super().retranslate()
        self.note.setText(self.tr("The interface language changes at once, without a restart."))
        self.language_label.setText(self.tr("Interface &language:"))
        self.database_label.setText(self.tr("Database in use:"))
        self.folder_label.setText(self.tr("Data folder:"))
        self.backup_button.setText(self.tr("&Back up the database now"))
        self.language.setCurrentIndex(config.LANGUAGES.index(self.state.language))

    def backup(self) -> None:
        try:
            path = storage.backup(self.state.database)
        except storage.DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Backup"), str(exc))
            return
        QMessageBox.information(self, self.tr("Backup"), self.tr("Backup written:\n%1").replace("%1", str(path)))
