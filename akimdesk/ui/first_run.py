"""The first start: whose akimat this is (region, district), its name, where the data lives (this
computer or the apparatus's shared server) and how documents are signed. Kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
)

from ..services import calendar as calendar_service
from ..services import overview

DONE_KEY = "firstrun/done"


class FirstRunDialog(QDialog):
    def __init__(self, parent, db, lang: str):
        super().__init__(parent)
        self.db, self.lang = db, lang
        self.setWindowTitle(self.tr("Welcome to AkimDesk"))
        intro = QLabel(self.tr("A few answers set the program up for your akimat; everything can be changed "
                               "later on the Settings page."))
        intro.setWordWrap(True)
        self.region, self.district, self.name = QComboBox(), QComboBox(), QLineEdit()
        for c in overview.region_choices(db):
            self.region.addItem(c.name_kk if lang == "kk" else c.name_ru, str(c.id))
        self.region.currentIndexChanged.connect(self._districts)
        self.local, self.server = QRadioButton(), QRadioButton()
        self.local.setChecked(True)
        self.url = QLineEdit()
        self.url.setPlaceholderText("postgresql+psycopg://server/akimdesk")
        self.server.toggled.connect(self.url.setEnabled)
        self.url.setEnabled(False)
        self.key_file, self.ncalayer = QRadioButton(), QRadioButton()
        self.key_file.setChecked(True)
        for pair in ((self.local, self.server), (self.key_file, self.ncalayer)):
            group = QButtonGroup(self)
            for button in pair:
                group.addButton(button)
        form = QFormLayout()
        form.addRow(self.tr("&Region:"), self.region)
        form.addRow(self.tr("&District (for a district akimat):"), self.district)
        form.addRow(self.tr("Akimat's &name:"), self.name)
        form.addRow(self.tr("Data:"), self.local)
        form.addRow("", self.server)
        form.addRow(self.tr("Server &address:"), self.url)
        form.addRow(self.tr("Signing:"), self.key_file)
        form.addRow("", self.ncalayer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.local.setText(self.tr("A &file on this computer"))
        self.server.setText(self.tr("The apparatus's &shared server (PostgreSQL)"))
        self.key_file.setText(self.tr("Key &file (PKCS#12)"))
        self.ncalayer.setText(self.tr("NCA&Layer (keys on a token or ID card)"))
        self._districts()
        self.resize(620, self.sizeHint().height())

    def _districts(self) -> None:
        self.district.clear()
        self.district.addItem(self.tr("— the whole region (oblast akimat) —"), None)
        region = self.region.currentData()
        for u in calendar_service.organizer_choices(self.db, region) if region else []:
            if u.depth == 1:
                self.district.addItem(u.name_kk if self.lang == "kk" else u.name_ru, u.id)

    def remember(self) -> None:
        settings = QSettings()
        settings.setValue("selection/region", self.region.currentData())
        settings.setValue("akimat/region", self.region.currentData())
        settings.setValue("akimat/district", self.district.currentData() or "")
        settings.setValue("akimat/name", self.name.text().strip())
        settings.setValue("signing/method", "ncalayer" if self.ncalayer.isChecked() else "key_file")
        settings.setValue(DONE_KEY, True)


def offer_first_run(window) -> None:
    """On the very first start (not the demo), ask once; the answers go to the settings."""
    settings = QSettings()
    if window.demo or settings.value(DONE_KEY, False, type=bool):
        return
    dialog = FirstRunDialog(window, window.state.database, window.state.language)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        settings.setValue(DONE_KEY, True)  # asked once; Settings keeps every choice
        return
    dialog.remember()
    if dialog.server.isChecked() and dialog.url.text().strip():
        window.switch_database(dialog.url.text().strip())
    window.state.region_id = None
    window.reload_regions()
    window.retranslate()  # the title bar names the akimat
