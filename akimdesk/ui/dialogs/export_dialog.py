"""Export dialog: document, region (or, at the Government, the whole country), period, responsible body,
language, personal data, signature and folder; the export runs in the background with a progress bar and
Cancel, and a cancelled export leaves no file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services import overview, packages
from ...services.exports import (
    ALL_REGIONS,
    BODY_KINDS,
    NATIONAL_KINDS,
    ExportRequest,
    NoData,
    PackageExists,
    Period,
    body_choices,
    export_package,
    regions_with_records,
)
from ...services.signing import SigningError, SignWith, open_signer
from ..jobs import run_job
from ..labels import document_codes, document_language_name, document_name, document_purpose
from ..signing_texts import ncalayer_choice, signer_line, signing_message, tsa_url

PARTS = ("", "H1", "H2", "Q1", "Q2", "Q3", "Q4")


class ExportDialog(QDialog):
    """Choose what to export and where; `exported` carries the ExportResult when the package is saved."""

    exported = Signal(object)

    def __init__(self, state, kind: str = "calendar", parent=None):
        super().__init__(parent)
        self.state = state
        self.settings = QSettings()
        self.job = None
        self.outcome = None
        # the seam tests answer the password prompt through; the user sees a password box
        self.ask_password = self._ask_password
        self.ask_overwrite = self._ask_overwrite
        self._build_choices(kind)
        self._build_signing()
        self._build_layout()
        self.document.currentIndexChanged.connect(self.update_fields)
        self.region.currentIndexChanged.connect(self.update_fields)
        for signal in (self.year.valueChanged, self.part.currentIndexChanged, self.region.currentIndexChanged):
            signal.connect(self.reload_meetings)
        self.sign.toggled.connect(self.update_fields)
        self.retranslate()
        self.choose_default_period()
        self.reload_meetings()
        self.update_fields()

    def _build_choices(self, kind: str) -> None:
        """What to export: the document, region, period, meeting, language and personal data."""
        state = self.state
        self.document = QComboBox()
        codes = document_codes()
        for code in codes:
            self.document.addItem(document_name(code), code)
        self.document.setCurrentIndex(max(0, codes.index(kind) if kind in codes else 0))
        self.purpose = QLabel()
        self.purpose.setWordWrap(True)
        self.region = QComboBox()
        if regions_with_records(state.database) > 1:  # the Government: the regions' data packages came in
            self.region.addItem("", ALL_REGIONS)  # the whole country, for the consolidated documents
        for c in overview.region_choices(state.database):
            self.region.addItem(c.name_kk if state.language == "kk" else c.name_ru, str(c.id))
        if state.region_id is not None:
            self.region.setCurrentIndex(max(0, self.region.findData(str(state.region_id))))
        self.body = QComboBox()  # one responsible body's list, or every body's
        self.body.addItem("", None)
        for b in body_choices(state.database):
            self.body.addItem(b.name_kk if state.language == "kk" and b.name_kk else b.name_ru, b.code)
        self.body.setMinimumWidth(420)
        self.year = QSpinBox()
        self.year.setRange(2022, 2100)
        self.year.setValue(state.year)
        self.part = QComboBox()
        for p in PARTS:
            self.part.addItem("", p)
        self.meeting = QComboBox()
        self.meeting.setMinimumWidth(420)
        self.language = QComboBox()
        for lang in ("ru", "kk"):
            self.language.addItem(document_language_name(lang), lang)
        default_lang = self.settings.value("exports/language", "kk" if state.language == "kk" else "ru")
        self.language.setCurrentIndex(max(0, self.language.findData(default_lang)))
        self.personal = QCheckBox()

    def _build_signing(self) -> None:
        """The key to sign with, the folder to write into, and the line errors are shown in."""
        self.sign = QCheckBox()
        self.sign_kind = QComboBox()  # a key file, or NCALayer (GOST keys, Kaztoken, ID cards)
        self.sign_kind.addItem("", "pkcs12")
        self.sign_kind.addItem("NCALayer", "ncalayer")
        # until a first export, the signing method named in the first-run assistant
        first = "ncalayer" if self.settings.value("signing/method") == "ncalayer" else "pkcs12"
        self.sign_kind.setCurrentIndex(max(0, self.sign_kind.findData(self.settings.value("exports/sign_kind", first))))
        self.sign_kind.currentIndexChanged.connect(self.update_fields)
        self.signer_label = QLabel()  # who signs, shown once the key is open and before anything is signed
        self.signer_label.setWordWrap(True)
        self.signer_label.setTextFormat(Qt.TextFormat.PlainText)
        self.key_path = QLineEdit(self.settings.value("exports/key", ""))
        self.key_browse = QPushButton()
        self.key_browse.clicked.connect(self.choose_key)
        self.sign.setChecked(bool(self.key_path.text()) or self.sign_kind.currentData() == "ncalayer")
        self.folder = QLineEdit(self.settings.value("exports/folder", str(Path.home())))
        self.folder_browse = QPushButton()
        self.folder_browse.clicked.connect(self.choose_folder)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")
        self.error.setTextFormat(Qt.TextFormat.PlainText)

    def _build_layout(self) -> None:
        period_row = QHBoxLayout()
        period_row.addWidget(self.year)
        period_row.addWidget(self.part, 1)
        key_row = QHBoxLayout()
        key_row.addWidget(self.sign)
        key_row.addWidget(self.sign_kind)
        key_row.addWidget(self.key_path, 1)
        key_row.addWidget(self.key_browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.folder_browse)
        self.form = QFormLayout()
        self.labels = [QLabel() for _ in range(9)]
        for label, field in zip(self.labels, (self.document, self.region, _box(period_row), self.body, self.meeting,
                                              self.language, self.personal, _box(key_row), _box(folder_row)),
                                strict=True):
            label.setBuddy(field)
            self.form.addRow(label, field)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addLayout(self.form)
        layout.addWidget(self.signer_label)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # --- presentation -------------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export a document"))
        texts = (self.tr("&Document:"), self.tr("&Region:"), self.tr("&Period:"), self.tr("Responsible &body:"),
                 self.tr("&Meeting:"), self.tr("Document &language:"), self.tr("Personal data:"), self.tr("&Signature:"),
                 self.tr("&Folder:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        names = (self.tr("Whole year"), self.tr("First half-year"), self.tr("Second half-year"), self.tr("1st quarter"),
                 self.tr("2nd quarter"), self.tr("3rd quarter"), self.tr("4th quarter"))
        for i, name in enumerate(names):
            self.part.setItemText(i, name)
        country = self.region.findData(ALL_REGIONS)
        if country >= 0:
            self.region.setItemText(country, self.tr("Whole country (all regions)"))
        self.body.setItemText(0, self.tr("All bodies"))
        self.personal.setText(self.tr("Include applicants' names and contacts (masked unless ticked)"))
        self.sign.setText(self.tr("Sign with"))
        self.sign_kind.setItemText(0, self.tr("Key file"))
        self.key_path.setPlaceholderText(self.tr("PKCS#12 key file (.p12, .pfx)"))
        self.key_browse.setText(self.tr("Choose…"))
        self.folder_browse.setText(self.tr("Choose…"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Export"))

    def choose_default_period(self) -> None:
        code = self.document.currentData()
        if code == "quarterly_update":  # the last finished quarter
            today = dt.date.today()
            quarter = (today.month - 1) // 3
            self.year.setValue(today.year if quarter else today.year - 1)
            self.part.setCurrentIndex(PARTS.index(f"Q{quarter or 4}"))
        elif code == "central_issues":
            self.part.setCurrentIndex(PARTS.index("H1" if dt.date.today().month >= 7 else "H2"))
        else:
            self.part.setCurrentIndex(0)

    def update_fields(self) -> None:
        code = self.document.currentData()
        purpose = document_purpose(code)
        if code in NATIONAL_KINDS and self.region.currentData() == ALL_REGIONS:
            purpose += " " + self.tr("Every region in one document, the region as a column; signed on behalf of "
                                     "the Government's office.")
        self.purpose.setText(purpose)
        meeting = code == "meeting_report"
        self._offer_country(code in NATIONAL_KINDS)
        self.body.setEnabled(code in BODY_KINDS)
        self.meeting.setEnabled(meeting)
        self.personal.setEnabled(meeting)  # only the meeting report names applicants
        key_file = self.sign.isChecked() and self.sign_kind.currentData() == "pkcs12"
        self.sign_kind.setEnabled(self.sign.isChecked())
        self.key_path.setEnabled(key_file)
        self.key_browse.setEnabled(key_file)

    def _offer_country(self, offered: bool) -> None:
        """The whole country is a choice only for the documents the Government consolidates."""
        country = self.region.findData(ALL_REGIONS)
        if country < 0:
            return
        self.region.model().item(country).setEnabled(offered)
        if not offered and self.region.currentIndex() == country:
            own = self.region.findData(str(self.state.region_id)) if self.state.region_id is not None else -1
            self.region.setCurrentIndex(own if own >= 0 else country + 1)

    def period(self) -> Period:
        part = self.part.currentData()
        if part.startswith("H"):
            return Period(self.year.value(), half=int(part[1]))
        if part.startswith("Q"):
            return Period(self.year.value(), quarter=int(part[1]))
        return Period(self.year.value())

    def reload_meetings(self) -> None:
        import uuid

        self.meeting.clear()
        region = self.region.currentData()
        if not region or region == ALL_REGIONS:
            return
        for m in packages.meeting_choices(self.state.database, uuid.UUID(region), self.period()):
            akim = m.akim_kk if self.state.language == "kk" else m.akim_ru
            unit = m.unit_kk if self.state.language == "kk" else m.unit_ru
            self.meeting.addItem(f"{m.date:%d.%m.%Y} — {akim} — {unit}", str(m.id))

    def choose_key(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Key file"), self.key_path.text() or str(Path.home()),
                                              self.tr("Key files (*.p12 *.pfx);;All files (*)"))
        if path:
            self.key_path.setText(path)
            self.sign.setChecked(True)

    def choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Folder for packages"), self.folder.text())
        if path:
            self.folder.setText(path)

    def show_error(self, text: str) -> None:
        self.error.setText(text)

    # --- the export ---------------------------------------------------------------------------------
    def _ask_password(self, key: Path) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Key password"),
                                        self.tr("Password of %1 (it is not saved):").replace("%1", key.name),
                                        QLineEdit.EchoMode.Password)
        return text if ok else None

    def _ask_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(self, self.tr("Export a document"),
                                      self.tr("%1 already exists. Replace it?").replace("%1", str(path)))
        return answer == QMessageBox.StandardButton.Yes

    def signing_message(self, exc) -> str:
        return signing_message(exc)

    def request(self) -> ExportRequest:
        return ExportRequest(
            kind=self.document.currentData(), region=self.region_kato(), period=self.period().code,
            lang=self.language.currentData(), out_dir=Path(self.folder.text().strip()),
            meeting_id=self.meeting.currentData() if self.document.currentData() == "meeting_report" else None,
            include_personal_data=self.personal.isChecked() and self.personal.isEnabled(),
            body=self.body.currentData() if self.body.isEnabled() else None)

    def region_kato(self) -> str:
        if self.region.currentData() == ALL_REGIONS:
            return ALL_REGIONS
        choices = {str(c.id): c.kato for c in overview.region_choices(self.state.database)}
        return choices.get(self.region.currentData(), "")

    def start_export(self, overwrite: bool = False) -> None:
        """Check the input, open the key (asking its password), then export in the background."""
        self.show_error("")
        request = self.request()
        if request.kind == "meeting_report" and not request.meeting_id:
            self.show_error(self.tr("There is no held meeting in this region and period to report on."))
            return
        if not request.out_dir.is_dir():
            self.show_error(self.tr("The folder %1 does not exist.").replace("%1", str(request.out_dir)))
            return
        signer = None
        if self.sign.isChecked() and self.sign_kind.currentData() == "ncalayer":
            try:
                signer = open_signer(ncalayer_choice())  # NCALayer asks for the key and its PIN itself
            except SigningError as exc:
                self.show_error(self.signing_message(exc))
                return
        elif self.sign.isChecked():
            key = Path(self.key_path.text().strip())
            if not key.is_file():
                self.show_error(self.tr("Choose your key file (.p12) or untick the signature."))
                return
            password = self.ask_password(key)
            if password is None:
                return
            try:
                signer = open_signer(SignWith(str(key), password, tsa=tsa_url()))
            except SigningError as exc:
                self.show_error(self.signing_message(exc))
                return
            finally:
                del password  # never kept
            self.settings.setValue("exports/key", str(key))
        self.settings.setValue("exports/sign_kind", self.sign_kind.currentData())
        if signer is not None:
            self.signer_label.setText(self.tr("Signing as %1").replace("%1", signer_line(signer.info)))
        self.settings.setValue("exports/folder", str(request.out_dir))
        self.settings.setValue("exports/language", request.lang)
        self.run(request, signer, overwrite)

    def run(self, request, signer, overwrite: bool) -> None:
        database = self.state.database

        def work(progress):
            try:
                return export_package(database, request, signer, progress=progress, overwrite=overwrite)
            except (PackageExists, NoData, SigningError) as refused:  # NCALayer: Cancel, no answer, another key
                return refused

        self.buttons.setEnabled(False)
        self.job = run_job(self, self.tr("Exporting %1…").replace("%1", document_name(self.document.currentData())),
                           work, on_done=lambda r: self.finished_export(r, request, signer),
                           on_failed=self.failed_export, on_cancelled=self.cancelled_export)

    def finished_export(self, result, request, signer) -> None:
        self.buttons.setEnabled(True)
        self.job = None
        if isinstance(result, FileExistsError):
            if self.ask_overwrite(result.path):
                self.run(request, signer, overwrite=True)
            return
        if isinstance(result, SigningError):
            self.show_error(self.signing_message(result))
            return
        if isinstance(result, Exception):  # NoData
            self.show_error(self.tr("There is nothing for this document in %1 for %2.")
                            .replace("%1", self.region.currentText()).replace("%2", self.part.currentText() + " "
                                                                           + str(self.year.value())))
            return
        self.outcome = result
        self.exported.emit(result)
        self.accept()

    def failed_export(self, message: str, _details: str) -> None:
        self.buttons.setEnabled(True)
        self.job = None
        self.show_error(message)

    def cancelled_export(self) -> None:
        self.buttons.setEnabled(True)
        self.job = None
        self.show_error(self.tr("Export cancelled; nothing was saved."))


def _box(layout) -> QWidget:
    w = QWidget()
    layout.setContentsMargins(0, 0, 0, 0)
    w.setLayout(layout)
    return w
