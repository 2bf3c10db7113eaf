"""The open-data CSV of a list (for the official internet resources the seed names): the main table of the
report, one row per record, every column including codes, stable English column keys, ISO dates, UTF-8.

Citizen text that a spreadsheet would run as a formula is neutralised the OWASP way (a leading quote)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from .definition import Report, clean_text

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    text = clean_text(str(value))
    return "'" + text if text.startswith(FORMULA_START) else text


def render_csv(report: Report) -> bytes:
    """The report's first table as CSV bytes (UTF-8 with a byte-order mark, so Excel reads Cyrillic)."""
    table = report.tables[0]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    keys = [c.key for c in table.columns]
    writer.writerow(["region_name", "group"] + keys)
    region_at = keys.index("region") if "region" in keys else None  # a country-wide list: each row's own
    for group in table.groups:
        for row in group.rows:
            region = row[region_at] if region_at is not None else report.region
            writer.writerow([_value(region), _value(group.title or "")] + [_value(v) for v in row])
    return ("\ufeff" + buf.getvalue()).encode("utf-8")
