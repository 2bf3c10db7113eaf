"""E-mail settings (server, TLS, user, addresses). The password is asked for at each sending and
never stored."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
)

from ...services.packages import SmtpSettings, save_smtp_settings, saved_smtp_settings


def load_mail_settings() -> SmtpSettings:
    """The settings saved in the user's data folder (shared with `akimdesk mail send`); before they were kept
    there, the window kept them in its own settings: those are read until the first save."""
    saved = saved_smtp_settings()
    if saved is not None:
        return saved
    s = QSettings()
    return SmtpSettings(host=s.value("mail/host", ""), port=int(s.value("mail/port", 465)),
                        security=s.value("mail/security", "ssl"), user=s.value("mail/user", ""),
                        sender=s.value("mail/sender", ""), recipients=s.value("mail/recipients", ""))


class MailSettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        current = load_mail_settings()
        self.host = QLineEdit(current.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(current.port)
        self.security = QComboBox()
        self.security.addItem("SSL/TLS", "ssl")
        self.security.addItem("STARTTLS", "starttls")
        self.security.setCurrentIndex(max(0, self.security.findData(current.security)))
        self.security.currentIndexChanged.connect(
            lambda: self.port.setValue(465 if self.security.currentData() == "ssl" else 587))
        self.user = QLineEdit(current.user)
        self.sender = QLineEdit(current.sender)
        self.recipients = QLineEdit(current.recipients)
        self.note = QLabel()
        self.note.setWordWrap(True)
        form = QFormLayout()
        self.labels = [QLabel() for _ in range(6)]
        for label, field in zip(self.labels, (self.host, self.port, self.security, self.user, self.sender,
                                              self.recipients), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("E-mail settings"))
        for label, text in zip(self.labels, (self.tr("Mail &server:"), self.tr("&Port:"), self.tr("&Encryption:"),
                                             self.tr("&User name:"), self.tr("&From address:"),
                                             self.tr("&Recipients (comma-separated):")), strict=True):
            label.setText(text)
        self.note.setText(self.tr("The password is not saved: AkimDesk asks for it each time it sends a package."))

    def save(self) -> None:
        save_smtp_settings(SmtpSettings(host=self.host.text().strip(), port=self.port.value(),
                                        security=self.security.currentData(), user=self.user.text().strip(),
                                        sender=self.sender.text().strip(), recipients=self.recipients.text().strip()))
        self.accept()
