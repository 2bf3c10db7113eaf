"""Qt bootstrap only: application, fonts, translators, the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from . import __version__, config
from .services.storage import Database, DatabaseError, open_database
from .ui.i18n import LanguageSwitcher
from .ui.main_window import MainWindow

FONT_FAMILY = "PT Sans"


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


def run_gui(db: str | None = None, lang: str | None = None, demo: bool = False,
            package: Path | None = None) -> int:
    app = application()
    try:
        database = open_database(config.demo_db_path() if demo else db)
    except DatabaseError as exc:
        QMessageBox.critical(None, "AkimDesk", str(exc))
        return 2
    window = create_main_window(database, lang, demo)
    window.show()
    window.first_run()
    if demo:
        from .services.demo import has_meetings  # only a demo start needs the generator

        if not has_meetings(database):
            window.generate_demo_data()
    if package is not None:
        window.open_package(package)
    return app.exec()
