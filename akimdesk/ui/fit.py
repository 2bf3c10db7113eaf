"""Every dialog fits the screen it opens on (an akimat laptop has 1366x768): a dialog asking for more
is shrunk to the screen and moved onto it; tall forms scroll (see `scrolling`). A list's columns share the
width shown (`shared_widths`) and keep the widths a person sets (`remember_columns`)."""

from __future__ import annotations

from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QDialog, QFrame, QHeaderView, QScrollArea, QWidget

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
    """Writes the widths a person sets on a list to the settings, per list and language (a Kazakh status is
    longer than its Russian one), once the sections stop moving: a drag or a new page of the register resizes
    sections many times, each write cost about 2 ms. Widths the program sets (inside `program_widths`) and a
    column stretched to the room left are not the person's and are never written. Written when the program
    quits too, so a width set just before is kept."""

    def __init__(self, header, name: str) -> None:
        super().__init__(header)
        self.header, self.name, self.lang = header, name, None
        self.quiet = 0  # inside `program_widths`
        self.by_person = False  # the widths shown in this language are the person's
        self.timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self.timer.timeout.connect(self.save)
        header.sectionResized.connect(self.resized)
        QCoreApplication.instance().aboutToQuit.connect(self.flush)

    def key(self) -> str:
        return f"columns/{self.name}/{self.lang}"

    def resized(self, section: int, _old: int, _new: int) -> None:
        header = self.header
        stretched = header.sectionResizeMode(section) == QHeaderView.ResizeMode.Stretch or (
            header.stretchLastSection() and header.visualIndex(section) == header.count() - 1)
        if self.quiet or stretched:
            return
        self.by_person = True
        self.timer.start()  # not connected directly: start(int) would take the section's number for milliseconds

    def switch(self, lang: str) -> bool:
        """Show the widths the person set in `lang`, if any; whether they are shown."""
        if lang != self.lang:
            self.flush()  # the last language's widths, still waiting to be written
            self.lang = lang
            saved = QSettings().value(self.key())
            self.by_person = saved is not None
            if saved is not None:
                with program_widths(self.header):
                    self.header.restoreState(saved)
        return self.by_person

    def save(self) -> None:
        QSettings().setValue(self.key(), self.header.saveState())

    def flush(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.save()


@contextmanager
def program_widths(header):
    """Widths set inside are the program's (fitted to texts or to the room), not the person's to remember."""
    memory = getattr(header, "column_memory", None)
    if memory is not None:
        memory.quiet += 1
    try:
        yield
    finally:
        if memory is not None:
            memory.quiet -= 1


def remember_columns(view, name: str, lang: str) -> bool:
    """Column widths a person sets on a list are kept for the next start, per list and language; a call with
    another language than the last shows that language's. Returns whether the widths shown are the person's
    (else the program fits them)."""
    header = view.horizontalHeader()
    memory = getattr(header, "column_memory", None)
    if memory is None:
        memory = header.column_memory = _ColumnMemory(header, name)
    return memory.switch(lang)


def shared_widths(natural: list[int], floors: list[int], room: int) -> list[int]:
    """Widths for columns that want `natural` pixels within `room`: if they want more, the widest give way
    first, all down to one common width, none below its floor (its header whole); what still does not fit
    scrolls. A list then never hides its last column behind a scroll bar while another is wider than needed."""
    if sum(natural) <= room:
        return list(natural)
    pairs = list(zip(natural, floors, strict=True))

    def wanted(cap: int) -> int:
        return sum(max(floor, min(width, cap)) for width, floor in pairs)

    low, high = 0, max(natural)  # the widest common cap that fits
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if wanted(middle) <= room else (low, middle - 1)
    return [max(floor, min(width, low)) for width, floor in pairs]


def share_columns(view, natural: list[tuple[int, int]], room: int) -> None:
    """Set the columns `natural` names ((column, pixels) pairs) to `shared_widths` within `room`, none below its
    header, as the program's widths (not the person's to remember)."""
    header = view.horizontalHeader()
    floors = [min(width, header.sectionSizeHint(col)) for col, width in natural]
    with program_widths(header):
        for (col, _natural), width in zip(natural, shared_widths([w for _c, w in natural], floors, room), strict=True):
            view.setColumnWidth(col, width)
