"""The Reports page driven as an exporter would: export through the dialog with a key, see the package
in the list, verify it, make the e-mail draft; a wrong password and Cancel leave nothing behind."""

from __future__ import annotations

import email
import email.policy
import zipfile

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from akimdesk.app import create_main_window
from akimdesk.ui.dialogs.export_dialog import PARTS
from akimdesk.ui.pages.reports_page import ReportsPage

from .keys import PASSWORD, keys  # noqa: F401  (fixture)


@pytest.fixture
def page(qtbot, demo_db, tmp_path):
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    win = create_main_window(demo_db, "ru")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    reports = next(p for p in win.pages if isinstance(p, ReportsPage))
    win.nav.setCurrentRow(win.pages.index(reports))
    opened = []
    reports.open_url = lambda url: opened.append(url.toLocalFile()) or True
    reports.opened = opened
    return reports


def fill(dialog, kind: str, part: str, lang: str, folder, key=None):
    dialog.document.setCurrentIndex(dialog.document.findData(kind))
    dialog.year.setValue(2026)
    dialog.part.setCurrentIndex(PARTS.index(part))
    dialog.language.setCurrentIndex(dialog.language.findData(lang))
    dialog.folder.setText(str(folder))
    dialog.sign.setChecked(key is not None)
    dialog.key_path.setText(str(key) if key else "")


def test_an_exporter_exports_a_signed_summary_and_sends_the_draft(qtbot, page, tmp_path, keys):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    assert page.heading.text() == page.title() and page.documents.count() == 5
    dialog = page.export_dialog()
    fill(dialog, "summary", "H1", "kk", out, keys.good)
    asked = []
    dialog.ask_password = lambda key: asked.append(key.name) or PASSWORD
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error.text() != "", timeout=60_000)
    assert dialog.error.text() == "" and asked == ["good.p12"]
    package = dialog.outcome.path
    assert package.parent == out and package.is_file() and dialog.outcome.signer.common_name == keys.signer_name
    assert dialog.outcome.title.startswith("Қазақстан Республикасы Президентінің")
    assert str(package) in page.status.text()
    assert page.model.rowCount() == 1 and page.selected_path() == package
    assert QSettings().value("exports/key") == str(keys.good)
    assert PASSWORD not in str([QSettings().value(k) for k in QSettings().allKeys()])  # never stored
    page.draft_button.click()
    draft = package.with_suffix(".eml")
    assert page.opened == [str(draft)]
    msg = email.message_from_bytes(draft.read_bytes(), policy=email.policy.default)
    assert msg["Subject"].startswith("Жиынтық ақпарат") and [a.get_filename() for a in msg.iter_attachments()] == [package.name]
    verify = page.verify(package)
    qtbot.waitUntil(lambda: verify.verification is not None, timeout=60_000)
    assert verify.verification.ok and verify.checks.topLevelItemCount() >= 6
    assert keys.signer_name in verify.signer.text()
    verify.close()


def test_a_wrong_password_is_said_plainly_and_nothing_is_written(qtbot, page, tmp_path, keys):  # noqa: F811
    dialog = page.export_dialog()
    fill(dialog, "calendar", "", "ru", tmp_path / "empty", keys.good)
    (tmp_path / "empty").mkdir()
    dialog.ask_password = lambda key: "not the password"
    dialog.buttons.accepted.emit()
    assert dialog.error.text() == QCoreApplication.translate(
        "Signing", "Cannot open %1: the password is wrong, or it is not a PKCS#12 key file.").replace("%1", "good.p12")
    assert dialog.job is None and list((tmp_path / "empty").iterdir()) == []
    fill(dialog, "calendar", "", "ru", tmp_path / "empty", keys.expired)
    dialog.ask_password = lambda key: PASSWORD
    dialog.buttons.accepted.emit()
    assert "ЕСКІ КІЛТ" in dialog.error.text() and dialog.job is None
    fill(dialog, "calendar", "", "ru", tmp_path / "nowhere")
    dialog.buttons.accepted.emit()
    assert "nowhere" in dialog.error.text() and dialog.job is None
    assert list((tmp_path / "empty").iterdir()) == []


def test_a_period_without_data_is_said_plainly(qtbot, page, tmp_path):
    out = tmp_path / "out"  # the settings and the data folder live in tmp_path too, written when they are
    out.mkdir()
    dialog = page.export_dialog()
    fill(dialog, "summary", "Q2", "kk", out)
    dialog.year.setValue(2031)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.outcome is None and "2031" in dialog.error.text() and list(out.iterdir()) == []


def test_cancel_during_an_export_leaves_no_file(qtbot, page, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = page.export_dialog()
    fill(dialog, "quarterly_update", "Q3", "ru", out)
    dialog.buttons.accepted.emit()
    assert dialog.job is not None
    dialog.job.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: dialog.job is None, timeout=60_000)
    assert dialog.error.text() == dialog.tr("Export cancelled; nothing was saved.")
    assert list(out.iterdir()) == [] and page.model.rowCount() == 0 and dialog.outcome is None


def test_the_meeting_report_lists_the_periods_meetings_and_masks_by_default(qtbot, page, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = page.export_dialog()
    fill(dialog, "meeting_report", "Q3", "ru", out)
    assert dialog.meeting.count() > 0 and dialog.meeting.isEnabled() and dialog.personal.isEnabled()
    assert not dialog.personal.isChecked()
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: dialog.outcome is not None or dialog.error.text() != "", timeout=60_000)
    assert dialog.error.text() == ""
    with zipfile.ZipFile(dialog.outcome.path) as zf:
        assert sorted(n.rsplit(".", 1)[-1] for n in zf.namelist()) == ["json", "pdf", "xlsx"]  # unsigned: no .p7s
    fill(dialog, "summary", "Q3", "ru", out)
    assert not dialog.meeting.isEnabled() and not dialog.personal.isEnabled()
