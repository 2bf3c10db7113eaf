"""One report definition, rendered by both the Excel and the PDF writer so the two files always agree.

A builder (calendar_doc, issues_docs, summary_doc, meeting_doc) reads the database and returns a
`Report` in one language: title, region, period, facts, tables with columns (ru/kk headers), groups,
subtotals and totals already computed, charts and a signature block. Renderers only lay it out.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

TEXT, INT, DATE, PERCENT = "text", "int", "date", "percent"

_LINE_BREAKS = re.compile("\r\n|[\r\v\f\u2028\u2029\x85]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f\ufffe\uffff]")


def clean_text(text: str) -> str:
    """Text as both files can hold it: Word's line breaks (vertical tab, form feed, CR) become line breaks,
    other control characters (which XML and Excel refuse) are dropped."""
    return _CONTROL.sub("", _LINE_BREAKS.sub("\n", text))


@dataclass(frozen=True)
class Column:
    key: str
    ru: str
    kk: str
    kind: str = TEXT
    width: float = 12  # in characters of the Excel column; the PDF shares the page in proportion
    printed: bool = True  # False: only in the workbook's flat data sheet (codes an analyst joins by)
    fit: str = ""  # a sample value the PDF column is made wide enough to print on one line (codes)

    def header(self, lang: str) -> str:
        return self.kk if lang == "kk" else self.ru


@dataclass
class Group:
    """Rows under a heading (a responsible body, a district...), with an optional subtotal row."""

    title: str | None
    rows: list[tuple[Any, ...]] = field(default_factory=list)
    subtotal: tuple[Any, ...] | None = None


@dataclass
class Chart:
    """A chart drawn under its table in the PDF: bars (one or more series) or a pie."""

    kind: str  # "bar", "hbar" or "pie"
    title: str
    labels: list[str]
    series: list[tuple[str, list[float]]]


@dataclass
class Table:
    key: str  # short name, also the Excel sheet name
    title: str | None
    columns: list[Column]
    groups: list[Group]
    totals: tuple[Any, ...] | None = None
    chart: Chart | None = None
    note: str | None = None  # a line under the table (e.g. what "changed" is compared with)
    empty_text: str = "—"
    row_height_mm: float | None = None  # fixed body rows (a sheet people sign by hand)
    group_column: tuple[str, str] | None = None  # ru/kk header of the group title in the flat data sheet
    # the printed table made from this one (related values together in one column, one per line): the
    # formatted sheet and the PDF show it, the flat data sheet and the CSV keep the columns above
    print_layout: Callable[[Table], Table] | None = None
    by_text: bool = False  # the PDF sizes the columns by their cells' words and text, not by the Excel widths

    @property
    def rows(self) -> list[tuple[Any, ...]]:
        return [row for g in self.groups for row in g.rows]

    def printed_view(self) -> Table:
        """The table as the formatted sheet and the PDF show it: without the data-only columns, or as its
        print layout lays it out."""
        if self.print_layout is not None:
            return self.print_layout(self)
        keep = [i for i, c in enumerate(self.columns) if c.printed]
        if len(keep) == len(self.columns):
            return self

        def cut(row):
            return None if row is None else tuple(row[i] for i in keep)

        groups = [Group(g.title, [cut(r) for r in g.rows], cut(g.subtotal)) for g in self.groups]
        return Table(self.key, self.title, [self.columns[i] for i in keep], groups, cut(self.totals), self.chart,
                     self.note, self.empty_text, self.row_height_mm, self.group_column)


@dataclass
class SignatureBlock:
    position: str  # «Аким Костанайской области»
    name: str  # «Ж. Б. Иванов»
    date: dt.date
    date_label: str
    electronic: str | None = None  # «Подписано ЭЦП: CN, сертификат № ...» when a key signs the package


@dataclass
class Report:
    kind: str
    lang: str
    title: str
    region: str
    period_label: str
    created: dt.datetime
    facts: list[tuple[str, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    signature: SignatureBlock | None = None
    landscape: bool = True
    header_note: str = ""  # printed in the page header beside the region and period
    frozen: dict[str, Any] = field(default_factory=dict)  # figures kept in the export log as reported
    personal_data: bool = False  # citizens' names and contacts unmasked: said in the header and the manifest
    open_data: bool = False  # the package also carries the main table as an open-data CSV

    def row_count(self) -> int:
        return sum(len(t.rows) for t in self.tables)


def count_subtotal(columns: list[Column], label: str, rows: list[tuple], sum_keys: tuple[str, ...] = ()) -> tuple:
    """A totals row: `label` first, sums in `sum_keys` columns, blanks elsewhere.

    Renderers stretch a totals row's first cell over the blank cells after it, so the label has room.
    """
    out: list[Any] = [label]
    for i, col in enumerate(columns[1:], 1):
        out.append(sum(r[i] or 0 for r in rows) if col.key in sum_keys else None)
    return tuple(out)


def label_span(row: tuple) -> int:
    """How many leading cells a totals row's label may take: up to the next non-blank value."""
    for i, value in enumerate(row[1:], 1):
        if value is not None and value != "":
            return i
    return len(row)
