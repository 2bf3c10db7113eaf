"""The one background-job helper: long work runs off the UI thread with progress, cancel and callbacks.

Every export, import, planner run and demo generation goes through `run_job`.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..progress import Cancelled, Progress


class JobSignals(QObject):
    progress = Signal(int, int, str)
    done = Signal(object)
    failed = Signal(str, str)  # message, details
    cancelled = Signal()


class Job(QRunnable):
    """Runs `work(progress)` in the thread pool; results come back as signals on the UI thread."""

    def __init__(self, work: Callable[[Progress], Any]):
        super().__init__()
        self.work = work
        self.signals = JobSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the Python side keeps it until the signals are delivered

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        progress = Progress(report=self._report, is_cancelled=self._cancel.is_set)
        try:
            try:
                result = self.work(progress)
            except Cancelled:
                self.signals.cancelled.emit()
            except Exception as exc:  # shown to the user; details kept for the support log
                from .exchange_errors import database_error_text

                message = database_error_text(exc) or str(exc) or type(exc).__name__
                self.signals.failed.emit(message, traceback.format_exc())
            else:
                self.signals.done.emit(result)
        except RuntimeError:  # the window that asked for the work is gone: nobody to tell
            pass
        finally:
            _release(self)

    def _report(self, done: int, total: int, message: str) -> None:
        try:
            self.signals.progress.emit(done, total, message)
        except RuntimeError:
            self.cancel()


# A job lives until both its worker has returned and its last signal was handled on the UI thread.
_running: dict[Job, int] = {}
_lock = threading.Lock()


def _release(job: Job) -> None:
    with _lock:
        left = _running.get(job, 1) - 1
        if left <= 0:
            _running.pop(job, None)
        else:
            _running[job] = left


def run_job(
    parent: QWidget | None,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    on_failed: Callable[[str, str], None] | None = None,
    on_cancelled: Callable[[], None] | None = None,
    show_dialog: bool = True,
) -> Job:
    """Start `work` in the background with a progress dialog that has a Cancel button."""
    job = Job(work)
    with _lock:
        _running[job] = 2
    dialog = None
    if show_dialog:
        dialog = QProgressDialog(title, QCoreApplication.translate("Jobs", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(job.cancel)

        def show_progress(done: int, total: int, message: str) -> None:
            if shiboken6.isValid(dialog):
                dialog.setMaximum(total)
                dialog.setValue(done)

        job.signals.progress.connect(show_progress)

    def finish() -> None:
        _release(job)
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.close()
            dialog.deleteLater()

    def done(result: Any) -> None:
        finish()
        if on_done:
            on_done(result)

    def failed(message: str, details: str) -> None:
        finish()
        if on_failed:
            on_failed(message, details)

    def cancelled() -> None:
        finish()
        if on_cancelled:
            on_cancelled()

    job.signals.done.connect(done)
    job.signals.failed.connect(failed)
    job.signals.cancelled.connect(cancelled)
    QThreadPool.globalInstance().start(job)
    return job


class Latest:
    """Runs a quiet background read whose newest answer alone is delivered (counts shown beside a list).

    Every `run` supersedes the earlier ones: an older answer that arrives late is dropped, and none is
    delivered once `owner` is gone. The list itself never waits for it.
    """

    def __init__(self, owner: QWidget):
        self.owner = owner
        self.asked = 0

    def run(self, work: Callable[[], Any], on_done: Callable[[Any], None],
            on_failed: Callable[[], None] | None = None) -> Job:
        self.asked += 1
        mine = self.asked

        def current() -> bool:
            return mine == self.asked and shiboken6.isValid(self.owner)

        def done(result: Any) -> None:
            if current():
                on_done(result)

        def failed(_message: str, _details: str) -> None:
            if current() and on_failed is not None:
                on_failed()

        return run_job(None, "", lambda _progress: work(), on_done=done, on_failed=failed, show_dialog=False)
