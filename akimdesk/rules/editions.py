"""Decree editions read from resources/rules/*.toml; the edition for a year is chosen by its date."""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from .. import config

PERIODS = ("year", "half_year", "quarter")


class EditionFileError(ValueError):
    """A malformed edition file; the message names the file and the reason."""


@dataclass(frozen=True)
class Norm:
    """At least `minimum` field meetings by each organizer in each target unit per period."""

    organizers: tuple[str, ...]
    targets: tuple[str, ...]
    period: str
    minimum: int


@dataclass(frozen=True)
class Edition:
    code: str
    title_ru: str
    title_kk: str
    title_en: str
    effective_from: dt.date
    approval_deadline: tuple[int, int]
    submission_deadline: tuple[int, int]
    maslikhat_approval: str
    maslikhat_correction: str
    parameters: dict = field(default_factory=dict)
    norms: tuple[Norm, ...] = ()
    source_file: str = ""

    def norms_for(self, organizer_level: str) -> list[Norm]:
        return [n for n in self.norms if organizer_level in n.organizers]

    def title(self, lang: str) -> str:
        return getattr(self, f"title_{lang}", None) or self.title_ru


def rules_dir() -> Path:
    return config.resources_dir() / "rules"


def _month_day(text: str, where: str) -> tuple[int, int]:
    try:
        month, day = (int(x) for x in text.split("-"))
        dt.date(2024, month, day)
    except Exception as exc:
        raise EditionFileError(f"{where}: expected a month-day like 01-15, got {text!r}") from exc
    return month, day


def parse_edition(path: Path) -> Edition:
    """Read one edition file; a malformed file is refused with its line (for TOML errors) and reason."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise EditionFileError(f"{path.name}: {exc}") from exc
    try:
        norms = tuple(
            Norm(tuple(n["organizers"]), tuple(n["targets"]), n["period"], int(n.get("minimum", 1)))
            for n in data.get("norms", [])
        )
        for n in norms:
            if n.period not in PERIODS:
                raise EditionFileError(f"{path.name}: unknown period {n.period!r} (use {', '.join(PERIODS)})")
        return Edition(
            code=str(data["code"]),
            title_ru=data["title_ru"],
            title_kk=data["title_kk"],
            title_en=data.get("title_en", data["title_ru"]),
            effective_from=data["effective_from"],
            approval_deadline=_month_day(data["deadlines"]["calendar_approval"], path.name),
            submission_deadline=_month_day(data["deadlines"]["government_submission"], path.name),
            maslikhat_approval=data["maslikhat"]["approval"],
            maslikhat_correction=data["maslikhat"]["correction"],
            parameters=dict(data.get("parameters", {})),
            norms=norms,
            source_file=path.name,
        )
    except KeyError as exc:
        raise EditionFileError(f"{path.name}: required key {exc.args[0]!r} is missing") from exc


def all_editions() -> list[Edition]:
    return sorted((parse_edition(p) for p in rules_dir().glob("*.toml")), key=lambda e: e.effective_from)


def edition_for_year(year: int) -> Edition:
    """The edition in force for a calendar year: the latest one effective by 1 January of that year."""
    editions = all_editions()
    start = dt.date(year, 1, 1)
    chosen = [e for e in editions if e.effective_from <= start]
    return chosen[-1] if chosen else editions[0]
