"""Report definitions: the five documents for the maslikhat and the Government, without Qt.

`build_report(kind, session, ...)` returns a `Report` that the Excel and PDF writers render alike.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from ..decree.periods import BadPeriod, Period, parse_period
from .calendar_doc import build_calendar
from .common import NoData, ReportError
from .definition import Report
from .issues_docs import build_central_issues, build_quarterly
from .meeting_doc import build_meeting
from .summary_doc import build_summary

__all__ = ["DOCUMENTS", "BadPeriod", "DocumentKind", "NoData", "Period", "Report", "ReportError",
           "build_report", "document", "parse_period"]


@dataclass(frozen=True)
class DocumentKind:
    code: str  # stored in the manifest and the export log
    cli: str  # the command line's name for it
    build: Callable[..., Report]  # (session, region, period, lang, now, signer=..., **options) -> Report


# the one list of documents: the command line, the export dialog, the reports page and the labels read it
DOCUMENTS: tuple[DocumentKind, ...] = (
    DocumentKind("calendar", "calendar", build_calendar),
    DocumentKind("central_issues", "central-issues", build_central_issues),
    DocumentKind("quarterly_update", "quarterly", build_quarterly),
    DocumentKind("summary", "summary", build_summary),
    DocumentKind("meeting_report", "meeting", build_meeting),
)


def document(name: str) -> DocumentKind:
    """A document by its code or command-line name."""
    for doc in DOCUMENTS:
        if name in (doc.code, doc.cli):
            return doc
    raise ReportError(f"unknown document '{name}'")


def build_report(kind: str, session, region: str, period: Period, lang: str, now: dt.datetime | None = None,
                 signer: str | None = None, **options) -> Report:
    """The document `kind` for a region and period, in Russian (ru) or Kazakh (kk)."""
    if lang not in ("ru", "kk"):
        raise ReportError(f"documents are made in Russian (ru) or Kazakh (kk), not '{lang}'")
    now = now or dt.datetime.now().astimezone()
    return document(kind).build(session, region, period, lang, now, signer=signer, **options)
