"""Interface language: our .qm plus Qt's own, switched at runtime without a restart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from .. import config


def translations_dir():
    return config.resources_dir() / "translations"


_ALIVE: list[QTranslator] = []


class _Corrections(QTranslator):
    """Qt's own words our users read otherwise: Qt's Russian file leaves the OK button in Latin letters."""

    WORDS = {"ru": {"OK": "ОК"}, "kk": {"OK": "ОК"}}

    def __init__(self, parent, lang: str):
        super().__init__(parent)
        self.words = self.WORDS.get(lang, {})
        # Qt calls back into this Python object for as long as the application holds it: never let Python
        # collect it first (a switcher dropped without removing its translators would leave a dangling one)
        _ALIVE.append(self)

    def translate(self, context, source, disambiguation=None, n=-1):
        # None (a null string) lets Qt ask the next translator; an empty string would blank every text
        return self.words.get(source) if context in ("QPlatformTheme", "QDialogButtonBox") else None

    def isEmpty(self) -> bool:
        return not self.words


class LanguageSwitcher:
    """Installs translators for one language at a time; widgets retranslate on LanguageChange."""

    def __init__(self, app: QCoreApplication):
        self.app = app
        self.language = "en"
        self._installed: list[QTranslator] = []

    def set_language(self, lang: str) -> None:
        if lang not in config.LANGUAGES:
            lang = config.DEFAULT_LANGUAGE
        for tr in self._installed:
            self.app.removeTranslator(tr)
        self._installed = []
        ours = QTranslator(self.app)
        if ours.load(str(translations_dir() / f"akimdesk_{lang}.qm")):
            self._installed.append(ours)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if lang != "en":
            qt = QTranslator(self.app)
            if qt.load(f"qtbase_{lang}", qt_dir):
                self._installed.append(qt)
            self._installed.append(_Corrections(self.app, lang))  # installed last, asked first
        for tr in self._installed:
            self.app.installTranslator(tr)
        QLocale.setDefault(QLocale({"ru": QLocale.Language.Russian, "kk": QLocale.Language.Kazakh,
                                    "en": QLocale.Language.English}[lang]))
        self.language = lang
        # deliver the LanguageChange events now, so every widget shows the new language at once
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
