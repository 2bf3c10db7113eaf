"""Qt bootstrap only: application, fonts, translators, the main window."""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__, config
from .services.storage import Database, DatabaseError
from .ui.i18n import LanguageSwitcher
from .ui.main_window import MainWindow

FONT_FAMILY = "PT Sans"
STARTUP_PROBE = "AKIMDESK_STARTUP_PROBE"  # =1: print startup_ms=<N> after the first paint and exit 0
_IMPORTED = time.time()


def process_started() -> float:
    """When this process started (epoch seconds); where the system does not say, when this module loaded."""
    try:
        with open("/proc/self/stat", encoding="ascii") as f:
            ticks = int(f.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as f:
            uptime = float(f.read().split()[0])
        return time.time() - uptime + ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError, AttributeError):
        return _IMPORTED


class _FirstPaint(QObject):
    """Prints the time from process start to the main window's first paint, then quits (exit status 0)."""

    def __init__(self, window, app: QApplication):
        super().__init__(window)
        self.app, self.done = app, False
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, self._report)  # after this paint has finished
        return False

    def _report(self) -> None:
        print(f"startup_ms={round((time.time() - process_started()) * 1000)}", flush=True)
        self.app.quit()


def app_icon() -> QIcon:
    icon = QIcon()
    for png in sorted((config.resources_dir() / "icons").glob("akimdesk-*.png")):
        icon.addFile(str(png))
    return icon


def _settings_beside_program() -> None:
    """A portable program keeps its settings in an INI file in its data folder, not in the registry."""
    folder = config.portable_dir()
    if folder is None:
        return
    folder.mkdir(parents=True, exist_ok=True)
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))


def application() -> QApplication:
    _settings_beside_program()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName(config.APP_AUTHOR)
    app.setApplicationName(config.APP_NAME)
    app.setApplicationVersion(__version__)
    for font in sorted((config.resources_dir() / "fonts").glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont(FONT_FAMILY, 10))
    app.setWindowIcon(app_icon())
    return app


def create_main_window(database: Database, lang: str | None = None, demo: bool = False) -> MainWindow:
    """The main window on an open database, in the requested (or last used) language."""
    app = application()
    lang = lang or QSettings().value("language", config.DEFAULT_LANGUAGE)
    switcher = LanguageSwitcher(app)
    switcher.set_language(lang)
    window = MainWindow(database, switcher, demo=demo)
    return window


def _collect_garbage_again(window: MainWindow) -> None:
    """Cyclic garbage collection back on once the window is painted, if the program started without it
    (see `akimdesk/__init__`); the start's objects live as long as the window and are frozen out of sight.

    What the window loads after its paint (the mapped classes, the Home page's libraries, the register's
    code: some 58,000 objects more) lives as long too: frozen again once the window is at rest. Until then
    a full pass of the collector walked them at whatever action it fell on (37 ms of an Audit page's opening
    on the national data set; 4,700 objects left to walk after the second freeze)."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
        window.rested.connect(gc.freeze)


def run_gui(db: str | None = None, lang: str | None = None, demo: bool = False,
            package: Path | None = None) -> int:
    app = application()
    from .ui.login_dialog import open_with_login

    try:
        database = open_with_login(None, config.demo_db_path() if demo else db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "AkimDesk", str(exc))
        return 2
    if database is None:  # the person cancelled signing in to the server
        return 1
    window = create_main_window(database, lang, demo)
    window.after_first_paint(lambda: _collect_garbage_again(window))
    if os.environ.get(STARTUP_PROBE) == "1":
        window.probe = _FirstPaint(window, app)
        window.show()
        return app.exec()
    window.show()
    window.first_run()
    if demo:
        from .services.demo import has_meetings  # only a demo start needs the generator

        if not has_meetings(database):
            window.generate_demo_data()
    if package is not None:
        window.open_package(package)
    return app.exec()
