"""Importing the calendars, meetings and issues people already keep in Excel: a sheet read safely
(`workbook`), columns mapped and every row checked before anything is written (`kinds`), blank templates
in Russian and Kazakh (`templates`)."""

from __future__ import annotations


class SheetRefused(Exception):
    """The workbook or sheet cannot be imported; `code` and `values` let the interface say why."""

    def __init__(self, code: str, message: str, **values):
        super().__init__(message)
        self.code = code
        self.values = values
