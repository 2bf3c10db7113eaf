"""How long work reports progress and learns it was cancelled, without knowing about Qt."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


class Cancelled(Exception):
    """The user cancelled; work that raises this has written nothing (its transaction rolls back)."""


@dataclass
class Progress:
    """Passed into long work: `step(done, total, message)` reports; it raises Cancelled when asked to stop."""

    report: Callable[[int, int, str], None] | None = None
    is_cancelled: Callable[[], bool] | None = None

    def step(self, done: int, total: int, message: str = "") -> None:
        if self.is_cancelled is not None and self.is_cancelled():
            raise Cancelled()
        if self.report is not None:
            self.report(done, total, message)


NO_PROGRESS = Progress()
