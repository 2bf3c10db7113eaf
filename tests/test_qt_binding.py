"""Guards against a Qt binding that would crash the program in a long working day.

PySide6 6.12.0 took a reference from None every time Python handed None back through Qt (an empty
model role, an undo step). On Python 3.11, where None is an ordinary object, None's count then
reaches zero and the process dies with "deallocating None" — seen here after a few hundred edits.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoCommand, QUndoStack

from akimdesk.ui.table_model import RowsTableModel


def test_asking_a_model_for_empty_roles_does_not_eat_none(qtbot):
    model = RowsTableModel([(lambda: "A", lambda row: row)])
    model.set_rows(["x"])
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 50


def test_undo_steps_do_not_eat_none(qtbot):
    class Step(QUndoCommand):
        def redo(self):
            pass

        def undo(self):
            pass

    stack = QUndoStack()
    before = sys.getrefcount(None)
    for _ in range(500):
        stack.push(Step("step"))
    for _ in range(500):
        stack.undo()
    assert sys.getrefcount(None) >= before - 50
