"""The register's search words highlighted in the issue's text, as a search engine shows them."""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARK = "#ffe082"


def terms(query: str) -> list[str]:
    """The words of a search as typed: quotes, stars and operators dropped, any case."""
    words = re.findall(r"\w+", query.replace("*", " "))
    return [w.casefold() for w in words if len(w) > 1 and w.upper() not in ("AND", "OR", "NOT")]


def marked_spans(text: str, words: list[str]) -> list[tuple[int, int]]:
    """Where the words occur in the text (each from a word's start, any case, е for ё as the search folds
    it): sorted, not overlapping, the longest of those that start together."""
    folded = text.casefold().replace("ё", "е")
    if len(folded) != len(text):  # a letter whose folding is longer ('ß'): no positions to trust, no marks
        return []
    spans = sorted(((m.start(), m.end()) for word in words
                    for m in re.finditer(r"(?<!\w)" + re.escape(word.replace("ё", "е")), folded)),
                   key=lambda span: (span[0], -span[1]))
    kept: list[tuple[int, int]] = []
    for start, end in spans:
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return kept


class MatchHighlighter(QStyledItemDelegate):
    """Paints the text column while a search is shown: the item's background as the style draws it, then
    the (elided) text in runs, the searched words on a marker's colour. Runs are drawn with the painter
    directly: a rich-text document per cell took most of the text column's paint."""

    def __init__(self, parent, query: Callable[[], str]):
        super().__init__(parent)
        self.query = query
        self._terms: tuple[str, list[str]] = ("", [])  # the words of the last query, split once, not per cell
        self._mark = QColor(MARK)

    def paint(self, painter, option, index) -> None:
        query = self.query()
        if query != self._terms[0]:
            self._terms = (query, terms(query))
        words = self._terms[1]
        if not words:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        metrics, rect = opt.fontMetrics, opt.rect
        text = metrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, rect.width() - 8)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setClipRect(rect.adjusted(0, 0, -4, 0))
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(role))
        top = rect.top() + (rect.height() - metrics.height()) / 2
        x, baseline, pos = rect.left() + 4.0, top + metrics.ascent(), 0
        for start, end in [*marked_spans(text, words), (len(text), len(text))]:
            for piece, marked in ((text[pos:start], False), (text[start:end], True)):
                if not piece:
                    continue
                width = metrics.horizontalAdvance(piece)
                if marked:
                    painter.fillRect(QRectF(x, top, width, metrics.height()), self._mark)
                painter.drawText(QPointF(x, baseline), piece)
                x += width
            pos = end
        painter.restore()
