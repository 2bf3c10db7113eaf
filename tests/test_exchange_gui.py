"""The Exchange page and the Excel wizard driven as the oblast apparatus would: a district's package is
imported, a conflict decided side by side, the completeness view filled, a sheet with two bad rows fixed
and imported."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from PySide6.QtCore import QSettings
from sqlalchemy import func, select

from akimdesk.app import create_main_window
from akimdesk.models import ProblemIssue
from akimdesk.signing.pkcs12 import Pkcs12Signer
from akimdesk.ui.pages.exchange_page import ExchangePage, field_label

from .exchange_helpers import DISTRICT, export, two_levels
from .keys import PASSWORD, keys  # noqa: F401  (fixture)


@pytest.fixture
def world(qtbot, demo_file, tmp_path, keys):  # noqa: F811
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))
    signer = Pkcs12Signer.load(keys.good, PASSWORD)
    oblast, district, _ = two_levels(demo_file, tmp_path, signer)
    win = create_main_window(oblast, "kk")
    qtbot.addWidget(win)
    win.show()
    win.year.setValue(2026)
    page = next(p for p in win.pages if isinstance(p, ExchangePage))
    win.nav.setCurrentRow(win.pages.index(page))
    yield win, page, oblast, district, signer
    district.close()


def test_the_oblast_decides_a_conflict_side_by_side_and_sees_who_sent_data(qtbot, world, tmp_path):
    win, page, oblast, district, signer = world
    with district.session() as session:
        issue = session.scalars(select(ProblemIssue).order_by(ProblemIssue.id)).first()
        issue.text = "Ауданның нұсқасы"
        issue_id = issue.id
    with oblast.session() as session:
        session.get(ProblemIssue, issue_id).text = "Облыстың нұсқасы"
    package = export(district, tmp_path / "usb", signer, period="2026")
    page.import_package(str(package))
    qtbot.waitUntil(lambda: getattr(page, "preview_dialog", None) is not None, timeout=60000)
    page.preview_dialog.merge_button.click()  # the merge waits for a person's yes (see test_exchange_preview_gui)
    qtbot.waitUntil(lambda: page.receipt_button.isEnabled(), timeout=60000)
    assert page.tabs.currentIndex() == 1  # the conflicts tab opens by itself
    assert page.conflict_list.count() == 1
    cells = {page.versions.item(r, 0).text(): (page.versions.item(r, 1).text(), page.versions.item(r, 2).text())
             for r in range(page.versions.rowCount())}
    assert cells == {field_label("text"): ("Облыстың нұсқасы", "Ауданның нұсқасы")}  # both versions side by side
    page.take_button.click()
    assert page.conflict_list.count() == 0
    with oblast.session() as session:
        assert session.get(ProblemIssue, issue_id).text == "Ауданның нұсқасы"
    receipt = tmp_path / "receipt.json"
    page.save_receipt(str(receipt))
    assert '"conflicts"' in receipt.read_text("utf-8")
    page.tabs.setCurrentIndex(0)
    grid = page.completeness_table
    rows = {grid.item(r, 0).text(): r for r in range(grid.rowCount())}
    district_row = next(r for name, r in rows.items() if "Қостанай ауданы" in name)
    assert all(grid.item(district_row, q).text() != page.tr("nothing received") for q in range(1, 5))
    assert sum(grid.item(r, 5).text() == page.tr("sent nothing") for r in range(grid.rowCount())) == grid.rowCount() - 1


def test_an_excel_sheet_with_two_bad_rows_is_fixed_in_the_wizard_and_imported(qtbot, world, tmp_path):
    win, page, oblast, district, signer = world
    win.excel_action.trigger()
    wizard = page.wizard
    wizard.kind.setCurrentIndex(wizard.kind.findData("issues"))

    def sheet(path, second_date, third_place):
        wb = Workbook()
        ws = wb.active
        ws.append(["Түскен күні", "Аумақ", "Мәселенің мәні", "Мерзімі"])
        ws.append(["2026-03-01", DISTRICT, "Жол жөндеу", "2026-06-01"])
        ws.append([second_date, DISTRICT, "Көше жарығы", ""])
        ws.append(["2026-03-02", third_place, "Су құбыры", ""])
        wb.save(path)
        return str(path)

    wizard.open_file(sheet(tmp_path / "bad.xlsx", "31.02.2026", "Белгісіз ауыл"))
    assert not wizard.import_button.isEnabled()
    assert "2" in wizard.summary.text().splitlines()[0]
    assert wizard.preview.item(1, 1).toolTip() and wizard.preview.item(2, 2).toolTip()
    with oblast.session() as session:
        before = session.scalar(select(func.count()).select_from(ProblemIssue))
    wizard.open_file(sheet(tmp_path / "fixed.xlsx", "28.02.2026", DISTRICT))
    assert wizard.import_button.isEnabled()
    wizard.import_button.click()
    assert wizard.imported == 3
    with oblast.session() as session:
        assert session.scalar(select(func.count()).select_from(ProblemIssue)) == before + 3
    # the mapping is remembered for sheets with the same header
    wizard.columns["deadline"].setCurrentIndex(0)
    wizard.import_button.setEnabled(False)
    assert QSettings().value(wizard._mapping_key())["deadline"] == 3


def test_the_district_exports_its_data_from_the_page_in_the_background(qtbot, world, tmp_path, keys):  # noqa: F811
    win, page, oblast, district, signer = world
    out = tmp_path / "usb-stick"
    out.mkdir()
    page.unit.setCurrentIndex(page.unit.findData(DISTRICT))
    page.period.setCurrentIndex(page.period.findData("2026"))
    page.key_file.setText(str(keys.good))
    page.password.setText("wrong")
    page.export_button.click()
    assert not list(out.iterdir()) and page.status.text()  # a wrong password: said at once, nothing written
    page.password.setText(PASSWORD)
    page.folder.setText(str(out))
    page.recipient_cert.setText("")
    page.export_button.click()  # the district's issues name citizens: no certificate, no explicit choice, refused
    qtbot.waitUntil(lambda: "сертификат" in page.status.text(), timeout=60000)
    assert "Шифрлаусыз жіберу" in page.status.text() and not list(out.iterdir())
    page.in_clear.setChecked(True)  # the explicit choice, warned about
    assert page.in_clear_warning.isVisibleTo(page) and "ашық" in page.in_clear_warning.text()
    assert not page.recipient_cert.isEnabled()
    page.export_button.click()
    qtbot.waitUntil(lambda: any(out.iterdir()), timeout=60000)
    qtbot.waitUntil(lambda: str(out) in page.status.text(), timeout=60000)
    [package] = list(out.iterdir())
    assert package.name.startswith(f"data-{DISTRICT}-2026-") and package.suffix == ".zip"


def test_the_page_encrypts_the_package_for_the_chosen_recipient_certificate(qtbot, world, tmp_path, keys):  # noqa: F811
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    win, page, oblast, district, signer = world
    _, cert, _ = pkcs12.load_key_and_certificates(keys.good.read_bytes(), PASSWORD.encode("utf-8"))
    cer = tmp_path / "oblast.cer"
    cer.write_bytes(cert.public_bytes(serialization.Encoding.DER))
    out = tmp_path / "sealed"
    out.mkdir()
    page.unit.setCurrentIndex(page.unit.findData(DISTRICT))
    page.period.setCurrentIndex(page.period.findData("2026"))
    page.key_file.setText(str(keys.good))
    page.password.setText(PASSWORD)
    page.folder.setText(str(out))
    page.ask_open_file = lambda title, filt: str(cer)  # the person picks the recipient's certificate
    page.recipient_cert_button.click()
    assert page.recipient_cert.text() == str(cer) and not page.in_clear_warning.isVisibleTo(page)
    page.export_button.click()
    qtbot.waitUntil(lambda: str(out) in page.status.text(), timeout=60000)
    [package] = list(out.iterdir())
    assert package.name.endswith(".zip.p7m") and b"data.json" not in package.read_bytes()
