"""Receiving a data package in the window: the page first shows what the merge would create, change and delete
per kind (a dry run on the real database), merges only on the person's yes, and writes nothing on Cancel; an
encrypted package asks for the recipient's key and is refused, with the reason in the user's language, when the
key is someone else's."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12
from PySide6.QtCore import QSettings
from sqlalchemy import select

from akimdesk.app import create_main_window
from akimdesk.models import ProblemIssue
from akimdesk.signing.pkcs12 import Pkcs12Signer
from akimdesk.ui.pages.exchange_page import ExchangePage, entity_name

from .exchange_helpers import export, snapshot, two_levels
from .keys import PASSWORD, keys  # noqa: F401  (fixture)


@pytest.fixture
def world(qtbot, demo_file, tmp_path, keys):  # noqa: F811
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    oblast, district, _ = two_levels(demo_file, tmp_path, signer)
    win = create_main_window(oblast, "ru")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    page = next(p for p in win.pages if isinstance(p, ExchangePage))
    win.nav.setCurrentRow(win.pages.index(page))
    yield win, page, oblast, district, signer
    district.close()


def _district_changes(district) -> tuple[object, object]:
    """The district edits one issue and deletes another: one change and one deletion for the oblast."""
    with district.session() as session:
        first, second = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).all()[:2]
        first.text = "Ауданның жаңа нұсқасы"
        for progress in list(second.progress):
            session.delete(progress)
        session.delete(second)
        return first.id, second.id


def _counts(dialog) -> dict[str, tuple[str, ...]]:
    table = dialog.table
    return {table.item(r, 0).text(): tuple(table.item(r, c).text() for c in range(1, 5))
            for r in range(table.rowCount())}


def test_the_preview_shows_the_counts_cancel_writes_nothing_and_merge_merges(qtbot, world, tmp_path):
    win, page, oblast, district, signer = world
    changed, deleted = _district_changes(district)
    package = export(district, tmp_path / "usb", signer, period="2026")
    before = snapshot(oblast)

    page.import_package(str(package))
    qtbot.waitUntil(lambda: getattr(page, "preview_dialog", None) is not None, timeout=60000)
    dialog = page.preview_dialog
    assert dialog.isVisible()
    counts = _counts(dialog)
    # kinds named as the page names them, in Russian here: one issue changed, one deleted
    assert counts[entity_name("problem_issue")] == ("—", "1", "1", "—")
    assert entity_name("problem_issue") == "Проблемный вопрос"
    assert dialog.summary.text().startswith(package.name)
    dialog.cancel_button.click()
    assert snapshot(oblast) == before  # Cancel: the database as it was
    assert page.status.text() == page.tr("Cancelled; nothing was written.")
    assert not page.receipt_button.isEnabled()

    page.preview_dialog = None
    page.import_package(str(package))
    qtbot.waitUntil(lambda: page.preview_dialog is not None, timeout=60000)
    page.preview_dialog.merge_button.click()
    qtbot.waitUntil(lambda: page.receipt_button.isEnabled(), timeout=60000)
    with oblast.session() as session:
        assert session.get(ProblemIssue, changed).text == "Ауданның жаңа нұсқасы"
        assert session.get(ProblemIssue, deleted) is None
    assert package.name in page.status.text()


@pytest.fixture
def recipient(tmp_path, keys):  # noqa: F811
    """The oblast's encryption certificate (the test key without signing usage) and its PKCS#12 file."""
    _, cert, _ = pkcs12.load_key_and_certificates(keys.not_for_signing.read_bytes(), PASSWORD.encode("utf-8"))
    cer = tmp_path / "oblast.cer"
    cer.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    return cer, keys.not_for_signing


def test_an_encrypted_package_asks_for_the_recipients_key_and_refuses_anyone_elses(qtbot, world, tmp_path, keys,  # noqa: F811
                                                                                   recipient):
    win, page, oblast, district, signer = world
    cer, recipient_key = recipient
    _district_changes(district)
    sealed = export(district, tmp_path / "usb", signer, period="2026", to_cert=cer)
    assert sealed.name.endswith(".zip.p7m")
    before = snapshot(oblast)

    page.import_package(str(sealed))  # someone else's key (the signing key): refused, said in Russian
    dialog = page.key_dialog
    assert dialog.isVisible()
    dialog.key_file.setText(str(keys.good))
    dialog.password.setText(PASSWORD)
    dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=60000)
    assert "не для этого ключа" in page.status.text() or "не был зашифрован" in page.status.text()
    assert page.status.text().startswith(page.tr("Refused, nothing was written: %1").split("%1")[0])
    assert snapshot(oblast) == before

    page.status.clear()
    page.import_package(str(sealed))  # the recipient's key, a wrong password: said so
    page.key_dialog.key_file.setText(str(recipient_key))
    page.key_dialog.password.setText("wrong")
    page.key_dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: page.status.text() != "", timeout=60000)
    assert "пароль" in page.status.text()

    page.import_package(str(sealed))  # the recipient's key: the preview, then the merge
    page.key_dialog.key_file.setText(str(recipient_key))
    page.key_dialog.password.setText(PASSWORD)
    page.key_dialog.buttons.accepted.emit()
    qtbot.waitUntil(lambda: getattr(page, "preview_dialog", None) is not None, timeout=60000)
    assert _counts(page.preview_dialog)[entity_name("problem_issue")][1:3] == ("1", "1")
    page.preview_dialog.merge_button.click()
    qtbot.waitUntil(lambda: page.receipt_button.isEnabled(), timeout=60000)
    assert snapshot(oblast) != before

