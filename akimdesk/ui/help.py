"""F1: the user guide, shipped as HTML in resources/help/<language>/, in a QTextBrowser."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from .. import config


def guide_path(lang: str):
    folder = config.resources_dir() / "help"
    page = folder / lang / "index.html"
    return page if page.exists() else folder / "ru" / "index.html"


class HelpDialog(QDialog):
    def __init__(self, parent, lang: str):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(lang))))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        screen = parent.screen().availableGeometry() if parent is not None else None
        width, height = 900, 700
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.85))
        self.resize(width, height)


def show_help(parent, lang: str) -> HelpDialog:
    dialog = HelpDialog(parent, lang)
    dialog.show()
    parent.help_dialog = dialog  # kept, so it stays open beside the window
    return dialog
