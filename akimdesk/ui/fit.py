"""Every dialog fits the screen it opens on (an akimat laptop has 1366x768): a dialog asking for more
is shrunk to the screen and moved onto it; tall forms scroll (see `scrolling`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QScrollArea, QWidget

SHARE = 0.92  # of the available height: room for the title bar


def fit(dialog: QWidget) -> None:
    screen = (dialog.parentWidget() or dialog).screen().availableGeometry()
    width, height = min(dialog.width(), int(screen.width() * 0.96)), min(dialog.height(), int(screen.height() * SHARE))
    if (width, height) == (dialog.width(), dialog.height()):
        return  # never touch a dialog that fits: Qt may still be sizing it to its contents
    dialog.resize(width, height)
    x = min(max(dialog.x(), screen.left()), screen.right() - dialog.width())
    y = min(max(dialog.y(), screen.top()), screen.bottom() - dialog.height())
    if (x, y) != (dialog.x(), dialog.y()):
        dialog.move(max(x, screen.left()), max(y, screen.top()))


def scrolling(content: QWidget) -> QScrollArea:
    """A form in a scroll area, so its dialog can be shorter than the form."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


_SHOW = QEvent.Type.Show


class FitDialogs(QObject):
    """Installed on the application: fits each dialog as it is shown."""

    def eventFilter(self, obj, event) -> bool:
        # every event of the program passes here: the type of the object first (asking the event's type makes
        # a Python enum each time; the check in this order costs an event 1.3 us instead of 3.2 with the tips')
        if isinstance(obj, QDialog) and event.type() == _SHOW and obj.isWindow():
            fit(obj)
        return False


SAVE_AFTER_MS = 400  # a header's state is written this long after its sections last moved


class _ColumnMemory(QObject):
    """Writes a header's state to the settings once its sections stop moving: a drag or a new page of the
    register resizes sections many times (the stretched text column on every filter), each write cost
    about 2 ms. Written when the program quits too, so a width set just before is kept."""

    def __init__(self, header, key: str) -> None:
        super().__init__(header)
        self.header, self.key = header, f"columns/{key}"
        self.timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        header.sectionResized.connect(self.later)
        QCoreApplication.instance().aboutToQuit.connect(self.flush)

    def later(self, *_section) -> None:
        self.timer.start()  # not connected directly: start(int) would take the section's number for milliseconds

    def save(self) -> None:
        QSettings().setValue(self.key, self.header.saveState())

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.save()


def remember_columns(view, key: str) -> None:
    """Column widths a person sets are kept for the next start (per list); call once the columns exist."""
    header = view.horizontalHeader()
    if getattr(header, "remembered_as", None):
        return
    header.remembered_as = key
    saved = QSettings().value(f"columns/{key}")
    if saved is not None:
        header.restoreState(saved)
    header.column_memory = _ColumnMemory(header, key)
