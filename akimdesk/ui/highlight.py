"""The register's search words highlighted in the issue's text, as a search engine shows them."""

from __future__ import annotations

import html
import re
from collections.abc import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

MARK = "#ffe082"


def terms(query: str) -> list[str]:
    """The words of a search as typed: quotes, stars and operators dropped, any case."""
    words = re.findall(r"\w+", query.replace("*", " "))
    return [w.casefold() for w in words if len(w) > 1 and w.upper() not in ("AND", "OR", "NOT")]


def marked_html(text: str, words: list[str]) -> str:
    """The text as HTML with every occurrence of a word (from its start, any case) marked."""
    folded = text.casefold()
    spans: list[tuple[int, int]] = []
    for word in words:
        for m in re.finditer(r"(?<!\w)" + re.escape(word), folded):
            spans.append((m.start(), m.end()))
    out, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            continue
        out += [html.escape(text[pos:start]), f"<span style='background-color:{MARK}'>",
                html.escape(text[start:end]), "</span>"]
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class MatchHighlighter(QStyledItemDelegate):
    def __init__(self, parent, query: Callable[[], str]):
        super().__init__(parent)
        self.query = query
        self._terms: tuple[str, list[str]] = ("", [])  # the words of the last query, split once, not per cell

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
        text = opt.fontMetrics.elidedText(opt.text, Qt.TextElideMode.ElideRight, opt.rect.width() - 8)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(0)
        doc.setHtml(marked_html(text, words))
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = opt.state & QStyle.StateFlag.State_Selected
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        painter.save()
        top = opt.rect.top() + (opt.rect.height() - doc.size().height()) / 2
        painter.translate(QPointF(opt.rect.left() + 4, top))
        painter.setClipRect(0, 0, opt.rect.width() - 4, opt.rect.height())
        doc.documentLayout().draw(painter, context)
        painter.restore()
