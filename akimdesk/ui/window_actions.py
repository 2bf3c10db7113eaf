"""The window's common actions: a toolbar with icons and tooltips, the usual shortcuts (Ctrl+N new,
Ctrl+E export, F5 refresh, Del delete, F1 help) and File > New / recent databases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMainWindow, QToolBar

from .. import config

RECENT_KEY = "recent/databases"
RECENT_MAX = 6


def icon(name: str) -> QIcon:
    """One of the icons shipped in resources/icons/actions (drawn for AkimDesk; see its LICENSE.txt)."""
    return QIcon(str(config.resources_dir() / "icons" / "actions" / f"{name}.svg"))


def _page_button(page, role: str):
    """The page's own button for a role, so a shortcut does exactly what its button does (and is refused
    when the button is disabled)."""
    buttons = getattr(page, "buttons", {})
    names = {"new": ("new_button", "add_button", "off_button"), "delete": ("delete_button",)}[role]
    if role == "new" and "add" in buttons:
        return buttons["add"]
    if role == "delete" and "delete" in buttons:
        return buttons["delete"]
    return next((getattr(page, n) for n in names if getattr(page, n, None) is not None), None)


def _press(window, role: str) -> None:
    button = _page_button(window.stack.currentWidget(), role)
    if button is not None and button.isEnabled():
        button.click()


def _show_help(window) -> None:
    from .help import show_help  # the guide and its browser: on first use, not in the window's start

    show_help(window, window.state.language)


def _export(window) -> None:
    reports = window.reports_page
    window.nav.setCurrentRow(window.pages.index(reports))
    reports.export_button.click()


def _refresh(window) -> None:
    page = window.stack.currentWidget()
    page.refresh()
    window.update_counters()


def install(window: QMainWindow) -> None:
    """Add the actions, the main toolbar and the recent-databases menu to the main window."""
    w = window
    w.fit_dialogs = w.explain_buttons = None
    w.after_first_paint(lambda: watch_events(w))
    w.home_action = QAction(icon("home"), "", w, shortcut=QKeySequence("Alt+Home"),
                            triggered=lambda: w.nav.setCurrentRow(0))
    w.new_action = QAction(icon("new"), "", w, shortcut=QKeySequence.StandardKey.New,
                           triggered=lambda: _press(w, "new"))
    w.delete_action = QAction(icon("delete"), "", w, shortcut=QKeySequence.StandardKey.Delete,
                              triggered=lambda: _press(w, "delete"))
    w.export_action = QAction(icon("export"), "", w, shortcut=QKeySequence("Ctrl+E"), triggered=lambda: _export(w))
    w.refresh_action = QAction(icon("refresh"), "", w, shortcut=QKeySequence.StandardKey.Refresh,
                               triggered=lambda: _refresh(w))
    w.help_action = QAction(icon("help"), "", w, shortcut=QKeySequence.StandardKey.HelpContents,
                            triggered=lambda: _show_help(w))
    w.new_db_action = QAction(icon("new"), "", w, triggered=w.new_database)
    w.open_action.setIcon(icon("open"))
    w.find_action.setIcon(icon("find"))
    w.undo_action.setIcon(icon("undo"))
    w.redo_action.setIcon(icon("redo"))
    w.file_menu.insertAction(w.open_action, w.new_db_action)
    w.recent_menu = w.file_menu.addMenu("")
    w.file_menu.insertMenu(w.excel_action, w.recent_menu)
    w.recent_menu.aboutToShow.connect(lambda: _fill_recent(w))
    w.edit_menu.addSeparator()
    w.edit_menu.addActions([w.new_action, w.delete_action])
    w.view_menu.insertAction(w.view_menu.actions()[0], w.home_action)
    w.view_menu.addAction(w.refresh_action)
    w.file_menu.insertAction(w.recent_menu.menuAction(), w.export_action)
    w.help_menu.insertAction(w.about_action, w.help_action)
    bar = QToolBar()
    bar.setObjectName("actions")
    bar.setMovable(False)
    bar.setIconSize(QSize(22, 22))
    for action in (w.home_action, w.new_action, w.find_action, w.export_action, w.refresh_action,
                   w.undo_action, w.redo_action, w.help_action):
        bar.addAction(action)
    w.actions_bar = bar
    selection = w.findChild(QToolBar, "selection")
    w.insertToolBar(selection, bar)
    w.insertToolBarBreak(selection)  # the region, year and counters get a full row of their own


def watch_events(window) -> None:
    """The application-wide event filters (each dialog fits the screen, buttons are explained as shown),
    installed once: after the window's first paint, or before a dialog the start opens (the first-run
    assistant). Before them every event of the start would pass through Python and cost a tenth of it."""
    from .fit import FitDialogs
    from .tooltips import ExplainButtons, explain

    w = window
    if w.fit_dialogs is not None:
        return
    w.fit_dialogs = FitDialogs(w)
    QApplication.instance().installEventFilter(w.fit_dialogs)
    w.explain_buttons = ExplainButtons(w)
    QApplication.instance().installEventFilter(w.explain_buttons)
    for page in w.pages.built():  # shown before the filter was there
        explain(page)


def retranslate(window) -> None:
    w = window
    w.home_action.setText(QCoreApplication.translate("MainWindow", "&Home page"))
    w.new_action.setText(QCoreApplication.translate("MainWindow", "&New item on this page"))
    w.delete_action.setText(QCoreApplication.translate("MainWindow", "&Delete the chosen item"))
    w.export_action.setText(QCoreApplication.translate("MainWindow", "&Export a document…"))
    w.refresh_action.setText(QCoreApplication.translate("MainWindow", "Re&fresh"))
    w.help_action.setText(QCoreApplication.translate("MainWindow", "User &guide"))
    w.new_db_action.setText(QCoreApplication.translate("MainWindow", "&New database…"))
    w.recent_menu.setTitle(QCoreApplication.translate("MainWindow", "&Recent databases"))
    for action in w.actions_bar.actions():
        tip = action.text().replace("&", "").rstrip("…")
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{tip} ({keys})" if keys else tip)


def remember(path: str) -> None:
    """Put a database file first in File > Recent databases."""
    from PySide6.QtCore import QSettings

    settings = QSettings()
    paths = [p for p in (settings.value(RECENT_KEY) or []) if p != path]
    settings.setValue(RECENT_KEY, [path, *paths][:RECENT_MAX])


def recent() -> list[str]:
    from PySide6.QtCore import QSettings

    value = QSettings().value(RECENT_KEY) or []
    return [value] if isinstance(value, str) else list(value)


def _fill_recent(window) -> None:
    menu = window.recent_menu
    menu.clear()
    paths = [p for p in recent() if Path(p).exists()]
    for i, path in enumerate(paths, 1):
        menu.addAction(f"&{i} {Path(path).name} — {Path(path).parent}",
                       lambda path=path: window.switch_database(path))
    if not paths:
        menu.addAction(QCoreApplication.translate("MainWindow", "No databases opened yet")).setEnabled(False)


def ask_new_database(window) -> str | None:
    path, _ = QFileDialog.getSaveFileName(window, QCoreApplication.translate("MainWindow", "New database"), str(config.data_dir() / "akimdesk.sqlite"),
                                          QCoreApplication.translate("MainWindow", "AkimDesk database (*.sqlite)"))
    return path or None
