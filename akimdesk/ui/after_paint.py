"""Work that waits until a widget has shown what the user asked for.

A list's exact count runs in a background thread, but its Python (a session, the access check, the
statement's compilation) takes the interpreter from the UI thread while the first rows are painted: started
at once, the count delayed the rows it was meant not to delay (one meeting's issues: 8-9 ms from the filter
to the painted rows, 5-7 ms now). Started after the paint, it costs the rows nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

PATIENCE_MS = 500  # a widget that is not painted after all (covered, minimised): the work runs anyway


class AfterPaint(QObject):
    """Runs the newest work handed to `run` once `widget` has next been painted: at once (from the event
    loop) when the widget is not shown, and after PATIENCE_MS when no paint comes. Work handed over while an
    earlier one still waits replaces it (the answer to a list the user has left is not wanted)."""

    def __init__(self, widget: QWidget, patience_ms: int = PATIENCE_MS):
        super().__init__(widget)
        self.widget = widget
        self._work: Callable[[], object] | None = None
        self._patience = QTimer(self)
        self._patience.setSingleShot(True)
        self._patience.setInterval(patience_ms)
        self._patience.timeout.connect(lambda: self._release(self._work))

    def run(self, work: Callable[[], object]) -> None:
        if not self.widget.isVisible():
            self._drop()
            QTimer.singleShot(0, self, work)
            return
        if self._work is None:
            self.widget.installEventFilter(self)
        self._work = work
        self._patience.start()

    def eventFilter(self, watched, event) -> bool:
        if watched is self.widget and event.type() == QEvent.Type.Paint and self._work is not None:
            # after this paint has finished; a work handed over meanwhile waits for the paint that follows it
            QTimer.singleShot(0, self, lambda work=self._work: self._release(work))
        return False

    def _release(self, work: Callable[[], object] | None) -> None:
        if work is None or work is not self._work:
            return
        self._drop()
        work()

    def _drop(self) -> None:
        if self._work is not None:
            self.widget.removeEventFilter(self)
        self._work = None
        self._patience.stop()
