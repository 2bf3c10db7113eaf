"""Signing in to the shared server: when the server's address has no password (and none is in
AKIMDESK_DB_PASSWORD or .pgpass), the window asks for the login and password. The password goes to the
server in memory only: it is never saved, never put on a command line."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..services import storage


class LoginDialog(QDialog):
    def __init__(self, parent, server: str, login: str | None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the server"))
        intro = QLabel(self.tr("The database on %1 needs your login and password. The password is not saved.")
                       .replace("%1", server))
        intro.setWordWrap(True)
        self.login = QLineEdit(login or "")
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign &in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for item in (intro, form, self.error, buttons):
            layout.addLayout(item) if isinstance(item, QFormLayout) else layout.addWidget(item)
        (self.password if login else self.login).setFocus()
        self.resize(460, 0)

    def refused(self) -> None:
        """The server said no: say so in the user's language and let them type again."""
        self.error.setText(self.tr("The server did not accept this login and password. Check them and try "
                                   "again."))
        self.password.clear()
        self.password.setFocus()


def open_with_login(parent, location, ask=None) -> storage.Database | None:
    """Open the database at `location`, asking for the login and password first when the server needs
    them (`ask(dialog)` shows the dialog; a test answers it); None when the person cancels."""
    if not storage.needs_login(location):
        return storage.open_database(location)
    dialog = LoginDialog(parent, _server(location), storage.server_login(location))
    ask = ask or (lambda d: d.exec())
    while ask(dialog) == QDialog.DialogCode.Accepted:
        try:
            return storage.open_database(location, login=dialog.login.text().strip(), password=dialog.password.text())
        except storage.LoginFailed:
            dialog.refused()
    return None


def _server(location) -> str:
    """host:port/database of a server URL, without any login or password."""
    from urllib.parse import urlsplit

    parts = urlsplit(str(location))
    return f"{parts.hostname or 'localhost'}{':' + str(parts.port) if parts.port else ''}{parts.path}"
