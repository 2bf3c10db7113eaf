"""Verify a package offline: every check listed with its file, failures in red, the signer named."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services.packages import PackageUnreadable, verify
from ..jobs import run_job
from ..labels import check_detail, check_name, reason_text
from ..signing_texts import signer_line


class VerifyDialog(QDialog):
    """Checks against the trust store of `database` (the NCA roots IT staff added) plus an optional root file."""

    def __init__(self, package: Path | None = None, parent=None, database=None):
        super().__init__(parent)
        self.database = database
        self.settings = QSettings()
        self.verification = None
        self.package = QLineEdit(str(package) if package else "")
        self.package_browse = QPushButton()
        self.package_browse.clicked.connect(self.choose_package)
        self.trust = QLineEdit(self.settings.value("verify/trust", ""))
        self.trust_browse = QPushButton()
        self.trust_browse.clicked.connect(self.choose_trust)
        self.verdict = QLabel()
        self.verdict.setWordWrap(True)
        self.verdict.setTextFormat(Qt.TextFormat.PlainText)
        self.signer = QLabel()
        self.signer.setWordWrap(True)
        self.signer.setTextFormat(Qt.TextFormat.PlainText)
        self.checks = QTreeWidget()
        self.checks.setColumnCount(4)
        self.checks.setRootIsDecorated(False)
        self.checks.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.verify)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        self.package_label, self.trust_label = QLabel(), QLabel()
        form.addRow(self.package_label, _row(self.package, self.package_browse))
        form.addRow(self.trust_label, _row(self.trust, self.trust_browse))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addWidget(self.signer)
        layout.addWidget(self.checks, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 520)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Verify a package"))
        self.package_label.setText(self.tr("Package:"))
        self.trust_label.setText(self.tr("Also trust this root certificate (optional; the trust store is used "
                                         "always):"))
        self.package_browse.setText(self.tr("Choose…"))
        self.trust_browse.setText(self.tr("Choose…"))
        self.verify_button.setText(self.tr("&Verify"))
        self.checks.setHeaderLabels([self.tr("Result"), self.tr("File"), self.tr("Check"), self.tr("Details")])

    def choose_package(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Package"), self.package.text(),
                                              self.tr("AkimDesk packages (*.zip);;All files (*)"))
        if path:
            self.package.setText(path)

    def choose_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trusted root certificate"), self.trust.text(),
                                              self.tr("Certificates (*.pem *.cer *.crt *.der);;All files (*)"))
        if path:
            self.trust.setText(path)

    def verify(self) -> None:
        package = Path(self.package.text().strip())
        trust = [Path(self.trust.text().strip())] if self.trust.text().strip() else None
        self.settings.setValue("verify/trust", self.trust.text().strip())
        self.checks.clear()
        self.signer.clear()
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Verifying…"))

        def work(_progress):
            try:
                return verify(package, trust, self.database)
            except PackageUnreadable as exc:
                return exc

        self.verify_button.setEnabled(False)
        self.job = run_job(self, self.tr("Verifying the package…"), work, on_done=self.show_result,
                           on_failed=lambda message, _details: self.show_result(PackageUnreadable(message)))

    def show_result(self, result) -> None:
        self.verify_button.setEnabled(True)
        self.verification = result if not isinstance(result, Exception) else None
        if isinstance(result, Exception):
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold")
            self.verdict.setText(self.tr("Not a package that can be checked: %1").replace("%1", str(result)))
            return
        red, green = QBrush(QColor("#b00020")), QBrush(QColor("#1b5e20"))
        for c in result.checks:
            unsigned = not c.ok and (c.reason == "unsigned" or c.detail.startswith("the package is not signed"))
            detail = check_detail(c.detail) if c.ok or unsigned else f"{reason_text(c.reason)}: {check_detail(c.detail)}"
            verdict = self.tr("OK") if c.ok else self.tr("Not signed") if unsigned else self.tr("FAILED")
            item = QTreeWidgetItem([verdict, c.file, check_name(c.check), detail])
            item.setForeground(0, green if c.ok else QBrush(QColor("#8a5a00")) if unsigned else red)
            if not c.ok and not unsigned:
                for col in range(4):
                    item.setForeground(col, red)
            item.setToolTip(3, detail)
            self.checks.addTopLevelItem(item)
        for col in range(3):
            self.checks.resizeColumnToContents(col)
        if result.signer:
            text = (self.tr("Signed by: %1, certificate %2, valid until %3; issued by %4")
                    .replace("%1", signer_line(result.signer)).replace("%2", result.signer.serial)
                    .replace("%3", f"{result.signer.not_after:%d.%m.%Y}").replace("%4", result.signer.issuer))
            if result.signed_at:
                text += "\n" + self.tr("Time-stamped: %1 UTC").replace("%1", f"{result.signed_at:%d.%m.%Y %H:%M}")
            self.signer.setText(text)
        if result.ok and result.trust_checked:
            self.verdict.setStyleSheet("color: #1b5e20; font-weight: bold")
            self.verdict.setText(self.tr("The package is intact, its signatures are valid and the signer chains to "
                                         "a trusted root."))
        elif result.ok:
            self.verdict.setStyleSheet("color: #8a6d00; font-weight: bold")
            self.verdict.setText(self.tr("The package is intact, but the signer could not be judged: no trusted root "
                                         "certificate is in the trust store (Settings) or given here."))
        else:
            self.verdict.setStyleSheet("color: #b00020; font-weight: bold")
            self.verdict.setText(self.tr("The package does NOT pass verification: %1 check(s) failed.")
                                 .replace("%1", str(len(result.failures))))


def _row(*widgets) -> QWidget:
    box = QWidget()
    layout = QHBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, w in enumerate(widgets):
        layout.addWidget(w, 1 if i == 0 else 0)
    return box
