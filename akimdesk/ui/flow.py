"""A row of a page's buttons and fields that wraps onto a second line when the window is narrow.

A page's bar of buttons in a plain QHBoxLayout made the whole window as wide as its longest bar: in Kazakh the
main window would not go narrower than 1,255 px, wider than a 1366 px laptop at 125% scaling shows (1,093 px).
`FlowRow` lays its widgets left to right, as that layout did, and starts a new line where the next one does not
fit; a stretch (`addStretch`) pushes what follows it to the right end of its line, as it did. Its height follows
its width (`heightForWidth`), so the page grows a line taller instead of the window growing wider.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QWidget,
)


class FlowRow(QLayout):
    """Widgets left to right, onto the next line where one does not fit (see the module's text)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch_at: int | None = None  # items from here on go to the right end of their line
        self._heights: dict[int, int] = {}  # width -> height, until the items change (a layout asks often)
        self.setContentsMargins(0, 0, 0, 0)

    # --- what QHBoxLayout offered ----------------------------------------------------------------
    def addStretch(self, _factor: int = 1) -> None:  # noqa: N802 - Qt's name
        self._stretch_at = len(self._items)

    def addSpacing(self, size: int) -> None:  # noqa: N802 - Qt's name
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    # --- QLayout ---------------------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        if not 0 <= index < len(self._items):
            return None
        if self._stretch_at is not None and index < self._stretch_at:
            self._stretch_at -= 1
        return self._items.pop(index)

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        if width not in self._heights:
            self._heights[width] = self._place(QRect(0, 0, width, 0), move=False)
        return self._heights[width]

    def invalidate(self) -> None:
        self._heights.clear()
        super().invalidate()

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        """Everything on one line, as the bar it replaces wanted."""
        shown = self._shown()
        width = sum(item.sizeHint().width() for item in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((item.sizeHint().height() for item in shown), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height + margins.top() + margins.bottom())

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        """As wide as its widest widget: each may take a line of its own."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # --- placing ---------------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _gap(self) -> int:
        if self.spacing() >= 0:
            return self.spacing()
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing, None, parent)

    def _lines(self, width: int) -> list[list[tuple[QLayoutItem, bool]]]:
        """The items line by line, each marked whether it comes after the stretch."""
        gap, lines, line, used = self._gap(), [], [], 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            wanted = item.sizeHint().width()
            if line and used + gap + wanted > width:
                lines.append(line)
                line, used = [], 0
            used += (gap if line else 0) + wanted
            line.append((item, self._stretch_at is not None and index >= self._stretch_at))
        if line:
            lines.append(line)
        return lines

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in `rect` (or only measure) and return the height they take."""
        margins = self.contentsMargins()
        inner = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        gap, y = self._gap(), inner.y()
        lines = self._lines(max(1, inner.width()))
        for number, line in enumerate(lines):
            height = max(item.sizeHint().height() for item, _right in line)
            if move:
                self._place_line(line, inner, y, height, gap)
            y += height + (gap if number < len(lines) - 1 else 0)
        return y - inner.y() + margins.top() + margins.bottom()

    @staticmethod
    def _place_line(line, inner: QRect, y: int, height: int, gap: int) -> None:
        widths = [min(item.sizeHint().width(), inner.width()) for item, _right in line]
        right_width = sum(w + gap for (item, right), w in zip(line, widths, strict=True) if right)
        x, right_x = inner.x(), inner.right() + 1 - right_width + gap
        for (item, right), width in zip(line, widths, strict=True):
            item_height = min(height, max(item.sizeHint().height(), item.minimumSize().height()))
            top = y + (height - item_height) // 2
            if right:
                item.setGeometry(QRect(QPoint(right_x, top), QSize(width, item_height)))
                right_x += width + gap
            else:
                item.setGeometry(QRect(QPoint(x, top), QSize(width, item_height)))
                x += width + gap


def together(*widgets: QWidget) -> QWidget:
    """Widgets side by side as one widget: what a `FlowRow` keeps on one line (a label and its field, two dates and
    the dash between them), or a form's field with its button."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        row.addWidget(widget)
    return box


def shrinkable(combo: QComboBox, characters: int) -> QComboBox:
    """A combo box as narrow as `characters` letters when the window is (its choice cut with "…"), not as wide as
    its longest choice; its list still opens as wide as its choices, and its tooltip gives the whole choice."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    combo.currentTextChanged.connect(lambda text: combo.setToolTip(text.strip()))  # a unit's choice is indented
    combo.setToolTip(combo.currentText().strip())
    return combo


class PartsLabel(QLabel):
    """A line of figures (rich text parts) that shows the parts its width holds, in their order, leaving out the
    least needed first (`keep`: the parts' indexes from most to least needed); its tooltip lists every part.
    The window's counters were one label as wide as all five figures: 662-686 px of the toolbar."""

    SEPARATOR = " &nbsp;·&nbsp; "

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._parts: list[str] = []
        self._keep: list[int] = []
        self._widths: dict[tuple[str, str], int] = {}  # (text, font) -> width: a layout asks again and again

    def set_parts(self, parts: list[str], keep: list[int] | None = None) -> None:
        self._parts, self._keep = list(parts), list(keep if keep is not None else range(len(parts)))
        self.setToolTip("<br>".join(parts))
        self._fit()

    def full_text(self) -> str:
        return self.SEPARATOR.join(self._parts)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._width_of(self._parts), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        first = [self._parts[self._keep[0]]] if self._parts else []
        return QSize(self._width_of(first), super().minimumSizeHint().height())

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit()

    def _width_of(self, parts: list[str]) -> int:
        key = (self.SEPARATOR.join(parts), self.font().key())
        if key not in self._widths:
            if len(self._widths) > 200:  # figures change with each region and year
                self._widths.clear()
            document = QTextDocument()
            document.setDefaultFont(self.font())
            document.setDocumentMargin(0)
            document.setHtml(key[0])
            self._widths[key] = ceil(document.idealWidth()) + 2 * self.margin() + 2
        return self._widths[key]

    def _fit(self) -> None:
        shown = set(self._keep)
        for left_out in reversed(self._keep[1:]):  # the least needed go first
            if self._width_of([p for i, p in enumerate(self._parts) if i in shown]) <= self.width():
                break
            shown.discard(left_out)
        text = self.SEPARATOR.join(p for i, p in enumerate(self._parts) if i in shown)
        if text != self.text():
            self.setText(text)
