"""The main window: navigation between pages, region and year, counters, menus, language switch."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from .. import __version__, config
from ..services import overview, storage
from ..services.storage import Database, DatabaseError
from . import permissions, window_actions
from .flow import PartsLabel
from .i18n import LanguageSwitcher
from .jobs import Latest, run_job
from .labels import language_name
from .page_list import (
    CALENDAR,
    EXCHANGE,
    HOME,
    MEETINGS,
    REGISTER,
    REPORTS,
    SETTINGS,
    LazyPages,
    PageKind,
    page_class,
)
from .pages.base import Page
from .state import AppState

if TYPE_CHECKING:
    from ..services.demo import DemoSettings


PREPARE_AFTER_MS = 1000  # after the first paint; the Home page's own loading has started by then
REST_TRIES = 20  # the rest waits for the Home page's figures half a second at a time, ten seconds at most


class MainWindow(QMainWindow):
    rested = Signal()  # once: the Home page's figures are in and the register's code is loaded

    def __init__(self, database: Database, languages: LanguageSwitcher, demo: bool = False):
        super().__init__()
        self.languages = languages
        self.demo = demo
        self.state = AppState(database, languages.language)
        self.undo_stack = QUndoStack(self)
        self.settings = QSettings()
        self._after_paint: list | None = []  # work held until the first paint; None once painted
        self.installEventFilter(self)  # for the first paint (see eventFilter)
        # the start reads without the mapped classes: declared here first, before any background load
        self.after_first_paint(storage.declare_models)
        self.after_first_paint(lambda: QTimer.singleShot(PREPARE_AFTER_MS, self, self._prepare_register))

        self.nav = QListWidget()
        self.stack = QStackedWidget()
        # a page is imported and built when first shown: the start builds the page it opens on only
        self.pages = LazyPages(self.stack, self._build_page)
        for _ in self.pages.kinds:
            self.nav.addItem("")
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(self._page_shown)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 1000])
        self.setCentralWidget(splitter)

        self._build_toolbar()
        self._build_menus()
        window_actions.install(self)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self.state.selection_changed.connect(self.update_counters)
        self.state.data_changed.connect(self.update_counters)

        self.retranslate()
        # the Home page answers "are we on track" first, every start; set before the region is chosen, so
        # choosing it loads that page only (the rest load when shown)
        self.nav.setCurrentRow(0)
        self.reload_regions()
        permissions.install_refusal_message()
        self._listen_to_other_clients()
        geometry = self.settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            screen = self.screen().availableGeometry()
            self.resize(int(screen.width() * 0.9), int(screen.height() * 0.9))
            self.setWindowState(Qt.WindowState.WindowMaximized)  # first run: the whole screen
        self._page_shown(self.stack.currentIndex())  # loads it if choosing the region did not

    # --- the start: nothing in the background competes with the first paint ------------------------
    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Run `work` from the event loop once the window has been painted (at once when it has been, or
        when it is not shown): background loads started before would take the interpreter from the start."""
        if self._after_paint is None:
            QTimer.singleShot(0, self, work)
            return
        if not self._after_paint:
            QTimer.singleShot(0, self, self._hold_until_painted)
        self._after_paint.append(work)

    def _prepare_register(self, tries: int = 0) -> None:
        """Import the register's code (build nothing, read nothing) once the started window has rested a
        moment and its Home page has its figures: the page staff open most then opens without waiting for its
        modules (16-31 ms on a first opening). Its widgets and rows still wait until it is shown. Then the
        window is at rest (`rested`)."""
        if self.home_page.view is None and self.state.region_id is not None and tries < REST_TRIES:
            QTimer.singleShot(PREPARE_AFTER_MS // 2, self, lambda: self._prepare_register(tries + 1))
            return
        page_class(self.pages.kinds[REGISTER])
        self.rested.emit()

    def _hold_until_painted(self) -> None:
        if self._after_paint is None:
            return
        if not self.isVisible():  # built but not shown (yet): nothing to wait for
            self._release_after_paint()
            return
        QTimer.singleShot(1000, self, self._release_after_paint)  # a window that is never painted (minimised)

    def eventFilter(self, watched, event) -> bool:
        # watching from the window's construction on: an observer of the first paint installed later (the
        # start-up probe) hears of it first, before the held work runs
        if watched is self and event.type() == QEvent.Type.Paint and self._after_paint is not None:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._release_after_paint)  # after this paint has finished
        return False

    def _release_after_paint(self) -> None:
        if self._after_paint is None:
            return
        self.removeEventFilter(self)
        held, self._after_paint = self._after_paint, None
        for work in held:
            work()

    def page(self, kind: type[Page]) -> Page:
        """The page of this class (built now if it was not yet)."""
        return self.pages[next(i for i, k in enumerate(self.pages.kinds) if k.cls == kind.__name__)]

    def show_page(self, kind: type[Page]) -> Page:
        page = self.page(kind)
        self.nav.setCurrentRow(self.pages.index(page))
        return page

    # --- building -----------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        bar = QToolBar()
        bar.setObjectName("selection")
        bar.setMovable(False)
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(6, 2, 6, 2)
        self.region_label = QLabel()
        self.region = QComboBox()
        self.region.setMinimumWidth(300)
        self.region_label.setBuddy(self.region)
        self.year_label = QLabel()
        self.year = QSpinBox()
        self.year.setRange(2022, 2100)
        self.year.setValue(int(self.settings.value("selection/year", dt.date.today().year)))
        self.year_label.setBuddy(self.year)
        self.counters = PartsLabel()  # a narrow window shows the figures it holds, all in the tooltip
        self.counting, self._counted, self._counters_due = Latest(self), None, None
        for w in (self.region_label, self.region, self.year_label, self.year):
            row.addWidget(w)
        row.addSpacing(24)
        row.addWidget(self.counters, 1)
        bar.addWidget(box)
        self.addToolBar(bar)
        self.region.currentIndexChanged.connect(self._selection_edited)
        self.year.valueChanged.connect(self._selection_edited)

    def _build_menus(self) -> None:
        menu = self.menuBar()
        self.file_menu = menu.addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open, triggered=self.open_database)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        self.file_menu.addAction(self.open_action)
        self.excel_action = QAction(self, triggered=lambda: self.pages[EXCHANGE].open_excel_wizard())
        self.file_menu.addAction(self.excel_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.edit_menu = menu.addMenu("")
        # own actions rather than QUndoStack's: its "Undo %1" glues a verb to a capitalised noun
        self.undo_action = QAction(self, shortcut=QKeySequence.StandardKey.Undo, triggered=self.undo_stack.undo)
        self.redo_action = QAction(self, shortcut=QKeySequence.StandardKey.Redo, triggered=self.undo_stack.redo)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.undo_redo_texts = ["", ""]  # kept from the signals: the stack may already be gone when they fire
        self.undo_stack.undoTextChanged.connect(lambda text: self._undo_texts(0, text))
        self.undo_stack.redoTextChanged.connect(lambda text: self._undo_texts(1, text))
        self.find_action = QAction(self, shortcut=QKeySequence.StandardKey.Find, triggered=self.focus_filter)
        self.edit_menu.addActions([self.undo_action, self.redo_action, self.find_action])

        self.view_menu = menu.addMenu("")
        self.page_actions = []
        for i in range(len(self.pages)):
            action = QAction(self, shortcut=QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, i=i: self.nav.setCurrentRow(i))
            self.view_menu.addAction(action)
            self.page_actions.append(action)
        self.view_menu.addSeparator()
        self.language_menu = self.view_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang in config.LANGUAGES:
            action = QAction(language_name(lang), self, checkable=True)
            action.setChecked(lang == self.state.language)
            action.triggered.connect(lambda _=False, lang=lang: self.set_language(lang))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = menu.addMenu("")
        self.about_action = QAction(self, triggered=self.about)
        self.help_menu.addAction(self.about_action)

    # --- language -----------------------------------------------------------------------------
    def _listen_to_other_clients(self) -> None:
        """On a shared server, lists refresh within seconds when someone else saves."""
        self.change_listener = storage.changes_listener(self.state.database)
        self.change_timer = QTimer(self, interval=3000)
        self.change_timer.timeout.connect(
            lambda: self.change_listener.changed() and self.state.data_changed.emit())
        if self.change_listener.live:
            self.change_timer.start()

    def set_language(self, lang: str) -> None:
        """Switch the interface language at once; every page retranslates on LanguageChange."""
        self.state.language = lang  # first, so pages retranslating now show data in the new language
        self.languages.set_language(lang)
        self.settings.setValue("language", lang)
        self.language_actions[lang].setChecked(True)
        self.reload_regions()
        for page in self.pages.built():
            model = getattr(page, "model", None)
            if hasattr(model, "retranslate"):
                model.retranslate()
        permissions.restrict(self, self.pages.built())  # the reasons in the new language

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        title = self.tr("AkimDesk — meetings of akims with the population")
        if self.demo:
            title += " " + self.tr("[demo data]")
        elif self.settings.value("akimat/name", ""):  # the akimat named in the first-run assistant
            title = f"{self.settings.value('akimat/name')} — {title}"
        self.setWindowTitle(title)
        for i in range(len(self.pages)):
            self.nav.item(i).setText(self.pages.title(i))
            self.page_actions[i].setText(self.pages.title(i))
        # the navigation is as wide as its longest entry in the current language
        self.nav.setFixedWidth(max(self.nav.sizeHintForColumn(0), 150) + 24)
        self.region_label.setText(self.tr("&Region:"))
        self.year_label.setText(self.tr("&Year:"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open database…"))
        self.excel_action.setText(self.tr("Import from E&xcel…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self._undo_texts()
        self.find_action.setText(self.tr("&Find in the list"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About AkimDesk"))
        window_actions.retranslate(self)
        self.db_label.setText(self.tr("Database: %1").replace("%1", self.state.database.describe()))
        self.update_counters()

    def _undo_texts(self, which: int | None = None, text: str = "") -> None:
        if which is not None:
            self.undo_redo_texts[which] = text
        # "Отменить: изменение встречи", not "Отменить Изменение встречи"
        undo, redo = (t[:1].lower() + t[1:] for t in self.undo_redo_texts)
        try:
            self.undo_action.setText(self.tr("&Undo: %1").replace("%1", undo) if undo else self.tr("&Undo"))
            self.redo_action.setText(self.tr("&Redo: %1").replace("%1", redo) if redo else self.tr("&Redo"))
        except RuntimeError:  # the window is being closed
            pass

    def _build_page(self, kind: PageKind) -> Page:
        cls = page_class(kind)
        page = cls(self.state, self.undo_stack) if kind.undo else cls(self.state)
        page.retranslate()
        if kind.cls == "SettingsPage":
            page.language_requested.connect(self.set_language)
        if kind.cls == "HomePage":
            targets = {"calendar": CALENDAR, "meetings": MEETINGS, "register": REGISTER, "reports": REPORTS}
            page.navigate.connect(lambda name: self.nav.setCurrentRow(targets[name]))
        permissions.restrict(self, [page])
        return page

    @property
    def home_page(self):
        return self.pages[HOME]

    @property
    def reports_page(self):
        return self.pages[REPORTS]

    @property
    def settings_page(self):
        return self.pages[SETTINGS]

    def _page_shown(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            self.pages[index].shown()

    # --- selection and counters ---------------------------------------------------------------
    def reload_regions(self) -> None:
        # the last session's choice, else the akimat's own region from the first-run assistant
        wanted = self.state.region_id or self.settings.value("selection/region") or self.settings.value("akimat/region")
        choices = overview.region_choices(self.state.database)
        self.region.blockSignals(True)
        self.region.clear()
        for c in choices:
            self.region.addItem(f"{c.name_kk if self.state.language == 'kk' else c.name_ru}", str(c.id))
        index = self.region.findData(str(wanted)) if wanted else -1
        if index < 0:  # until the first-run assistant names the akimat's region
            demo_kato = config.DEMO_REGION + "0000000"
            index = next((i for i, c in enumerate(choices) if c.kato == demo_kato), 0)
        self.region.setCurrentIndex(index)
        self.region.blockSignals(False)
        self._selection_edited()

    def _selection_edited(self) -> None:
        data = self.region.currentData()
        region_id = uuid.UUID(data) if data else None
        self.state.select(region_id, self.year.value())
        self.settings.setValue("selection/region", data)
        self.settings.setValue("selection/year", self.year.value())

    def update_counters(self) -> None:
        """The toolbar's numbers, counted in the background: the pages never wait for them."""
        if self.state.region_id is None:
            self.counting.asked += 1
            self._counters_due = None
            self.counters.set_parts([])
            return
        database, key = self.state.database, (self.state.region_id, self.state.year)
        known = self._counted is not None and self._counted[0] == key
        self._show_counters(self._counted if known else None)  # "…" until this region and year are counted
        # counted from the event loop, once for several changes: never competing with the first paint
        if self._counters_due is None:
            self.after_first_paint(self._count)
        self._counters_due = (database, key)

    def _count(self) -> None:
        due, self._counters_due = self._counters_due, None
        if due is not None and self.state.region_id is not None:
            database, key = due
            self.counting.run(lambda: (key, overview.counters(database, *key)), self._show_counters)

    def _show_counters(self, counted) -> None:
        self._counted = counted if counted is not None else self._counted
        c = counted[1] if counted is not None else None

        def n(name: str) -> str:
            return "…" if c is None else str(getattr(c, name))

        parts = [
            self.tr("Planned: <b>%1</b>").replace("%1", n("planned")),
            self.tr("Held: <b>%1</b>").replace("%1", n("held")),
            self.tr("Open issues: <b>%1</b>").replace("%1", n("open_issues")),
            self.tr("Overdue: <b style='color:#b00020'>%1</b>").replace("%1", n("overdue")),
            self.tr("Due within 7 days: <b>%1</b>").replace("%1", n("due_this_week")),
        ]
        self.counters.set_parts(parts, keep=[3, 2, 4, 1, 0])  # overdue first, planned last

    def focus_filter(self) -> None:
        page = self.stack.currentWidget()
        edit = getattr(page, "filter", None)
        if edit is not None:
            edit.setFocus()
            edit.selectAll()

    # --- actions ------------------------------------------------------------------------------
    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(config.data_dir()), self.tr("AkimDesk database (*.sqlite);;All files (*)"))
        if path:
            self.switch_database(path)

    def new_database(self) -> None:
        path = window_actions.ask_new_database(self)
        if path:
            self.switch_database(path)

    def switch_database(self, path: str) -> None:
        """Work on another database file (made when new); it goes first in File > Recent databases."""
        from .login_dialog import open_with_login

        try:
            database = open_with_login(self, path)  # a server without a password asks for the login first
        except DatabaseError as exc:
            QMessageBox.warning(self, self.tr("Open database"), str(exc))
            return
        if database is None:
            return
        window_actions.remember(str(Path(path).resolve()))
        self.state.database.close()
        self.state.database = database
        self.demo = False
        self.undo_stack.clear()
        self.retranslate()
        for page in self.pages.built():
            page.retranslate()
        self.reload_regions()
        self.state.data_changed.emit()

    def first_run(self) -> None:
        from .first_run import offer_first_run

        window_actions.watch_events(self)  # its dialog fits the screen even before the window is painted
        offer_first_run(self)

    def open_package(self, path: Path):
        """A package opened from the file manager: the Reports page verifies it at once."""
        window_actions.watch_events(self)
        self.nav.setCurrentRow(REPORTS)
        return self.reports_page.verify(Path(path))

    def generate_demo_data(self, settings: DemoSettings | None = None) -> None:
        """Fill the (empty) demo database in the background, with a progress bar and Cancel."""
        from ..services import demo as demo_service  # only a demo start needs the generator

        window_actions.watch_events(self)
        database = self.state.database
        self.statusBar().showMessage(self.tr("Preparing demo data…"))

        def done(summary) -> None:
            self.statusBar().showMessage(self.tr("Demo data ready: %1 meetings, %2 issues").replace(
                "%1", str(summary.meetings)).replace("%2", str(summary.issues)), 8000)
            self.reload_regions()
            self.state.data_changed.emit()

        def failed(message: str, details: str) -> None:
            self.statusBar().clearMessage()
            QMessageBox.warning(self, self.tr("Demo data"), message)

        self.demo_job = run_job(self, self.tr("Preparing demo data…"),
                                lambda progress: demo_service.fill_demo(database, settings, progress),
                                on_done=done, on_failed=failed,
                                on_cancelled=lambda: self.statusBar().showMessage(self.tr("Cancelled"), 5000))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About AkimDesk"), self.tr(
            "<h3>AkimDesk %1</h3><p>Planning, holding and accounting for akims' meetings with the population "
            "under Presidential Decree No. 826.</p><p>Font: PT Sans (ParaType Free Font License).</p>"
        ).replace("%1", __version__))

    def closeEvent(self, event) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/page", self.nav.currentRow())
        super().closeEvent(event)
