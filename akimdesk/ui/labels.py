"""Translated names for the codes stored in the database (levels, statuses, reasons)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def level_name(level: str) -> str:
    names = {
        "oblast": QCoreApplication.translate("Labels", "Oblast"),
        "capital": QCoreApplication.translate("Labels", "Capital"),
        "republican_city": QCoreApplication.translate("Labels", "City of republican significance"),
        "district": QCoreApplication.translate("Labels", "District"),
        "oblast_city": QCoreApplication.translate("Labels", "City of oblast significance"),
        "urban_district": QCoreApplication.translate("Labels", "District of a city"),
        "district_city": QCoreApplication.translate("Labels", "City of district significance"),
        "rural_okrug": QCoreApplication.translate("Labels", "Rural okrug"),
        "settlement": QCoreApplication.translate("Labels", "Settlement"),
        "village": QCoreApplication.translate("Labels", "Village"),
        "area": QCoreApplication.translate("Labels", "Meeting area (microdistrict)"),
    }
    return names.get(level, level)


def meeting_status_name(status: str) -> str:
    names = {
        "planned": QCoreApplication.translate("Labels", "Planned"),
        "announced": QCoreApplication.translate("Labels", "Announced"),
        "held": QCoreApplication.translate("Labels", "Held"),
        "results_published": QCoreApplication.translate("Labels", "Results published"),
        "postponed": QCoreApplication.translate("Labels", "Postponed"),
        "cancelled": QCoreApplication.translate("Labels", "Cancelled"),
    }
    return names.get(status, status)


def off_calendar_name(reason: str | None) -> str:
    if reason is None:
        return QCoreApplication.translate("Labels", "By the calendar")
    return {
        "population_demand": QCoreApplication.translate("Labels", "Off-calendar: at the population's demand"),
        "necessity": QCoreApplication.translate("Labels", "Off-calendar: when necessary"),
    }.get(reason, reason)


def language_name(lang: str) -> str:
    # each language is named in itself, so a user who cannot read the current one still finds theirs
    return {"ru": "Русский", "kk": "Қазақша", "en": "English"}[lang]
