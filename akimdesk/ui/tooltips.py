"""What each action button does, said in its tooltip: one table for the pages and dialogs, applied
whenever a window with buttons is shown or its language changes (installed on the application by the
main window). A button is named by its attribute on the window (`buttons[add]` for a dict of buttons) or
by its object name."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QAbstractButton

TIPS: dict[str, dict[str, str]] = {
    "CalendarPage": {
        "edition_button": QT_TRANSLATE_NOOP("Tooltips", "Show or edit the decree edition whose deadlines and norms this calendar follows"),
        "buttons[days]": QT_TRANSLATE_NOOP("Tooltips", "Mark the days off and working days that move the decree's deadlines"),
        "buttons[propose]": QT_TRANSLATE_NOOP("Tooltips", "Propose meeting dates for every unit the norm still needs"),
        "buttons[add]": QT_TRANSLATE_NOOP("Tooltips", "Add a planned meeting to the calendar"),
        "buttons[edit]": QT_TRANSLATE_NOOP("Tooltips", "Change the chosen planned meeting"),
        "buttons[delete]": QT_TRANSLATE_NOOP("Tooltips", "Delete the chosen planned meeting from the calendar"),
        "buttons[compare]": QT_TRANSLATE_NOOP("Tooltips", "Compare two versions of the calendar: what was added, moved or removed"),
        "buttons[ics]": QT_TRANSLATE_NOOP("Tooltips", "Save the calendar as an .ics file for a mail program or a phone"),
        "buttons[maslikhat]": QT_TRANSLATE_NOOP("Tooltips", "Record the maslikhat's agreement or the notice to the maslikhat"),
        "buttons[approve]": QT_TRANSLATE_NOOP("Tooltips", "Record the approval of the calendar"),
        "buttons[submit]": QT_TRANSLATE_NOOP("Tooltips", "Record the sending of the approved calendar to the Government"),
        "buttons[correction]": QT_TRANSLATE_NOOP("Tooltips", "Start a correction of the approved calendar, with its reason"),
        "buttons[government]": QT_TRANSLATE_NOOP("Tooltips", "The Government's view: every region's calendar and its deadlines"),
    },
    "MeetingsPage": {
        "open_button": QT_TRANSLATE_NOOP("Tooltips", "Open the chosen meeting to record how it went"),
        "off_button": QT_TRANSLATE_NOOP("Tooltips", "Record a meeting that was not in the calendar"),
    },
    "RegisterPage": {
        "save_button": QT_TRANSLATE_NOOP("Tooltips", "Save the current filters under a name to use them again"),
        "delete_saved_button": QT_TRANSLATE_NOOP("Tooltips", "Delete the chosen saved filter"),
        "reset_button": QT_TRANSLATE_NOOP("Tooltips", "Clear every filter and show all issues"),
        "new_button": QT_TRANSLATE_NOOP("Tooltips", "Register a new problem issue"),
        "quick_button": QT_TRANSLATE_NOOP("Tooltips", "Enter many issues raised at one meeting, row by row"),
        "open_button": QT_TRANSLATE_NOOP("Tooltips", "Open the chosen issue"),
        "status_button": QT_TRANSLATE_NOOP("Tooltips", "Set one status for every selected issue"),
        "body_button": QT_TRANSLATE_NOOP("Tooltips", "Set one responsible body for every selected issue"),
    },
    "ReportsPage": {
        "export_button": QT_TRANSLATE_NOOP("Tooltips", "Make a document (Excel, PDF) or a signed package for the maslikhat or the Government"),
        "verify_button": QT_TRANSLATE_NOOP("Tooltips", "Check the signatures and contents of a package file"),
        "show_button": QT_TRANSLATE_NOOP("Tooltips", "Open the folder that holds the chosen file"),
        "verify_selected": QT_TRANSLATE_NOOP("Tooltips", "Check the signatures of the chosen package"),
        "draft_button": QT_TRANSLATE_NOOP("Tooltips", "Save an e-mail draft with the chosen package attached"),
        "send_button": QT_TRANSLATE_NOOP("Tooltips", "Send the chosen package by e-mail"),
        "mail_settings_button": QT_TRANSLATE_NOOP("Tooltips", "Set the mail server and the recipients' addresses"),
    },
    "DirectoryPage": {
        "add_button": QT_TRANSLATE_NOOP("Tooltips", "Add a unit (district, town, rural district) under the chosen one"),
        "rename_button": QT_TRANSLATE_NOOP("Tooltips", "Rename the chosen unit"),
        "retire_button": QT_TRANSLATE_NOOP("Tooltips", "Mark the chosen unit as abolished; its history is kept"),
        "dates_button": QT_TRANSLATE_NOOP("Tooltips", "Set when the chosen unit was established and abolished"),
        "import_button": QT_TRANSLATE_NOOP("Tooltips", "Import the territory directory from a file"),
    },
    "ExchangePage": {
        "key_button": QT_TRANSLATE_NOOP("Tooltips", "Choose the signing key file"),
        "folder_button": QT_TRANSLATE_NOOP("Tooltips", "Choose the folder the package is saved to"),
        "recipient_cert_button": QT_TRANSLATE_NOOP("Tooltips", "Choose the certificate of the body the package is encrypted for"),
        "export_button": QT_TRANSLATE_NOOP("Tooltips", "Export a signed data package for the next level (oblast, Government)"),
        "import_button": QT_TRANSLATE_NOOP("Tooltips", "Import a district's or oblast's data package after checking its signature"),
        "receipt_button": QT_TRANSLATE_NOOP("Tooltips", "Save the receipt confirming that the package was imported"),
        "excel_button": QT_TRANSLATE_NOOP("Tooltips", "Import calendars, meetings or issues from an Excel workbook"),
        "keep_button": QT_TRANSLATE_NOOP("Tooltips", "Keep our value in the chosen conflict"),
        "take_button": QT_TRANSLATE_NOOP("Tooltips", "Take the package's value in the chosen conflict"),
    },
    "SettingsPage": {
        "backup_button": QT_TRANSLATE_NOOP("Tooltips", "Copy the database to the backup folder now"),
        "trust_add": QT_TRANSLATE_NOOP("Tooltips", "Add a root or intermediate certificate to the trust store"),
        "trust_remove": QT_TRANSLATE_NOOP("Tooltips", "Remove the chosen certificate from the trust store"),
    },
    "WorkingDaysDialog": {
        "add_button": QT_TRANSLATE_NOOP("Tooltips", "Add the day, or change its kind if it is already listed"),
        "remove_button": QT_TRANSLATE_NOOP("Tooltips", "Remove the chosen day from the list"),
    },
    "IssueDialog": {
        "add_entry_button": QT_TRANSLATE_NOOP("Tooltips", "Add this entry to the issue's progress history"),
    },
    "QuickEntryDialog": {
        "add_button": QT_TRANSLATE_NOOP("Tooltips", "Add one more row for an issue"),
    },
    "ExportDialog": {
        "key_browse": QT_TRANSLATE_NOOP("Tooltips", "Choose the signing key file"),
        "folder_browse": QT_TRANSLATE_NOOP("Tooltips", "Choose the folder the document is saved to"),
    },
    "VerifyDialog": {
        "package_browse": QT_TRANSLATE_NOOP("Tooltips", "Choose the package file to check"),
        "trust_browse": QT_TRANSLATE_NOOP("Tooltips", "Choose a trusted root certificate"),
        "verify_button": QT_TRANSLATE_NOOP("Tooltips", "Check the package's signatures and files"),
    },
    "ExcelImportWizard": {
        "file_browse": QT_TRANSLATE_NOOP("Tooltips", "Choose the Excel workbook to import"),
        "template_ru": QT_TRANSLATE_NOOP("Tooltips", "Save an empty workbook with the expected columns, headed in Russian"),
        "template_kk": QT_TRANSLATE_NOOP("Tooltips", "Save an empty workbook with the expected columns, headed in Kazakh"),
        "import_button": QT_TRANSLATE_NOOP("Tooltips", "Import the checked rows into the database"),
    },
    "MeetingForm": {
        "status_buttons[announced]": QT_TRANSLATE_NOOP("Tooltips", "Record that the meeting was announced"),
        "status_buttons[held]": QT_TRANSLATE_NOOP("Tooltips", "Record that the meeting was held"),
        "status_buttons[results_published]": QT_TRANSLATE_NOOP("Tooltips", "Record that the meeting's results were published"),
        "status_buttons[postponed]": QT_TRANSLATE_NOOP("Tooltips", "Move the meeting to another day, with the reason"),
        "status_buttons[cancelled]": QT_TRANSLATE_NOOP("Tooltips", "Cancel the meeting, with the reason"),
        "issues_button": QT_TRANSLATE_NOOP("Tooltips", "Register the problem issues raised at this meeting"),
        "print_button": QT_TRANSLATE_NOOP("Tooltips", "Print a document of this meeting"),
        "pdf_button": QT_TRANSLATE_NOOP("Tooltips", "Save a document of this meeting as PDF"),
        "agenda_add": QT_TRANSLATE_NOOP("Tooltips", "Add an item to the agenda"),
        "agenda_remove": QT_TRANSLATE_NOOP("Tooltips", "Remove the chosen agenda item"),
        "agenda_up": QT_TRANSLATE_NOOP("Tooltips", "Move the chosen item up (Ctrl+Up)"),
        "agenda_down": QT_TRANSLATE_NOOP("Tooltips", "Move the chosen item down (Ctrl+Down)"),
        "agenda_template": QT_TRANSLATE_NOOP("Tooltips", "Fill the agenda from the standard template"),
        "announcement_add": QT_TRANSLATE_NOOP("Tooltips", "Add an announcement of the meeting"),
        "announcement_remove": QT_TRANSLATE_NOOP("Tooltips", "Remove the chosen announcement"),
        "broadcast_add": QT_TRANSLATE_NOOP("Tooltips", "Add an online broadcast of the meeting"),
        "broadcast_remove": QT_TRANSLATE_NOOP("Tooltips", "Remove the chosen broadcast"),
        "file_attach": QT_TRANSLATE_NOOP("Tooltips", "Attach a file (photo, minutes, video) to the meeting"),
        "file_open": QT_TRANSLATE_NOOP("Tooltips", "Open the chosen file"),
    },
}


def _button(owner: QObject, key: str) -> QAbstractButton | None:
    name, _, item = key.partition("[")
    found = getattr(owner, name, None)
    if isinstance(found, dict):
        found = found.get(item.rstrip("]"))
    if found is None:
        found = owner.findChild(QAbstractButton, name)
    return found if isinstance(found, QAbstractButton) else None


def explain(owner: QObject) -> None:
    """Give the owner's action buttons their tooltips in the current language."""
    for key, text in TIPS.get(type(owner).__name__, {}).items():
        button = _button(owner, key)
        if button is not None:
            button.setToolTip(QCoreApplication.translate("Tooltips", text))


_EXPLAINED_ON = (QEvent.Type.Show, QEvent.Type.LanguageChange)


class ExplainButtons(QObject):
    """Installed on the application: explains the buttons of a page or dialog as it is shown or retranslated."""

    def eventFilter(self, obj, event) -> bool:
        if type(obj).__name__ in TIPS and event.type() in _EXPLAINED_ON:  # the object first: see fit.FitDialogs
            explain(obj)
        return False
