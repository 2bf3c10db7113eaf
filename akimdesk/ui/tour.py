"""A tour of the window for screenshots and checks: every page and every dialog, a PNG of each and
`index.json` with its size and every visible text (`akimdesk tour`)."""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path

from .. import config

Dialogs = list[tuple[str, Callable]]


def _application(size: tuple[int, int], settings_dir: Path):
    """A Qt application on a screen of the asked size (offscreen), fonts as the program loads them."""
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        screen = {"name": "tour", "x": 0, "y": 0, "width": size[0], "height": size[1], "logicalDpi": 96,
                  "logicalBaseDpi": 96, "dpr": 1}
        spec = settings_dir / "screen.json"
        spec.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={spec}"
        app = QApplication(["akimdesk-tour"])
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationName(config.APP_NAME + "-tour")  # never the user's own window settings
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(settings_dir))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    for font in sorted((config.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont("PT Sans", 10))
    return app


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def shown(text: str) -> str:
    """A text as Qt draws it where '&' marks a mnemonic: 'Сохранить P&DF' -> 'Сохранить PDF', '&&' -> '&'."""
    return re.sub(r"&(.)", lambda m: m[1], text)


def visible_texts(top) -> list[str]:
    """Every text a person sees on a window: labels, buttons, titles, tabs, headers, menus, tooltips of
    toolbar buttons, placeholders (not the data in tables and fields)."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (
        QAbstractButton,
        QComboBox,
        QGroupBox,
        QHeaderView,
        QLabel,
        QLineEdit,
        QMenuBar,
        QTabBar,
        QTextBrowser,
        QToolBar,
        QWidget,
    )

    texts = [top.windowTitle()]
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        if isinstance(w, QLabel):  # a label draws '&' as is unless it has a buddy to jump to
            texts.append(shown(w.text()) if w.buddy() is not None else _plain(w.text()))
        elif isinstance(w, QAbstractButton):
            texts += [shown(w.text()), w.toolTip()]
        elif isinstance(w, QGroupBox):
            texts.append(shown(w.title()))
        elif isinstance(w, QLineEdit):
            texts.append(w.placeholderText())
        elif isinstance(w, QTabBar):
            texts += [shown(w.tabText(i)) for i in range(w.count())]
        elif isinstance(w, QHeaderView) and w.model() is not None:
            count = w.model().columnCount() if w.orientation() == Qt.Orientation.Horizontal else 0
            texts += [str(w.model().headerData(i, w.orientation()) or "") for i in range(count)]
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                texts.append(shown(action.text()))
                texts += [shown(a.text()) for a in action.menu().actions()] if action.menu() else []
        elif isinstance(w, QToolBar):
            texts += [a.toolTip() for a in w.actions() if a.isVisible() and not a.isSeparator()]
        elif isinstance(w, QTextBrowser):
            texts.append(w.toPlainText())
        if isinstance(w, QComboBox) and not w.isEditable():
            texts += [w.itemText(i) for i in range(w.count()) if w.itemData(i) is None or isinstance(w.itemData(i), str)
                      and not re.fullmatch(r"[0-9a-f-]{36}|\d+", w.itemData(i) or "")][:20]
    return [t for t in dict.fromkeys(t.strip() for t in texts) if t]


def _dialogs(window) -> Dialogs:
    """Every dialog of the program, each made as the window makes it, on the window's own data."""
    from .calendar_dialogs import (
        ApproveDialog,
        CompareDialog,
        CorrectionDialog,
        MaslikhatDialog,
        PlannedMeetingDialog,
        PlannerDialog,
        SubmitDialog,
        WorkingDaysDialog,
    )
    from .dialogs.excel_import_wizard import ExcelImportWizard
    from .dialogs.export_dialog import ExportDialog
    from .dialogs.mail_dialog import MailSettingsDialog
    from .dialogs.verify_dialog import VerifyDialog
    from .edition_form import EditionDialog
    from .first_run import FirstRunDialog
    from .help import HelpDialog
    from .issue_form import IssueDialog
    from .meeting_form import MeetingForm
    from .pages.calendar_page import CalendarPage
    from .pages.directory_page import UnitDialog
    from .pages.meetings_page import MeetingsPage, OffCalendarDialog
    from .pages.register_page import RegisterPage
    from .quick_entry import QuickEntryDialog
    from .register_bulk import BulkBodyDialog, BulkStatusDialog

    st, db, lang = window.state, window.state.database, window.state.language
    cal, meet, reg = window.page(CalendarPage), window.page(MeetingsPage), window.page(RegisterPage)
    view = cal.view
    meeting = next((r.meeting_id for r in meet.model.rows if r.meeting_id), None)
    issue = reg.model.row_at(0).id if reg.model.rowCount() else None
    found: Dialogs = [
        ("planned_meeting", lambda: PlannedMeetingDialog(cal, db, st.region_id, st.year, lang)),
        ("maslikhat_agreement", lambda: MaslikhatDialog(cal, "agreement")),
        ("maslikhat_notice", lambda: MaslikhatDialog(cal, "notification")),
        ("approve", lambda: ApproveDialog(cal)),
        ("submit", lambda: SubmitDialog(cal)),
        ("correction", lambda: CorrectionDialog(cal)),
        ("planner", lambda: PlannerDialog(cal)),
        ("edition", lambda: EditionDialog(cal, view.edition_code, view.pinned_edition, lang)),
        ("working_days", lambda: WorkingDaysDialog(cal, db, lang)),
        ("off_calendar", lambda: OffCalendarDialog(meet, db, st.region_id, st.year, lang)),
        ("new_issue", lambda: IssueDialog(reg, st, None)),
        ("quick_entry", lambda: QuickEntryDialog(reg, st)),
        ("bulk_status", lambda: BulkStatusDialog(reg, st, 3)),
        ("bulk_body", lambda: BulkBodyDialog(reg, st, 3)),
        ("unit", lambda: UnitDialog(window, ["district"])),
        ("export", lambda: ExportDialog(st, "calendar", window)),
        ("verify", lambda: VerifyDialog(None, window)),
        ("mail", lambda: MailSettingsDialog(window)),
        ("excel_import", lambda: ExcelImportWizard(st, window)),
        ("help", lambda: HelpDialog(window, lang)),
        ("first_run", lambda: FirstRunDialog(window, db, lang)),
    ]
    if view is not None and len(view.versions) >= 1:
        numbers = [v.number for v in view.versions][-2:]
        found.append(("compare", lambda: CompareDialog(cal, db, st.region_id, st.year, numbers, lang)))
    if meeting:
        found.append(("meeting_form", lambda: MeetingForm(meet, db, meeting, lang, st, window.undo_stack)))
        found.append(("print_preview", lambda: _preview(window, db, meeting, lang)))
    if issue:
        found.append(("issue_form", lambda: IssueDialog(reg, st, issue)))
    return found


def _preview(window, db, meeting_id, lang):
    from ..services import exports
    from .print_preview import PdfPreview

    return PdfPreview(window, exports.print_document(db, meeting_id, "agenda", lang),
                      window.windowTitle())


def _shot(widget, folder: Path, name: str, kind: str, texts: list[str]) -> dict:
    png = f"{name}.png"
    widget.grab().save(str(folder / png))
    return {"name": name, "kind": kind, "png": png, "width": widget.frameGeometry().width(),
            "height": widget.frameGeometry().height(), "texts": texts}


def run_tour(out: Path, lang: str = "ru", size: tuple[int, int] = (1366, 768), db_file: Path | None = None,
             today=None) -> list[dict]:
    """Open every page and dialog on `db_file` (or fresh demo data), save a PNG of each and index.json."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        app = _application(size, Path(tmp))
        database = _database(db_file, Path(tmp))
        try:
            entries = _walk(app, database, lang, out, today)
        finally:
            database.close()
    (out / "index.json").write_text(json.dumps(entries, ensure_ascii=False, indent=1), encoding="utf-8")
    return entries


def _database(db_file: Path | None, tmp: Path):
    from ..services import demo
    from ..services.storage import open_database

    if db_file is not None:
        return open_database(db_file)
    database = open_database(tmp / "tour-demo.sqlite")
    demo.fill_demo(database, demo.demo_settings(config.DEMO_REGION, None, 1))
    return database


def _walk(app, database, lang: str, out: Path, today) -> list[dict]:
    from .i18n import LanguageSwitcher
    from .main_window import MainWindow

    switcher = LanguageSwitcher(app)
    switcher.set_language(lang)
    window = MainWindow(database, switcher)
    if today is not None:
        window.home_page.today = today
    window.showMaximized()
    app.processEvents()
    entries = []
    for i, page in enumerate(window.pages):
        window.nav.setCurrentRow(i)
        page.refresh()
        app.processEvents()
        name = f"page-{i + 1:02d}-{type(page).__name__.removesuffix('Page').lower()}"
        entries.append(_shot(window, out, name, "page", visible_texts(window)))
    for name, make in _dialogs(window):
        dialog = make()
        dialog.show()
        app.processEvents()
        entries.append(_shot(dialog, out, f"dialog-{name}", "dialog", visible_texts(dialog)))
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    window.close()
    return entries


__all__ = ["run_tour", "visible_texts"]
