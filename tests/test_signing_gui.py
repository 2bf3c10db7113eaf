"""The window signs as state bodies do: NCALayer beside the key file (against the test double of NCALayer,
tests/ncalayer_double.py, since NCALayer cannot run here), the signer named before signing, the trust store
on the Settings page, and the Verify dialog judging against it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from akimdesk.app import create_main_window
from akimdesk.ui.dialogs.export_dialog import PARTS
from akimdesk.ui.pages.reports_page import ReportsPage
from akimdesk.ui.pages.settings_page import SettingsPage

from .nca import IIN, ORG, nca  # noqa: F401  (fixture)
from .ncalayer_double import NCALayerDouble


@pytest.fixture
def window(qtbot, demo_db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(demo_db, "kk")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    return win


def page_of(win, kind):
    page = next(p for p in win.pages if isinstance(p, kind))
    win.nav.setCurrentRow(win.pages.index(page))
    return page


def test_an_exporter_signs_through_ncalayer_and_the_trust_store_judges_the_package(qtbot, window, tmp_path, nca):  # noqa: F811
    settings = page_of(window, SettingsPage)
    settings.add_trusted(str(nca.root_pem))
    assert settings.trust_list.topLevelItemCount() == 1
    assert "ҰЛТТЫҚ" in settings.trust_list.topLevelItem(0).text(1)
    double = NCALayerDouble(nca.sign).start()
    try:
        settings.ncalayer.setText(double.url)
        settings.ncalayer.editingFinished.emit()
        reports = page_of(window, ReportsPage)
        out = tmp_path / "out"
        out.mkdir()
        dialog = reports.export_dialog()
        dialog.document.setCurrentIndex(dialog.document.findData("summary"))
        dialog.part.setCurrentIndex(PARTS.index("H1"))
        dialog.folder.setText(str(out))
        dialog.sign.setChecked(True)
        dialog.sign_kind.setCurrentIndex(dialog.sign_kind.findData("ncalayer"))
        assert not dialog.key_path.isEnabled()  # NCALayer asks for the key itself
        dialog.ask_password = lambda key: pytest.fail("no password is asked for NCALayer")
        dialog.buttons.accepted.emit()
        assert IIN in dialog.signer_label.text() and ORG in dialog.signer_label.text()  # before signing
        qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error.text() != "", timeout=60_000)
        assert dialog.error.text() == ""
        package = dialog.outcome.path
        double.mode = "cancel"
        again = reports.export_dialog()
        again.folder.setText(str(out))
        again.buttons.accepted.emit()
        qtbot.waitUntil(lambda: again.error.text() != "", timeout=60_000)
        assert again.error.text() == QCoreApplication.translate(
            "Signing", "Signing was cancelled in NCALayer; nothing was saved.")
        assert "NCALayer" in again.error.text() and list(out.iterdir()) == [package]
        again.close()
    finally:
        double.stop()
    verify = reports.verify(package)
    qtbot.waitUntil(lambda: verify.verification is not None, timeout=60_000)
    assert verify.verification.exit_code == 0  # the trust store's root, no file given
    assert verify.verdict.text() == verify.tr(
        "The package is intact, its signatures are valid and the signer chains to a trusted root.")
    assert IIN in verify.signer.text()
    verify.close()
    settings = page_of(window, SettingsPage)
    settings.trust_list.setCurrentItem(settings.trust_list.topLevelItem(0))
    settings.trust_remove.click()
    assert settings.trust_list.topLevelItemCount() == 0
    verify = reports.verify(package)
    qtbot.waitUntil(lambda: verify.verification is not None, timeout=60_000)
    assert verify.verification.exit_code == 3 and "Баптаулар" in verify.verdict.text()
    verify.close()
