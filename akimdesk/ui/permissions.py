"""What the acting person may not do, shown before they try: buttons of other roles are disabled with the
reason in their tooltip; a refusal the services raise anyway is said in a message, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..services.access import AccessRefused, Role, acting_roles

# (page class, attribute, key in a dict attribute or None) -> the role the button's use case needs
NEEDS: dict[tuple[str, str, str | None], Role] = {
    **{("CalendarPage", "buttons", k): Role.PLANNER
       for k in ("propose", "add", "edit", "delete", "maslikhat", "approve", "submit", "correction")},
    **{("RegisterPage", a, None): Role.REGISTER for a in ("new_button", "quick_button", "status_button",
                                                          "body_button")},
    ("MeetingsPage", "off_button", None): Role.SECRETARY,
    **{("ExchangePage", a, None): Role.EXPORTER for a in ("export_button", "import_button", "keep_button",
                                                          "take_button")},
    **{("DirectoryPage", a, None): Role.ADMINISTRATOR for a in ("add_button", "rename_button", "retire_button",
                                                               "import_button")},
    ("CalendarPage", "edition_button", None): Role.ADMINISTRATOR,
    ("CalendarPage", "buttons", "days"): Role.ADMINISTRATOR,
    **{("ReportsPage", a, None): Role.EXPORTER for a in ("export_button", "draft_button", "send_button")},
    **{("SettingsPage", a, None): Role.ADMINISTRATOR for a in ("backup_button", "trust_add", "trust_remove")},
}


def role_name(role: str) -> str:
    names = {
        Role.ADMINISTRATOR: QCoreApplication.translate("Access", "administrator"),
        Role.PLANNER: QCoreApplication.translate("Access", "planner"),
        Role.SECRETARY: QCoreApplication.translate("Access", "secretary"),
        Role.REGISTER: QCoreApplication.translate("Access", "register clerk"),
        Role.EXPORTER: QCoreApplication.translate("Access", "exporter"),
        Role.VIEWER: QCoreApplication.translate("Access", "viewer"),
    }
    return names.get(role, role)


def refusal_text(exc: AccessRefused) -> str:
    if exc.code == "no_role":
        return QCoreApplication.translate("Access", "This needs the role “%1”, which you do not have; ask the "
                                          "administrator.").replace("%1", role_name(exc.role))
    if exc.code == "outside_territory":
        return QCoreApplication.translate("Access", "You may change only the records of your own territory.")
    if exc.code == "outside_sight":
        return QCoreApplication.translate("Access", "You may see only the records of your own territory.")
    if exc.code == "disabled":
        return QCoreApplication.translate("Access", "Your account is disabled; ask the administrator.")
    return QCoreApplication.translate("Access", "You are not a person of this apparatus; ask the administrator.")


class _StayDisabled(QObject):
    """Keeps a forbidden button disabled when its page enables it for a selection."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.EnabledChange and isinstance(obj, QWidget) and obj.isEnabled():
            obj.setEnabled(False)
        return False


def _widget(page, attribute: str, key: str | None):
    value = getattr(page, attribute, None)
    return value.get(key) if isinstance(value, dict) and key else value


def restrict(window, pages) -> None:
    """Disable, with the reason, every button whose use case needs a role the acting person lacks."""
    roles, _territory = acting_roles(window.state.database)
    if Role.ADMINISTRATOR in roles:
        return
    window._stay_disabled = getattr(window, "_stay_disabled", None) or _StayDisabled(window)
    for page in pages:
        for (cls, attribute, key), role in NEEDS.items():
            widget = _widget(page, attribute, key) if type(page).__name__ == cls else None
            if isinstance(widget, QWidget) and role not in roles:
                widget.setEnabled(False)
                widget.setToolTip(refusal_text(AccessRefused("no_role", "", role)))
                widget.installEventFilter(window._stay_disabled)


def restrict_widgets(database, needs) -> None:
    """`restrict` for a dialog: each (widget, role) pair disabled, with the reason, when the role is missing."""
    roles, _territory = acting_roles(database)
    for widget, role in needs:
        if Role.ADMINISTRATOR not in roles and role not in roles:
            widget.setEnabled(False)
            widget.setToolTip(refusal_text(AccessRefused("no_role", "", role)))
            widget._stay_disabled = _StayDisabled(widget)
            widget.installEventFilter(widget._stay_disabled)


def install_refusal_message() -> None:
    """A refusal raised in a slot is shown as a message in the user's language instead of a traceback."""
    previous = sys.excepthook

    def hook(kind, value, tb):
        if isinstance(value, AccessRefused):
            QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("Access", "Not allowed"),
                                refusal_text(value))
            return
        from .exchange_errors import database_error_text

        busy = database_error_text(value) if isinstance(value, Exception) else None
        if busy is not None:  # another writer holds the database: say who, not a traceback
            QMessageBox.warning(QApplication.activeWindow(), QCoreApplication.translate("ExchangeErrors", "Database busy"),
                                busy)
            return
        previous(kind, value, tb)

    if not getattr(previous, "akimdesk_refusals", False):
        hook.akimdesk_refusals = True
        sys.excepthook = hook
